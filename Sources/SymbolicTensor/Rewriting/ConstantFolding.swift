import SymbolicGraph

extension NodeRewriter {
  /// `op(constants...) -> constant`: a node whose inputs are all constants is computed once
  /// (Theano's `constant_folding`).
  public static let constantFolding = NodeRewriter(name: "constant_folding") { fgraph, node in
    guard !node.inputs.isEmpty, node.inputs.allSatisfy({ $0 is Constant }),
      node.op.doesConstantFolding(node)
    else { return nil }
    if let op = node.op as? any ClientAwareConstantFolding,
      !op.doesConstantFolding(node, clients: fgraph.clients(of: node.out))
    {
      return nil
    }
    let values = node.inputs.map { ($0 as! Constant).value }
    guard let results = try? node.op.perform(node, inputs: values) else { return nil }
    return zip(node.outputTypes, results).map { type, value in
      Constant(type: type, value: value)
    }
  }
}
