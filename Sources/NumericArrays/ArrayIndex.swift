/// One entry of a numpy index expression `a[i, 1:5:2, newaxis, ..., mask]`.
public enum ArrayIndex: Sendable {
  /// An integer: selects one position and removes the axis.
  case int(Int)
  /// A Python slice; `nil` parts take their defaults.
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `numpy.newaxis` (`None`): inserts a length-1 axis.
  case newAxis
  /// `...`: as many full slices as needed.
  case ellipsis
  /// An integer or boolean index array (advanced indexing).
  case array(NDArrayBox)

  /// The full slice `:`.
  public static let all = ArrayIndex.slice(start: nil, stop: nil, step: nil)

  /// An index array.
  public static func array(_ array: NDArray) -> ArrayIndex { .array(NDArrayBox(array)) }
}

/// An array held inside an ``ArrayIndex`` (a class so the enum stays `Sendable`).
public final class NDArrayBox: @unchecked Sendable {
  /// The index array.
  public let array: NDArray
  /// Wraps an index array.
  public init(_ array: NDArray) { self.array = array }
}

/// Python's `slice.indices(length)`: start, step and the number of selected positions.
func resolveSlice(start: Int?, stop: Int?, step: Int?, length: Int) throws -> (start: Int, step: Int, count: Int) {
  let step = step ?? 1
  guard step != 0 else { throw NDArrayError.value("slice step cannot be zero") }
  func clamp(_ value: Int?, _ defaultValue: Int, low: Int, high: Int) -> Int {
    guard var v = value else { return defaultValue }
    if v < 0 { v += length }
    return Swift.min(Swift.max(v, low), high)
  }
  if step > 0 {
    let first = clamp(start, 0, low: 0, high: length)
    let last = clamp(stop, length, low: 0, high: length)
    return (first, step, last > first ? (last - first + step - 1) / step : 0)
  }
  let first = clamp(start, length - 1, low: -1, high: length - 1)
  let last = clamp(stop, -1, low: -1, high: length - 1)
  return (first, step, first > last ? (first - last - step - 1) / (-step) : 0)
}
