import SymbolicGraph

extension NodeRewriter {
  /// A `Rebroadcast` that changes no flag becomes its input; one that changes only some keeps
  /// those (Theano's `local_useless_rebroadcast`).
  public static let localUselessRebroadcast = NodeRewriter(
    name: "local_useless_rebroadcast", tracks: [Rebroadcast.self]
  ) { _, node in
    try uselessRebroadcastReplacement(node).map { [$0] }
  }

  /// `Rebroadcast(Elemwise(x)) -> Elemwise(Rebroadcast(x))` for a one-input `Elemwise` used only
  /// there, and `Rebroadcast(Rebroadcast(x)) -> Rebroadcast(x)` (Theano's
  /// `local_rebroadcast_lift`).
  public static let localRebroadcastLift = NodeRewriter(
    name: "local_rebroadcast_lift", tracks: [Rebroadcast.self]
  ) { fgraph, node in
    guard let op = node.op as? Rebroadcast, let inner = node.inputs[0].owner else { return nil }
    // Theano's casts are Elemwise ops too.
    if inner.op is Elemwise || inner.op is Cast, inner.inputs.count == 1,
      fgraph.clients(of: node.inputs[0]).count == 1
    {
      let rebroadcasted = try op.makeNode([inner.inputs[0]])
      rebroadcasted.trace = node.trace
      let lifted = try inner.op.makeNode([rebroadcasted.out])
      lifted.trace = node.trace
      return lifted.outputs
    }
    guard let innerOp = inner.op as? Rebroadcast else { return nil }
    let merged = try Rebroadcast(innerOp.axes + op.axes).makeNode([inner.inputs[0]])
    merged.trace = node.trace
    return [merged.out]
  }
}
