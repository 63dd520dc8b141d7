import SymbolicGraph

/// Puts a `DeepCopyOp` on every output that aliases a graph input, a constant or a later
/// output (Theano's `insert_deepcopy`), so callers never receive storage they could corrupt; a
/// `ViewOp` instead where both sides were declared `borrow=True` (`theano.In`/`theano.Out`).
/// - Parameters:
///   - updatedInputs: inputs the function updates, whose aliasing is allowed.
///   - borrowedInputs: inputs given with `borrow=True`.
///   - borrowedOutputs: per output, whether it was given with `borrow=True`.
func insertDeepCopy(
  _ fgraph: FunctionGraph, updatedInputs: Set<Variable> = [], borrowedInputs: Set<Variable> = [],
  borrowedOutputs: [Bool] = []
) throws {
  let graphInputs = graphInputs(of: fgraph.outputs).filter { !updatedInputs.contains($0) }
  func borrowed(_ index: Int) -> Bool { index < borrowedOutputs.count && borrowedOutputs[index] }
  for index in fgraph.outputs.indices {
    let output = fgraph.outputs[index]
    let views = viewTree(of: aliasRoot(output), in: fgraph)
    let view: Bool
    if let later = fgraph.outputs.indices.dropFirst(index + 1).first(where: { views.contains(fgraph.outputs[$0]) }) {
      view = borrowed(index) && borrowed(later)
    } else if let input = graphInputs.first(where: { views.contains($0) }) {
      view = borrowed(index) && (input is Constant || borrowedInputs.contains(input))
    } else {
      continue
    }
    let guarded = view ? try ViewOp()(output) : try DeepCopyOp()(output)
    try fgraph.changeInput(.output(index: index), to: guarded, reason: "insert_deepcopy")
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
