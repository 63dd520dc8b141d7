import SymbolicGraph

/// `givens`: the graphs of `outputs` with variables replaced before compiling (Theano's
/// `rebuild_collect_shared` with `replace=`).
///
/// Nodes that use a replaced variable are rebuilt with the same op; a replacement must have the
/// type of the variable it replaces (Theano's strict `clone_with_new_inputs`).
/// - Parameters:
///   - givens: pairs (variable, replacement), in order; a replacement's graph may use earlier
///     pairs' replacements but must not use a variable that a later pair replaces.
///   - outputs: the variables to rebuild.
/// - Returns: the rebuilt outputs (the originals when nothing they depend on is replaced).
/// - Throws: ``TensorError`` with Theano's `TypeError` for a replacement of another type, and its
///   `AssertionError` for a replaced variable that an earlier replacement uses.
func substituteGivens(_ givens: [(Variable, Variable)], in outputs: [Variable]) throws -> [Variable] {
  if givens.isEmpty { return outputs }
  var memo: [Variable: Variable] = [:]
  for (original, replacement) in givens {
    if memo[original] != nil {
      throw TensorError.assertion(
        "When using 'givens' or 'replace' with several (old_v, new_v) replacement pairs, you can "
          + "not have a new_v variable depend on an old_v one. For instance, givens = {a:b, "
          + "b:(a+1)} is not allowed. Here, the old_v \(original) is used to compute other "
          + "new_v's, but it is scheduled to be replaced by \(replacement).")
    }
    memo[original] = try rebuild(replacement, &memo)
  }
  return try outputs.map { try rebuild($0, &memo) }
}

/// `variable` with the replacements of `memo`, recording every rebuilt variable in `memo`.
private func rebuild(_ variable: Variable, _ memo: inout [Variable: Variable]) throws -> Variable {
  if let known = memo[variable] { return known }
  guard let owner = variable.owner else {
    memo[variable] = variable
    return variable
  }
  for node in ancestorNodes(of: owner) where memo[node.outputs[0]] == nil {
    let inputs = node.inputs.map { input in
      if let known = memo[input] { return known }
      memo[input] = input
      return input
    }
    if zip(inputs, node.inputs).allSatisfy({ $0 === $1 }) {
      for output in node.outputs { memo[output] = output }
      continue
    }
    for (old, new) in zip(node.inputs, inputs) where !typesEqual(old.type, new.type) {
      throw TensorError.type(
        "Cannot convert Type \(new.type) (of Variable \(new)) into Type \(old.type). You can try "
          + "to manually convert \(new) into a \(old.type).")
    }
    let rebuilt = Apply(op: node.op, inputs: inputs, outputTypes: node.outputTypes)
    rebuilt.trace = node.trace
    for (old, new) in zip(node.outputs, rebuilt.outputs) {
      new.name = old.name
      new.tag = old.tag
      memo[old] = new
    }
  }
  return memo[variable] ?? variable
}

/// The nodes `node` depends on, producers first, ending with `node`.
private func ancestorNodes(of node: Apply) -> [Apply] {
  var order: [Apply] = []
  var seen: Set<Apply> = []
  var stack: [(Apply, Bool)] = [(node, false)]
  while let (current, expanded) = stack.popLast() {
    if expanded {
      order.append(current)
      continue
    }
    guard seen.insert(current).inserted else { continue }
    stack.append((current, true))
    for input in current.inputs.reversed() {
      if let producer = input.owner, !seen.contains(producer) { stack.append((producer, false)) }
    }
  }
  return order
}
