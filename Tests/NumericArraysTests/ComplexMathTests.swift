import Testing

@testable import NumericArrays

/// A complex128 array from a fixture's `[real, imag]` parts (hex floats, inf, nan), cast to `dtype`.
private func complexArray(_ pairs: [[String]], dtype: DType, shape: [Int]? = nil) throws -> NDArray {
  let elements = pairs.map { Complex128(real: Double($0[0]) ?? .nan, imag: Double($0[1]) ?? .nan) }
  let array = try NDArray(elements).astype(dtype)
  return try shape.map { try array.reshaped($0) } ?? array
}

/// The parts of a complex array as fixture text: hex floats, `inf`/`-inf`, `nan` for any nan.
private func parts(_ array: NDArray) -> [[String]] {
  array.astype(.complex128).copy().scalars.map { scalar in
    guard case .complex(let re, let im) = scalar else { return ["?", "?"] }
    func text(_ x: Double) -> String {
      if x.isNaN { return "nan" }
      if x.isInfinite { return x < 0 ? "-inf" : "inf" }
      return hexFloat(x)
    }
    return [text(re), text(im)]
  }
}

/// Python's `float.hex()`.
private func hexFloat(_ x: Double) -> String {
  let sign = x.sign == .minus ? "-" : ""
  if x == 0 { return "\(sign)0x0.0p+0" }
  var exponent = Int(x.exponent)
  var significand = x.significandBitPattern
  var lead = 1
  if x.isSubnormal {
    lead = 0
    exponent = -1022
    significand = x.significandBitPattern
  }
  let digits = String(significand, radix: 16)
  let padded = String(repeating: "0", count: 13 - digits.count) + digits
  return "\(sign)0x\(lead).\(padded)p\(exponent < 0 ? "-" : "+")\(Swift.abs(exponent))"
}

/// The first few elements where two part lists differ, for a readable failure.
private func differences(_ actual: [[String]], _ expected: [[String]], inputs: [[String]]) -> [String] {
  guard actual.count == expected.count else { return ["\(actual.count) elements, expected \(expected.count)"] }
  return actual.indices.filter { actual[$0] != expected[$0] }.prefix(4).map {
    "\(inputs[$0]): \(actual[$0]) expected \(expected[$0])"
  }
}

@Test func complexTranscendentalUfuncsMatchNumpyBits() throws {
  let cases = try loadFixture("complex_math.json")
  #expect(cases.count == 2)
  for entry in cases {
    let dtype = try #require(DType(rawValue: entry["dtype"] as? String ?? ""))
    let values = try #require(entry["values"] as? [[String]])
    let a = try complexArray(values, dtype: dtype)
    let results = try #require(entry["results"] as? [String: [[String]]])
    #expect(results.count == 21)
    for (name, expected) in results.sorted(by: { $0.key < $1.key }) {
      let function = try #require(UnaryFloatFunction(rawValue: name))
      let result = try NDArray.apply(.float(function), a)
      #expect(result.dtype == dtype)
      let wrong = differences(parts(result), expected, inputs: values)
      #expect(wrong.isEmpty, "\(dtype) \(name): \(wrong)")
    }
  }
}

@Test func complexPowerAndAccumulationsMatchNumpyBits() throws {
  for entry in try loadFixture("complex_math.json") {
    let dtype = try #require(DType(rawValue: entry["dtype"] as? String ?? ""))
    let bases = try #require(entry["bases"] as? [[String]])
    let exponents = try #require(entry["exponents"] as? [[String]])
    let power = try NDArray.apply(
      .power, try complexArray(bases, dtype: dtype), try complexArray(exponents, dtype: dtype))
    let inputs = zip(bases, exponents).map { $0 + $1 }
    let wrong = differences(parts(power), try #require(entry["power"] as? [[String]]), inputs: inputs)
    #expect(wrong.isEmpty, "\(dtype) power: \(wrong)")
    let c = try complexArray(try #require(entry["cumulative"] as? [[String]]), dtype: dtype, shape: [3, 5])
    let accumulations: [(String, NDArray)] = [
      ("cumsum", try c.cumsum()), ("cumprod", try c.cumprod()), ("cumsum_axis0", try c.cumsum(axis: 0)),
      ("cumprod_axis1", try c.cumprod(axis: 1)),
    ]
    for (name, result) in accumulations {
      #expect(result.dtype == dtype)
      #expect(parts(result) == entry[name] as? [[String]], "\(dtype) \(name)")
    }
  }
}

@Test func realAndImagAreViewsOfComplexArrays() throws {
  let a = try NDArray([Complex128(real: 1, imag: 2), Complex128(real: 3, imag: 4)])
  let real = a.realPart
  let imag = a.imagPart
  #expect(real.byteStrides == [16] && imag.byteStrides == [16])
  try real.set([.int(0)], to: NDArray(element: 5.0))
  try imag.set([.int(1)], to: NDArray(element: -1.0))
  #expect(a.numpyRepr == "array([5.+2.j, 3.-1.j])")
  let single = try a.astype(.complex64).get([.slice(start: nil, stop: nil, step: -1)])
  #expect(single.realPart.numpyRepr == "array([3., 5.], dtype=float32)")
  #expect(single.imagPart.byteStrides == [-8])
}
