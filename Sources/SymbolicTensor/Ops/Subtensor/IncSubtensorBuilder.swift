import NumericArrays
import SymbolicGraph

/// `T.inc_subtensor(x, y)` and `T.set_subtensor(x, y)` (`setInsteadOfInc`): `x` must be the
/// result of indexing; the result is the indexed tensor with that part incremented by (or set to)
/// `y`, built as Theano's `inc_subtensor` does for each kind of indexing (through the
/// `DimShuffle`s of `take` on another axis and the `Reshape` of an index matrix).
public func incSubtensor(
  _ x: Variable, _ y: Variable, inplace: Bool = false, setInsteadOfInc: Bool = false
) throws -> Variable {
  guard y.ndim <= x.ndim else {
    throw TensorError.type(
      "Trying to increment a \(x.ndim)-dimensional subtensor with a \(y.ndim)-dimensional value.")
  }
  let offset = x.ndim - y.ndim
  var value = y
  for axis in 0..<y.ndim where x.broadcastable[axis + offset] && !value.broadcastable[axis] {
    value = try rebroadcast(value, [.init(axis, true)])
  }
  guard let node = x.owner else { throw TensorError.type("x must be the result of a subtensor operation") }
  switch node.op {
  case let op as Subtensor:
    let inc = IncSubtensor(op.entries, inplace: inplace, setInsteadOfInc: setInsteadOfInc)
    return try inc.makeNode([node.inputs[0], value] + node.inputs.dropFirst()).out
  case is AdvancedSubtensor1:
    let inc = AdvancedIncSubtensor1(inplace: inplace, setInsteadOfInc: setInsteadOfInc)
    return try inc.makeNode([node.inputs[0], value, node.inputs[1]]).out
  case is AdvancedSubtensor:
    guard !inplace else { throw TensorError.notImplemented("In place computation is not implemented") }
    let inc = AdvancedIncSubtensor(setInsteadOfInc: setInsteadOfInc)
    return try inc.makeNode([node.inputs[0], value] + node.inputs.dropFirst()).out
  case is AdvancedBooleanSubtensor:
    guard !inplace else { throw TensorError.notImplemented("In place computation is not implemented") }
    let inc = AdvancedBooleanIncSubtensor(setInsteadOfInc: setInsteadOfInc)
    return try inc.makeNode([node.inputs[0], value] + node.inputs.dropFirst()).out
  case let op as DimShuffle:
    // inc_subtensor(x[:, i], y) is inc_subtensor((x.T)[i].T, y): increment the inner tensor with
    // `y` shuffled the same way, then shuffle back.
    var yOrder = Array(repeating: DimShuffle.Entry.broadcast, count: x.ndim)
    for (position, entry) in op.newOrder.enumerated() {
      if case .axis(let axis) = entry, axis - offset >= 0 { yOrder[axis - offset] = .axis(position) }
    }
    let inner = try incSubtensor(
      node.inputs[0], try dimshuffle(value, yOrder, orderIsList: true), inplace: inplace,
      setInsteadOfInc: setInsteadOfInc)
    return try dimshuffle(inner, op.newOrder)
  case is Reshape:
    // An index matrix: the subtensor was taken on the flattened indices and reshaped back.
    let inner = node.inputs[0]
    var flattened = value
    if value.ndim > 0 {
      let xShape = try shape(x)
      let lengths = try (0..<x.ndim).map { try subtensor(xShape, [.index(scalarConstant(Int64($0)))]) }
      flattened = try reshape(try alloc(value, lengths), try shape(inner), ndim: inner.ndim)
    }
    return try incSubtensor(inner, flattened, inplace: inplace, setInsteadOfInc: setInsteadOfInc)
  default:
    throw TensorError.type("x must be the result of a subtensor operation")
  }
}
