/// Theano's `io_toposort`: the nodes between `inputs` and `outputs`, each after its inputs' owners.
///
/// The order is Theano's exactly (debugprint shows it): without extra orderings, the stack walk of
/// Theano's fast path; with orderings (`[node: nodes that must run first]`), the dependency-list
/// sort of `general_toposort`. Both walks are iterative.
/// - Parameters:
///   - inputs: variables treated as given (their owners are not visited).
///   - outputs: the variables to compute.
///   - orderings: extra dependencies per node, in a deterministic order.
/// - Returns: the apply nodes in execution order.
/// - Throws: ``GraphError/inconsistency(_:)`` when the orderings create a cycle.
public func ioToposort(
  inputs: [Variable], outputs: [Variable], orderings: [Apply: [Apply]] = [:]
) throws -> [Apply] {
  let given = Set(inputs)
  if orderings.isEmpty { return stackToposort(given: given, outputs: outputs) }
  return try generalToposort(given: given, outputs: outputs, orderings: orderings)
}

/// Theano's fast path of `io_toposort` (no extra orderings).
func stackToposort(given: Set<Variable>, outputs: [Variable]) -> [Apply] {
  var done = Set<Apply>()
  var order: [Apply] = []
  var todo: [Apply] = outputs.reversed().compactMap { $0.owner }
  func isComputed(_ variable: Variable) -> Bool {
    guard let owner = variable.owner, !given.contains(variable) else { return true }
    return done.contains(owner)
  }
  while let current = todo.popLast() {
    if done.contains(current) { continue }
    if current.inputs.allSatisfy(isComputed) {
      done.insert(current)
      order.append(current)
    } else {
      todo.append(current)
      todo.append(contentsOf: current.inputs.compactMap { given.contains($0) ? nil : $0.owner })
    }
  }
  return order
}

private enum GraphItem: Hashable {
  case variable(Variable)
  case apply(Apply)
}

private func generalToposort(
  given: Set<Variable>, outputs: [Variable], orderings: [Apply: [Apply]]
) throws -> [Apply] {
  var deps: [GraphItem: [GraphItem]] = [:]
  func dependencies(_ item: GraphItem) -> [GraphItem] {
    if let cached = deps[item] { return cached }
    var result: [GraphItem] = []
    switch item {
    case .variable(let variable):
      if !given.contains(variable), let owner = variable.owner { result = [.apply(owner)] }
    case .apply(let node):
      result = node.inputs.map { .variable($0) } + (orderings[node] ?? []).map { .apply($0) }
    }
    deps[item] = result
    return result
  }
  // Depth-first search from the outputs, recording each item's dependents (Theano stack_search).
  var stack: [GraphItem] = outputs.map { .variable($0) }
  var seen = Set<GraphItem>()
  var reachable: [GraphItem] = []
  var dependents: [GraphItem: [GraphItem]] = [:]
  while let item = stack.popLast() {
    if !seen.insert(item).inserted { continue }
    reachable.append(item)
    let itemDeps = dependencies(item)
    for dep in itemDeps { dependents[dep, default: []].append(item) }
    stack.append(contentsOf: itemDeps)
  }
  var sources = reachable.filter { (deps[$0] ?? []).isEmpty }
  var head = 0
  var emitted = Set<GraphItem>()
  var order: [GraphItem] = []
  while head < sources.count {
    let item = sources[head]
    head += 1
    if !emitted.insert(item).inserted { continue }
    order.append(item)
    for client in dependents[item] ?? [] {
      let remaining = (deps[client] ?? []).filter { $0 != item }
      deps[client] = remaining
      if remaining.isEmpty { sources.append(client) }
    }
  }
  if order.count != reachable.count { throw GraphError.inconsistency("graph contains cycles") }
  return order.compactMap {
    if case .apply(let node) = $0 { return node }
    return nil
  }
}
