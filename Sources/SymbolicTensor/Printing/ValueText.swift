import NumericArrays

// numpy-style text of values that the engine itself prints (constants, error reports).
// Only the small cases the engine prints are handled here; full array printing belongs to
// NumericArrays.

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
  switch scalar {
  case .bool(let value): return value ? "True" : "False"
  case .int(let value): return String(value)
  case .uint(let value): return String(value)
  case .float(let value): return formatFloat(value)
  }
}

private func formatFloat(_ value: Double) -> String {
  if value.isNaN { return "nan" }
  if value.isInfinite { return value < 0 ? "-inf" : "inf" }
  if value == value.rounded(), abs(value) < 1e16 { return String(format: value) + "." }
  return "\(value)"
}

private func String(format value: Double) -> String {
  String(Int64(value))
}

/// numpy's `str(array)` for small arrays: `0`, `[1 2 3]`, `[[1 2]\n [3 4]]`.
func formatStr(_ array: NDArray) -> String {
  let items = array.scalars.map { formatScalar($0, dtype: array.dtype) }
  if array.ndim == 0 { return items.first ?? "" }
  return nested(items, shape: array.shape, separator: " ", depth: 0)
}

/// numpy's `repr(array)` for small arrays: `array(0, dtype=int8)`, `array([8, 4])`.
func formatRepr(_ array: NDArray) -> String {
  let items = array.scalars.map { formatScalar($0, dtype: array.dtype) }
  let body = array.ndim == 0 ? (items.first ?? "") : nested(items, shape: array.shape, separator: ", ", depth: 6)
  let implicit: Set<DType> = [.int64, .float64, .bool]
  let suffix = implicit.contains(array.dtype) && array.size > 0 ? "" : ", dtype=\(array.dtype)"
  return "array(\(body)\(suffix))"
}

private func nested(_ items: [String], shape: [Int], separator: String, depth: Int) -> String {
  guard let length = shape.first else { return items.first ?? "" }
  if shape.count == 1 { return "[" + items.joined(separator: separator) + "]" }
  let stride = items.count / max(length, 1)
  let rows = (0..<length).map { row in
    nested(Array(items[row * stride..<(row + 1) * stride]), shape: Array(shape.dropFirst()),
      separator: separator, depth: depth + 1)
  }
  let newline = separator == ", " ? ",\n" : "\n"
  return "[" + rows.joined(separator: newline + String(repeating: " ", count: depth + 1)) + "]"
}
