import Testing

@testable import NumericArrays

@Test func broadcastAddition() throws {
  let a = try NDArray([1.0, 2, 3, 4, 5, 6], shape: [2, 3])
  let b = try NDArray([10.0, 20, 30])
  #expect(try (a + b).doubles == [11, 22, 33, 14, 25, 36])
  #expect(try (a.transposed * NDArray(2.0)).doubles == [2, 8, 4, 10, 6, 12])
}

@Test func broadcastErrorHasNumpysMessage() throws {
  let a = try NDArray.zeros([5, 4])
  let b = try NDArray.zeros([3, 3])
  #expect(throws: NDArrayError(.valueError, "operands could not be broadcast together with shapes (5,4) (3,3) ")) {
    try a + b
  }
}

@Test func valueBasedCasting() throws {
  let int8 = try NDArray([Int8(1), 2])
  #expect(try (int8 + NDArray(scalar: .int(3))).dtype == .int8)
  #expect(try (int8 + NDArray(scalar: .int(300))).dtype == .int16)
  let single = try NDArray([Float(1), 2])
  #expect(try (single * NDArray(2.5)).dtype == .float32)
  #expect(try (int8 / int8).dtype == .float64)
  #expect(try NDArray.apply(.float(.exp), int8).dtype == .float16)
}

@Test func indexingViewsAndGathers() throws {
  let a = try NDArray(Array(0..<12).map { Int64($0) }, shape: [3, 4])
  #expect(try a.get([.int(1)]).doubles == [4, 5, 6, 7])
  #expect(try a.get([.all, .slice(start: nil, stop: nil, step: -2)]).doubles == [3, 1, 7, 5, 11, 9])
  let picked = try a.get([.array(try NDArray([Int64(2), 0])), .int(1)])
  #expect(picked.doubles == [9, 1])
  let mask = try NDArray.apply(.greater, a, NDArray(scalar: .int(8)))
  #expect(try a.get([.array(mask)]).doubles == [9, 10, 11])
  try a.set([.array(mask)], to: NDArray(scalar: .int(0)))
  #expect(a.doubles == [0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0])
  let b = try a.get([.int(0), .array(try NDArray([Int64(1), 2]))])
  #expect(b.shape == [2])
  let c = try NDArray.zeros([2, 3, 4]).get([.all, .array(try NDArray([Int64(0), 1])), .slice(start: nil, stop: nil, step: nil)])
  #expect(c.shape == [2, 2, 4])
}

@Test func inPlaceOperationsFollowSameKindCasting() throws {
  let a = try NDArray([Int64(1), 2, 3])
  try NDArray.applyInPlace(.add, a, NDArray(scalar: .int(2)))
  #expect(a.numpyRepr == "array([3, 4, 5])")
  let message = "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'"
  #expect(throws: NDArrayError(.ufuncOutputCastingError, message)) {
    try NDArray.applyInPlace(.add, a, NDArray(1.5))
  }
  #expect(DType.uint64.canCastSameKind(to: .int8))
  #expect(!DType.int64.canCastSameKind(to: .uint8))
  #expect(!DType.float64.canCastSameKind(to: .int64))
}
