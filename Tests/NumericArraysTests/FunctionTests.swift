import Testing

@testable import NumericArrays

@Test func whereSelectsAndPromotes() throws {
  let condition = try NDArray([true, false, true])
  let result = try NDArray.where(condition, NDArray([Int32(1), 2, 3]), NDArray(2.5))
  #expect(result.numpyRepr == "array([1. , 2.5, 3. ])")
  let scalar = try NDArray.where(NDArray(scalar: .bool(false)), NDArray(scalar: .int(1)), NDArray(2.5))
  #expect(scalar.numpyRepr == "array(2.5)")
}

@Test func addAtAccumulatesRepeatedIndices() throws {
  let a = try NDArray.zeros([4])
  try a.addAt([.array(NDArray([Int64(0), 2, 2, 2]))], NDArray(1.0))
  #expect(a.numpyRepr == "array([1., 0., 3., 0.])")
  let m = try NDArray.zeros([2, 2])
  try m.addAt([.array(NDArray([Int64(1), 1])), .array(NDArray([Int64(0), 0]))], NDArray([2.0, 3.0]))
  #expect(m.numpyRepr == "array([[0., 0.],\n       [5., 0.]])")
  #expect(throws: NDArrayError.value("operands could not be broadcast together with shapes (4,) (2,) (4,) ")) {
    try NDArray.applyInPlace(.add, try NDArray.zeros([4]), try NDArray.zeros([2]))
  }
}

@Test func clipAndRoundHalfEven() throws {
  let a = try NDArray([0.5, 1.5, 2.5, -0.5, 2.675])
  #expect(try a.rounded().numpyRepr == "array([ 0.,  2.,  2., -0.,  3.])")
  #expect(try a.rounded(decimals: 2).numpyRepr == "array([ 0.5 ,  1.5 ,  2.5 , -0.5 ,  2.68])")
  #expect(try NDArray([Int64(15), 25, -35]).rounded(decimals: -1).numpyRepr == "array([ 20,  20, -40])")
  let clipped = try NDArray.clip(a, min: NDArray(0.0), max: NDArray(2.0))
  #expect(clipped.numpyRepr == "array([0.5, 1.5, 2. , 0. , 2. ])")
}

@Test func closeness() throws {
  let a = try NDArray([1.0, .nan, .infinity])
  let b = try NDArray([1.0 + 1e-9, .nan, .infinity])
  #expect(try NDArray.isclose(a, b).numpyRepr == "array([ True, False,  True])")
  #expect(try NDArray.allclose(a, b, equalNaN: true))
  #expect(try !NDArray.arrayEqual(a, try NDArray([1.0, 2.0])))
}

@Test func nestedListsInferNumpysDtype() throws {
  let ints = NestedList.list([.scalar(.bool(true)), .scalar(.int(2))])
  #expect(try NDArray(nested: ints).numpyRepr == "array([1, 2])")
  let mixed = NestedList.list([.scalar(.int(1)), .scalar(.float(2.5)), .scalar(.bool(true))])
  #expect(try NDArray(nested: mixed).numpyRepr == "array([1. , 2.5, 1. ])")
  #expect(try NDArray(nested: .list([.list([]), .list([])])).numpyRepr == "array([], shape=(2, 0), dtype=float64)")
  #expect(try NDArray(nested: .scalar(.float(3)), dtype: .int32).numpyRepr == "array(3, dtype=int32)")
  let ragged = NestedList.list([.list([.scalar(.int(1)), .scalar(.int(2))]), .list([.scalar(.int(3))])])
  let message =
    "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 "
    + "dimensions. The detected shape was (2,) + inhomogeneous part."
  #expect(throws: NDArrayError(.valueError, message)) { try NDArray(nested: ragged, dtype: .float64) }
}
