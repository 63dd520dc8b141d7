import SymbolicGraph

extension NodeRewriter {
  /// `IncSubtensor{Set;...}` -> `IncSubtensor{InplaceSet;...}`, when the destroy handler allows
  /// it (Theano's `local_inplace_setsubtensor`, its own phase at position 60).
  public static let localInplaceSetsubtensor = NodeRewriter(
    name: "local_inplace_setsubtensor", tracks: [IncSubtensor.self]
  ) { _, node in
    guard let op = node.op as? IncSubtensor, !op.inplace else { return nil }
    let inplace = IncSubtensor(op.entries, inplace: true, setInsteadOfInc: op.setInsteadOfInc)
    let replacement = try inplace.makeNode(node.inputs)
    replacement.trace = node.trace
    return [replacement.out]
  }

  /// `AdvancedIncSubtensor1{no_inplace,...}` -> `AdvancedIncSubtensor1{inplace,...}` (Theano's
  /// `local_inplace_incsubtensor1`, its own phase at position 60).
  public static let localInplaceIncsubtensor1 = NodeRewriter(
    name: "local_inplace_incsubtensor1", tracks: [AdvancedIncSubtensor1.self]
  ) { _, node in
    guard let op = node.op as? AdvancedIncSubtensor1, !op.inplace else { return nil }
    let inplace = AdvancedIncSubtensor1(inplace: true, setInsteadOfInc: op.setInsteadOfInc)
    let replacement = try inplace.makeNode(node.inputs)
    replacement.trace = node.trace
    return [replacement.out]
  }
}
