import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// `Join(axis, x) -> x` (Theano's `local_join_1`).
  public static let localJoin1 = NodeRewriter(name: "local_join_1", tracks: [Join.self]) { _, node in
    node.inputs.count == 2 ? [node.inputs[1]] : nil
  }

  /// A `Reshape` to the input's own shape (or between vectors) is the input (Theano's
  /// `local_useless_reshape`).
  public static let localUselessReshape = NodeRewriter(
    name: "local_useless_reshape", tracks: [Reshape.self]
  ) { fgraph, node in
    let (input, output, target) = (node.inputs[0], node.out, node.inputs[1])
    guard input.ndim == output.ndim else { return nil }
    if input.ndim == 1 && input.broadcastable == output.broadcastable { return [input] }
    if let owner = target.owner, owner.op is Shape, owner.inputs[0] === input { return [input] }
    guard let owner = target.owner, owner.op is MakeVector else { return nil }
    let feature = fgraph.feature(ShapeFeature.self)
    var minusOnes = 0
    for axis in 0..<input.ndim {
      let length = owner.inputs[axis]
      if let shapeI = length.owner?.op as? ShapeI, shapeI.i == axis, length.owner?.inputs[0] === input {
        continue
      }
      if let entry = length.owner, entry.op is Subtensor, entry.inputs.count == 2,
        deepConstantInt(entry.inputs[1]) == axis, let shapeNode = entry.inputs[0].owner,
        shapeNode.op is Shape, shapeNode.inputs[0] === input
      {
        continue
      }
      let constant = directConstantInt(length)
      if input.broadcastable[axis] && constant == 1 { continue }
      if constant == -1 {
        minusOnes += 1
        continue
      }
      if let known = feature?.shape(of: input)?[axis],
        known === length || (directConstantInt(known) != nil && directConstantInt(known) == constant)
      {
        continue
      }
      return nil
    }
    return minusOnes <= 1 ? [input] : nil
  }
}

extension NodeRewriter {
  /// `Split{1}(x, axis, splits) -> x`, asserting that there is one split of the whole length
  /// (Theano's `local_useless_split`).
  public static let localUselessSplit = NodeRewriter(name: "local_useless_split", tracks: [Split.self]) {
    _, node in
    guard let op = node.op as? Split, op.count == 1 else { return nil }
    let (x, axis, splits) = (node.inputs[0], node.inputs[1], node.inputs[2])
    let one = constant(.int(1), context: TypingContext())
    let splitCount = try subtensor(try shape(splits), [.index(scalarConstant(0))])
    let first = try Assert().makeNode([x, try elemwise(.eq, [splitCount, one])])
    first.trace = node.trace
    let length = try subtensor(try shape(x), [.index(axis)])
    let firstSplit = try subtensor(splits, [.index(scalarConstant(0))])
    let second = try Assert().makeNode([first.out, try elemwise(.eq, [length, firstSplit])])
    second.trace = node.trace
    return [second.out]
  }

  /// Conditions of an `Assert` known to be true are dropped, and the `Assert` with them when
  /// none is left (Theano's `local_remove_useless_assert`).
  public static let localRemoveUselessAssert = NodeRewriter(
    name: "local_remove_useless_assert", tracks: [Assert.self]
  ) { _, node in
    guard let op = node.op as? Assert else { return nil }
    let conditions = node.inputs.dropFirst().filter { condition in
      guard let value = analyzeSliceValue(condition).known else { return true }
      return value == 0
    }
    if conditions.isEmpty { return [node.inputs[0]] }
    guard conditions.count != node.inputs.count - 1 else { return nil }
    let replacement = try op.makeNode([node.inputs[0]] + conditions)
    replacement.trace = node.trace
    return [replacement.out]
  }
}
