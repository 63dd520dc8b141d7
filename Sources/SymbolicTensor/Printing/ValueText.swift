import NumericArrays

// The text of values the engine itself prints (constants, error reports), from NumericArrays'
// numpy-exact printing.

/// Python's repr of a tuple of integers: `()`, `(5,)`, `(5, 4)`.
func pythonTuple(_ values: [Int]) -> String {
  pythonTuple(values.map(String.init))
}

/// Python's repr of a tuple of preformatted items.
func pythonTuple(_ items: [String]) -> String {
  switch items.count {
  case 0: return "()"
  case 1: return "(\(items[0]),)"
  default: return "(\(items.joined(separator: ", ")))"
  }
}

/// numpy's `str` of one element.
func formatScalar(_ scalar: Scalar, dtype: DType) -> String {
  NDArray.scalarStr(scalar, dtype: dtype)
}

/// numpy's `str(array)`.
func formatStr(_ array: NDArray) -> String { array.numpyStr }

/// numpy's `repr(array)`.
func formatRepr(_ array: NDArray) -> String { array.numpyRepr }
