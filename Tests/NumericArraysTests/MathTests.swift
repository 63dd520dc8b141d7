import Testing

@testable import NumericArrays

/// numpy 1.23 on AVX512_SKX CPUs computes float64 `exp` with Intel SVML, whose last bits differ
/// from both glibc and numpy's own AVX512F kernel in about a quarter of the elements; NumericArrays
/// reproduces the AVX512F kernel (numpy's result with `NPY_DISABLE_CPU_FEATURES=AVX512_SKX`), so
/// float64 is compared at numpy's printing precision and float32 bit for bit.
@Test func expMatchesNumpy() throws {
  let cases = try loadFixture("math.json")
  #expect(cases.count == 2)
  let inputs = try RandomState(seed: 7).standardNormal(size: [4000]) * NDArray(10.0)
  for entry in cases {
    let name = entry["dtype"] as? String ?? ""
    let dtype = DType(rawValue: name) ?? .float64
    let random = try NDArray.apply(.float(.exp), inputs.astype(dtype))
    let expectedRandom = try fixtureArray(dtype: name, shape: [4000], values: entry["exp_random"] as? [Any] ?? [])
    if dtype == .float32 {
      #expect(random.scalars == expectedRandom.scalars)
    } else {
      let kernel = try fixtureArray(dtype: name, shape: [4000], values: entry["exp_random_avx512f"] as? [Any] ?? [])
      #expect(random.scalars == kernel.scalars)
      let specialKernel = entry["exp_special_avx512f"] as? [Any] ?? []
      let specialValues = entry["special"] as? [Any] ?? []
      let specialInputs = try fixtureArray(dtype: name, shape: [specialValues.count], values: specialValues)
      let expectedKernel = try fixtureArray(dtype: name, shape: [specialKernel.count], values: specialKernel)
      #expect(try NDArray.apply(.float(.exp), specialInputs).scalars.map { $0.doubleValue.bitPattern }
        == expectedKernel.scalars.map { $0.doubleValue.bitPattern })
      let close = zip(random.doubles, expectedRandom.doubles).allSatisfy { abs($0 - $1) <= 2 * $1.ulp }
      #expect(close)
      #expect(random.numpyRepr == expectedRandom.numpyRepr)
    }
    let specialValues = entry["special"] as? [Any] ?? []
    let specials = try fixtureArray(dtype: name, shape: [specialValues.count], values: specialValues)
    let expectedSpecial = try fixtureArray(
      dtype: name, shape: [specialValues.count], values: entry["exp_special"] as? [Any] ?? [])
    #expect(try NDArray.apply(.float(.exp), specials).numpyRepr == expectedSpecial.numpyRepr, "\(name)")
  }
}
