import Testing

@testable import NumericArrays

private func range(_ n: Int, _ shape: [Int], dtype: DType = .float64) throws -> NDArray {
  try NDArray.arange(stop: .int(Int64(n)), dtype: dtype).reshaped(shape)
}

@Test func dotMatchesNumpy() throws {
  let a = try range(6, [2, 3])
  let b = try range(12, [3, 4])
  #expect(try NDArray.dot(a, b).numpyRepr == "array([[20., 23., 26., 29.],\n       [56., 68., 80., 92.]])")
  #expect(try NDArray.dot(a, range(3, [3])).numpyRepr == "array([ 5., 14.])")
  #expect(try NDArray.dot(range(2, [2]), a).numpyRepr == "array([3., 4., 5.])")
  #expect(try NDArray.dot(a.transposed, a).numpyRepr == "array([[ 9., 12., 15.],\n       [12., 17., 22.],\n       [15., 22., 29.]])")
  let ints = try NDArray.dot(range(24, [2, 3, 4], dtype: .int64), range(8, [2, 4, 1], dtype: .int64))
  #expect(ints.shape == [2, 3, 2, 1])
  #expect(ints.scalars.map(\.doubleValue) == [14, 38, 38, 126, 62, 214, 86, 302, 110, 390, 134, 478])
  #expect(throws: NDArrayError(.valueError, "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)")) {
    try NDArray.dot(a, a)
  }
}

@Test func matmulBroadcastsBatches() throws {
  let product = try NDArray.matmul(range(24, [2, 3, 4]), range(8, [4, 2]))
  #expect(product.shape == [2, 3, 2])
  #expect(product.doubles == [28, 34, 76, 98, 124, 162, 172, 226, 220, 290, 268, 354])
  let single = try NDArray.matmul(range(6, [2, 3], dtype: .float32), range(3, [3], dtype: .float32))
  #expect(single.numpyRepr == "array([ 5., 14.], dtype=float32)")
  let message =
    "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
    + "(n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)"
  #expect(throws: NDArrayError(.valueError, message)) { try NDArray.matmul(range(6, [2, 3]), range(6, [2, 3])) }
}

@Test func outerFlattensOperands() throws {
  let result = try NDArray.outer(range(2, [2], dtype: .int64), range(3, [3], dtype: .int64))
  #expect(result.numpyRepr == "array([[0, 0, 0],\n       [0, 1, 2]])")
}
