import Testing

@testable import NumericArrays

private func reduce(_ name: String, _ a: NDArray, axis: Int?) throws -> NDArray {
  let axes = axis.map { [$0] }
  switch name {
  case "sum": return try a.sum(axes: axes)
  case "sum32": return try a.astype(.float32).sum(axes: axes)
  case "mean": return try a.mean(axes: axes)
  case "var": return try a.variance(axes: axes)
  case "std": return try a.standardDeviation(axes: axes)
  case "max": return try a.max(axes: axes)
  case "argmax": return try a.argmax(axis: axis)
  default: return try a.prod(axes: axes)
  }
}

@Test func reductionsAreBitIdenticalToNumpy() throws {
  let cases = try loadFixture("reductions.json")
  #expect(cases.count > 50)
  var inputs: [Int: NDArray] = [:]
  for entry in cases {
    let seed = entry["seed"] as? Int ?? 0
    let shape = entry["shape"] as? [Int] ?? []
    let input: NDArray
    if let cached = inputs[seed] {
      input = cached
    } else {
      input = try RandomState(seed: seed).standardNormal(size: shape) * NDArray(1000.0)
      inputs[seed] = input
    }
    let name = entry["op"] as? String ?? ""
    let axis = entry["axis"] as? Int
    let values = entry["values"] as? [Any] ?? []
    let expected = try fixtureArray(
      dtype: entry["dtype"] as? String ?? "", shape: entry["rshape"] as? [Int] ?? [], values: values)
    let actual = try reduce(name, input, axis: axis)
    #expect(actual.dtype == expected.dtype, "\(name) seed \(seed) axis \(String(describing: axis))")
    #expect(actual.shape == expected.shape, "\(name) seed \(seed) axis \(String(describing: axis))")
    #expect(actual.scalars == expected.scalars, "\(name) seed \(seed) axis \(String(describing: axis))")
  }
}

@Test func integerSumsAccumulateInInt64() throws {
  let a = try NDArray([Int32(2_000_000_000), 2_000_000_000])
  let total = try a.sum()
  #expect(total.dtype == .int64)
  #expect(total.scalars == [.int(4_000_000_000)])
  #expect(try NDArray([UInt8(200), 100]).sum().dtype == .uint64)
}

@Test func keepDimsAndTupleAxes() throws {
  let a = try NDArray.arange(stop: .int(24)).reshaped([2, 3, 4])
  let s = try a.sum(axes: [0, 2], keepDims: true)
  #expect(s.shape == [1, 3, 1])
  #expect(s.scalars == [.int(60), .int(92), .int(124)])
  #expect(try a.cumsum(axis: 1).get([.int(1), .int(2)]).scalars == [.int(48), .int(51), .int(54), .int(57)])
  #expect(throws: NDArrayError(.valueError, "zero-size array to reduction operation maximum which has no identity")) {
    try NDArray.zeros([0]).max()
  }
  #expect(throws: NDArrayError(.axisError, "axis 3 is out of bounds for array of dimension 3")) {
    try a.sum(axes: [3])
  }
}
