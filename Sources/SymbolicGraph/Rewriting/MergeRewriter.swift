/// Merges equal constants and equal computations (Theano's `MergeOptimizer`).
///
/// Two constants merge when their types and signatures are equal; two nodes merge when their ops
/// are equal and their inputs are the same variables. The first one in topological order stays.
public struct MergeRewriter: GraphRewriter {
  public let name: String

  /// Creates a merge rewriter named `name` (Theano registers several: `merge1`, `merge2`, ...).
  public init(name: String = "merge") { self.name = name }

  public func apply(to fgraph: FunctionGraph) throws {
    let order = fgraph.nodesInOrder()
    try mergeConstants(fgraph, order: order)
    if order.count < 2 { return }
    // Nodes are grouped by their inputs; ops are compared only within a group.
    var seen: [[ObjectIdentifier]: [Apply]] = [:]
    for node in order where fgraph.applyNodes.contains(node) {
      let key = node.inputs.map(ObjectIdentifier.init)
      let group = seen[key, default: []]
      guard let kept = group.first(where: { opsEqual($0.op, node.op) && fgraph.applyNodes.contains($0) })
      else {
        seen[key, default: []].append(node)
        continue
      }
      let pairs = zip(node.outputs, kept.outputs).map { ($0, $1) }
      do {
        try fgraph.replaceAllValidate(pairs, reason: name)
      } catch GraphError.inconsistency {
        continue
      }
    }
  }

  private func mergeConstants(_ fgraph: FunctionGraph, order: [Apply]) throws {
    let constants = order.flatMap { $0.inputs }.compactMap { $0 as? Constant }
      + fgraph.outputs.compactMap { $0 as? Constant }
    if constants.count < 2 { return }
    var seen: [AnyHashable: Constant] = [:]
    for constant in constants where fgraph.contains(constant) {
      let signature = constant.signature
      if let kept = seen[signature] {
        if kept !== constant { try fgraph.replace(constant, with: kept, reason: name) }
      } else {
        seen[signature] = constant
      }
    }
  }
}
