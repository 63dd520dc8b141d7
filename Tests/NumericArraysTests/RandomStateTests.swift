import Testing

@testable import NumericArrays

/// Replays one fixture call on a RandomState.
private func perform(_ call: [Any], on state: RandomState) throws -> NDArray {
  let name = call[0] as? String ?? ""
  func int(_ i: Int) -> Int { call[i] as? Int ?? 0 }
  func double(_ i: Int) -> Double { call[i] as? Double ?? Double(int(i)) }
  func shape(_ i: Int) -> [Int] { call[i] as? [Int] ?? [] }
  switch name {
  case "rand": return try state.randomSample(size: shape(1))
  case "randn": return try state.standardNormal(size: shape(1))
  case "randint":
    return try state.randint(
      low: Int64(int(1)), high: Int64(int(2)), size: shape(3), dtype: DType(rawValue: call[4] as? String ?? "") ?? .int64)
  case "uniform": return try state.uniform(low: double(1), high: double(2), size: shape(3))
  case "normal": return try state.normal(loc: double(1), scale: double(2), size: shape(3))
  case "binomial": return try state.binomial(n: Int64(int(1)), p: double(2), size: shape(3))
  case "permutation": return try state.permutation(int(1))
  case "shuffle":
    let rows = int(1)
    let array = try NDArray.arange(stop: .int(Int64(rows * 2))).reshaped([rows, 2])
    try state.shuffle(array)
    return array
  default:
    return try state.choice(
      populationSize: int(1), size: shape(2), replace: call[3] as? Bool ?? true, p: call[4] as? [Double])
  }
}

@Test func randomStreamsMatchNumpy() throws {
  let seeds = try loadFixture("random.json")
  #expect(seeds.count == 5)
  for entry in seeds {
    let seed = entry["seed"] as? Int ?? 0
    let state = try RandomState(seed: seed)
    for result in entry["results"] as? [[String: Any]] ?? [] {
      let call = result["call"] as? [Any] ?? []
      let expected = try fixtureArray(
        dtype: result["dtype"] as? String ?? "", shape: [(result["values"] as? [Any] ?? []).count],
        values: result["values"] as? [Any] ?? [])
      let actual = try perform(call, on: state)
      #expect(actual.dtype.name == result["dtype"] as? String, "seed \(seed) \(call)")
      #expect(actual.scalars == expected.scalars, "seed \(seed) \(call)")
    }
  }
}

@Test func seedOutOfRangeIsNumpysValueError() {
  #expect(throws: NDArrayError(.valueError, "Seed must be between 0 and 2**32 - 1")) {
    try RandomState(seed: -1)
  }
}

@Test func randintRejectsEmptyRangeAsNumpyDoes() throws {
  let state = try RandomState(seed: 5)
  #expect(throws: NDArrayError(.valueError, "low >= high")) { try state.randint(low: 5, high: 5) }
  #expect(throws: NDArrayError(.valueError, "high is out of bounds for int8")) {
    try state.randint(low: 300, dtype: .int8)
  }
}

@Test func entropySeededStatesDiffer() throws {
  let a = try RandomState().randomSample(size: [4]).doubles
  let b = try RandomState().randomSample(size: [4]).doubles
  #expect(a != b)
}
