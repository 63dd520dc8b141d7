import NumericArrays
import SymbolicGraph

/// `T.flatten(x, ndim)`: the first `ndim - 1` axes kept, the others folded into the last, as
/// Theano builds it: `x.reshape(tuple(x.shape[:ndim - 1]) + (-1,))`, then `addbroadcast` of the
/// axes that stay broadcastable.
public func flatten(_ x: Variable, ndim: Int) throws -> Variable {
  guard ndim >= 1, ndim == 1 || ndim <= x.ndim else {
    throw TensorError.value("ndim \(ndim) out of bound [1, \(x.ndim + 1))")
  }
  let target: Variable
  if ndim > 1 {
    let kept = try subtensor(shape(x), [.slice(start: nil, stop: scalarConstant(Int64(ndim - 1)), step: nil)])
    var lengths = try (0..<(ndim - 1)).map { try subtensor(kept, [.index(scalarConstant(Int64($0)))]) }
    lengths.append(try cast(constant(NDArray(scalar: .int(-1), dtype: .int8)), .int64))
    target = try MakeVector(dtype: .int64).makeNode(lengths).out
  } else {
    target = constant(try NDArray([Int64(-1)], shape: [1]))
  }
  let reshaped = try reshape(x, target, ndim: ndim)
  var broadcastable = Array(x.broadcastable.prefix(ndim - 1))
  broadcastable.append(x.broadcastable.dropFirst(ndim - 1).allSatisfy { $0 })
  let axes = broadcastable.indices.filter { broadcastable[$0] }.map { Rebroadcast.Axis($0, true) }
  return try rebroadcast(reshaped, axes)
}
