/// The variables `outputs` depend on, stopping at `blockers` (Theano's `ancestors`), outputs first.
/// - Parameters:
///   - outputs: where the walk starts.
///   - blockers: variables whose producers are not visited.
/// - Returns: every variable reached, each once.
public func ancestors(of outputs: [Variable], blockers: Set<Variable> = []) -> [Variable] {
  var seen = Set<Variable>()
  var result: [Variable] = []
  var stack = Array(outputs.reversed())
  while let variable = stack.popLast() {
    if !seen.insert(variable).inserted { continue }
    result.append(variable)
    if blockers.contains(variable) { continue }
    if let owner = variable.owner { stack.append(contentsOf: owner.inputs.reversed()) }
  }
  return result
}

/// The variables without owner that `outputs` depend on (graph inputs and constants).
public func graphInputs(of outputs: [Variable], blockers: Set<Variable> = []) -> [Variable] {
  ancestors(of: outputs, blockers: blockers).filter { $0.owner == nil || blockers.contains($0) }
}
