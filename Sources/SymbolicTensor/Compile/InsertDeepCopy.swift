import SymbolicGraph

/// Puts a `DeepCopyOp` on every output that aliases a graph input, a constant or an earlier
/// output (Theano's `insert_deepcopy`), so callers never receive storage they could corrupt.
func insertDeepCopy(_ fgraph: FunctionGraph, updatedInputs: Set<Variable> = []) throws {
  let graphInputs = Set(graphInputs(of: fgraph.outputs)).subtracting(updatedInputs)
  for index in fgraph.outputs.indices {
    let output = fgraph.outputs[index]
    let views = viewTree(of: aliasRoot(output), in: fgraph)
    let aliasesLaterOutput = fgraph.outputs[(index + 1)...].contains { views.contains($0) }
    let aliasesInput = graphInputs.contains { views.contains($0) }
    if aliasesLaterOutput || aliasesInput {
      let copy = try DeepCopyOp()(output)
      try fgraph.changeInput(.output(index: index), to: copy, reason: "insert_deepcopy")
    }
  }
}

/// The variable `variable` views or overwrites, followed to the start (Theano's `alias_root`).
private func aliasRoot(_ variable: Variable) -> Variable {
  var current = variable
  while let owner = current.owner {
    let aliased = (owner.op.viewMap[current.index] ?? []) + (owner.op.destroyMap[current.index] ?? [])
    guard let first = aliased.first else { break }
    current = owner.inputs[first]
  }
  return current
}

/// `root` and every variable that views or overwrites it (Theano's `view_tree_set`).
private func viewTree(of root: Variable, in fgraph: FunctionGraph) -> Set<Variable> {
  var tree: Set<Variable> = [root]
  var stack = [root]
  while let variable = stack.popLast() {
    for client in fgraph.clients(of: variable) {
      guard case .node(let node, let position) = client else { continue }
      let maps = node.op.viewMap.merging(node.op.destroyMap) { $0 + $1 }
      for (output, inputs) in maps where inputs.contains(position) {
        let aliased = node.output(output)
        if tree.insert(aliased).inserted { stack.append(aliased) }
      }
    }
  }
  return tree
}
