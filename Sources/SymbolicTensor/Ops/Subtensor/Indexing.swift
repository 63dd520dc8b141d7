import NumericArrays
import SymbolicGraph

/// One entry of an index expression on a symbolic tensor, as `x[...]` receives it (Python ints
/// already made int64 scalar constants, lists and arrays tensor constants).
public enum IndexEntry {
  /// A symbolic or constant index: an integer scalar, an integer array or a boolean mask.
  case variable(Variable)
  /// A slice with optional bounds.
  case slice(start: Variable?, stop: Variable?, step: Variable?)
  /// `None` (`numpy.newaxis`).
  case newAxis
  /// `...`.
  case ellipsis
}

/// `x[entries]` as Theano's `TensorVariable.__getitem__` builds it: basic indexing gives
/// `Subtensor` (after a `DimShuffle` for `newaxis`), one integer vector between full slices gives
/// `take` (`AdvancedSubtensor1`), boolean masks `AdvancedBooleanSubtensor`, and any other advanced
/// index `AdvancedSubtensor`.
public func index(_ x: Variable, _ entries: [IndexEntry]) throws -> Variable {
  var count = 0
  var ellipses: [Int] = []
  for (position, entry) in entries.enumerated() {
    switch entry {
    case .newAxis: break
    case .ellipsis: ellipses.append(position)
    case .variable(let variable) where variable.dtype == .bool: count += variable.ndim
    case .variable, .slice: count += 1
    }
  }
  guard x.ndim >= count else { throw TensorError("IndexError", "too many indices for array") }
  guard ellipses.count <= 1 else {
    throw TensorError("IndexError", "an index can only have a single Ellipsis (`...`)")
  }
  var expanded = entries
  if let position = ellipses.first {
    expanded.replaceSubrange(
      position...position,
      with: Array(repeating: IndexEntry.slice(start: nil, stop: nil, step: nil), count: x.ndim - count))
  }
  var advancedAxis: Int?
  var advancedCount = 0
  for (position, entry) in expanded.enumerated() {
    switch try indexKind(entry) {
    case .basic: continue
    case .boolean: return try AdvancedBooleanSubtensor().makeNode([x] + advancedInputs(expanded)).out
    case .advanced:
      advancedCount += 1
      advancedAxis = position
    }
    if advancedCount > 1 { break }
  }
  if advancedCount == 1, let axis = advancedAxis, case .variable(let indices) = expanded[axis],
    expanded.enumerated().allSatisfy({ $0.offset == axis || isFullSlice($0.element) })
  {
    return try takeVector(x, indices, axis: axis)
  }
  if advancedCount > 0 { return try AdvancedSubtensor().makeNode([x] + advancedInputs(expanded)).out }
  return try basicIndex(x, expanded)
}

private enum IndexKind {
  case basic, advanced, boolean
}

/// Theano's `Subtensor.convert`: integer scalars (and slices of them) are basic, boolean tensors
/// masks, other tensors advanced; float scalars are refused.
private func indexKind(_ entry: IndexEntry) throws -> IndexKind {
  switch entry {
  case .newAxis, .ellipsis: return .basic
  case .slice(let start, let stop, let step):
    for part in [start, stop, step].compactMap({ $0 }) where try scalarIndexKind(part) != .basic {
      return .advanced
    }
    return .basic
  case .variable(let variable):
    if variable.tensorType != nil, variable.dtype == .bool { return .boolean }
    return try scalarIndexKind(variable)
  }
}

private func scalarIndexKind(_ variable: Variable) throws -> IndexKind {
  let scalarDType = (variable.type as? ScalarType)?.dtype ?? (variable.ndim == 0 ? variable.dtype : nil)
  guard let dtype = scalarDType else { return .advanced }
  switch dtype {
  case .int8, .int16, .int32, .int64: return .basic
  case .float16, .complex64, .complex128: return .advanced
  case .float32, .float64: throw TensorError.type("Expected an integer")
  case .bool, .uint8, .uint16, .uint32, .uint64: return .advanced
  }
}

private func isFullSlice(_ entry: IndexEntry) -> Bool {
  if case .slice(nil, nil, nil) = entry { return true }
  return false
}

/// The index inputs of an advanced-indexing node (Theano's `as_index_variable`): tensors, scalars
/// as 0-d tensors, slices through `MakeSlice`, `newaxis` as `NoneConst`.
private func advancedInputs(_ entries: [IndexEntry]) throws -> [Variable] {
  try entries.map { entry in
    switch entry {
    case .variable(let variable): return try asTensor(variable)
    case .slice(let start, let stop, let step): return try makeSlice(start: start, stop: stop, step: step)
    case .newAxis: return noneConstant()
    case .ellipsis: throw TensorError("IndexError", "an index can only have a single Ellipsis (`...`)")
    }
  }
}

/// Theano's `take(x, indices, axis)`: a vector index is `AdvancedSubtensor1`; other indices are
/// flattened, taken, and the result reshaped to `x.shape[:axis] + indices.shape + x.shape[axis+1:]`.
private func takeVector(_ x: Variable, _ indices: Variable, axis: Int) throws -> Variable {
  if indices.ndim == 1 { return try take(x, indices, axis: axis) }
  let xShape = try shape(x)
  let after = try subtensor(xShape, [.slice(start: scalarConstant(Int64(axis + 1)), stop: nil, step: nil)])
  var parts = [try shape(indices), after]
  if axis > 0 {
    parts.insert(try subtensor(xShape, [.slice(start: nil, stop: scalarConstant(Int64(axis)), step: nil)]), at: 0)
  }
  let target = try join(constant(NDArray(scalar: .int(0), dtype: .int8)), parts)
  let taken = try take(x, try flatten(indices, ndim: 1), axis: axis)
  return try reshape(taken, target, ndim: x.ndim + indices.ndim - 1)
}

/// Basic indexing: `newaxis` entries become a `DimShuffle` (and full slices), then `Subtensor`
/// unless every entry is a full slice.
private func basicIndex(_ x: Variable, _ entries: [IndexEntry]) throws -> Variable {
  var source = x
  var remaining = entries
  if entries.contains(where: { if case .newAxis = $0 { return true } else { return false } }) {
    var axis = 0
    var order: [DimShuffle.Entry] = []
    remaining = entries.map { entry in
      if case .newAxis = entry {
        order.append(.broadcast)
        return .slice(start: nil, stop: nil, step: nil)
      }
      order.append(.axis(axis))
      axis += 1
      return entry
    }
    // As in Theano, the order covers only the entries given: `m[None]` drops axes and fails.
    source = try dimshuffle(x, order, orderIsList: true)
    if remaining.allSatisfy(isFullSlice) { return source }
  }
  let arguments = remaining.compactMap { entry -> IndexArgument? in
    switch entry {
    case .variable(let variable): return .index(variable)
    case .slice(let start, let stop, let step): return .slice(start: start, stop: stop, step: step)
    case .newAxis, .ellipsis: return nil
    }
  }
  return try subtensor(source, arguments)
}
