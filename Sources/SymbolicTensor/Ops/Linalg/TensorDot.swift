import NumericArrays
import SymbolicGraph

/// The axes `tensordot` sums over.
public enum TensorDotAxes: Sendable, Hashable {
  /// The last `n` axes of `a` with the first `n` of `b`.
  case count(Int)
  /// The listed axes of `a` with the listed axes of `b`, pairwise.
  case pairs([Int], [Int])
}

/// `T.tensordot(a, b, axes)` as Theano builds it (`_tensordot_as_dot`): the summed axes moved last
/// in `a` and first in `b`, both reshaped to matrices (or a batch of them), one `dot`, and the
/// product reshaped to the free axes.
/// - Parameters:
///   - batched: keep axis 0 of both as a batch axis and multiply with `BatchedDot`
///     (Theano's `batched_tensordot`).
/// - Throws: ValueError with Theano's messages for axes that do not fit.
public func tensordot(
  _ a: Variable, _ b: Variable, axes: TensorDotAxes, batched: Bool = false,
  context: TypingContext = .init()
) throws -> Variable {
  switch axes {
  case .pairs(let aAxes, let bAxes):
    guard aAxes.count == bAxes.count else {
      throw TensorError.value("Axes elements must have the same length.")
    }
    for (index, (name, operand, listed)) in [("a", a, aAxes), ("b", b, bAxes)].enumerated() {
      if listed.count > operand.ndim {
        throw TensorError.value(
          "axes[\(index)] should be array_like with length less than the dimensions of \(name) "
            + "(\(name).ndim=\(operand.ndim), len(axes[0])=\(listed.count)).")
      }
      if let largest = listed.max(), largest >= operand.ndim {
        throw TensorError.value(
          "axes[\(index)] contains dimensions greater than or equal to \(name).ndim "
            + "(\(name).ndim=\(operand.ndim), max(axes[0])=\(largest)).")
      }
      if batched && listed.contains(0) {
        throw TensorError.value(
          "axes to sum over must not contain the batch axis (axes[\(index)]=\(listed))")
      }
    }
    let batch = batched ? [0] : []
    let aOther = (0..<a.ndim).filter { !aAxes.contains($0) && !batch.contains($0) }
    let bOther = (0..<b.ndim).filter { !bAxes.contains($0) && !batch.contains($0) }
    let aShuffled = try dimshuffle(a, (batch + aOther + aAxes).map { .axis($0) })
    let bShuffled = try dimshuffle(b, (batch + bAxes + bOther).map { .axis($0) })
    return try tensordot(
      aShuffled, bShuffled, axes: .count(aAxes.count), batched: batched, context: context)
  case .count(let n):
    for (name, operand) in [("a", a), ("b", b)] {
      if n > operand.ndim {
        throw TensorError.value(
          "axes can not be larger than the dimension of \(name) (\(name).ndim=\(operand.ndim), axes=\(n))")
      }
      if batched && n == operand.ndim {
        throw TensorError.value(
          "axes to sum over must not include the batch axis of \(name) (\(name).ndim=\(operand.ndim), axes=\(n))")
      }
    }
    return try tensordotOverTrailing(a, b, n, batched: batched, context: context)
  }
}

/// `_tensordot_as_dot` with an integer number of axes.
private func tensordotOverTrailing(
  _ a: Variable, _ b: Variable, _ n: Int, batched: Bool, context: TypingContext
) throws -> Variable {
  let batchAxes = batched ? 1 : 0
  // Each `x.shape[...]` of Theano's code makes its own `Shape` node.
  func length(_ x: Variable, _ index: Int) throws -> Variable {
    try subtensor(try shape(x), [.index(scalarConstant(Int64(index)))])
  }
  func part(_ x: Variable, _ start: Int, _ stop: Int) throws -> Variable {
    try subtensor(
      try shape(x),
      [.slice(start: scalarConstant(Int64(start)), stop: scalarConstant(Int64(stop)), step: nil)])
  }
  let outShape = try join(
    constant(.int(0), context: context),
    [try part(a, 0, a.ndim - n), try part(b, batchAxes + n, b.ndim)], context: context)
  let outNDim = (a.ndim - n) + (b.ndim - batchAxes - n)
  // Python's `[1] * 2` multiplied in place by shape entries: a plain 1 until the first product.
  var aLengths: [Variable?] = [nil, nil]
  var bLengths: [Variable?] = [nil, nil]
  func times(_ current: Variable?, _ factor: Variable) throws -> Variable {
    try elemwise(.mul, [current ?? constant(.int(1), context: context), factor], context: context)
  }
  for i in 0..<n {
    aLengths[1] = try times(aLengths[1], try length(a, -(i + 1)))
    bLengths[0] = try times(bLengths[0], try length(b, batchAxes + i))
  }
  for i in 0..<Swift.max(0, a.ndim - n - batchAxes) {
    aLengths[0] = try times(aLengths[0], try length(a, batchAxes + i))
  }
  for i in 0..<Swift.max(0, b.ndim - n - batchAxes) {
    bLengths[1] = try times(bLengths[1], try length(b, -(i + 1)))
  }
  var aEntries = try aLengths.map { try $0 ?? constant(.int(1), context: context) }
  var bEntries = try bLengths.map { try $0 ?? constant(.int(1), context: context) }
  if batched {
    aEntries.insert(try length(a, 0), at: 0)
    bEntries.insert(try length(b, 0), at: 0)
  }
  func vector(_ entries: [Variable]) throws -> Variable {
    try MakeVector(dtype: .int64).makeNode(try entries.map { try cast($0, .int64) }).out
  }
  let aMatrix = try reshape(a, try vector(aEntries), ndim: aEntries.count)
  let bMatrix = try reshape(b, try vector(bEntries), ndim: bEntries.count)
  let product = batched ? try batchedDot(aMatrix, bMatrix, context: context)
    : try dot(aMatrix, bMatrix, context: context)
  let result = try reshape(product, outShape, ndim: outNDim)
  // The reshapes lose broadcastable flags; `patternbroadcast` puts the free axes' back.
  let flags = Array(a.broadcastable.prefix(a.ndim - n)) + Array(b.broadcastable.dropFirst(batchAxes + n))
  return try rebroadcast(result, flags.enumerated().map { Rebroadcast.Axis($0.offset, $0.element) })
}
