/// Keeps in-place operations safe (Theano's `DestroyHandler` with the inputs' `Supervisor`).
///
/// An op destroys an input when its `destroyMap` says so, and an output is a view of an input when
/// its `viewMap` says so. The graph is valid when no graph input or constant is destroyed (nor
/// viewed by a destroyed variable), no variable is destroyed twice, and every other reader of a
/// destroyed variable can run before its destroyer (which `orderings` enforces).
public final class DestroyHandler: Feature {
  /// Graph inputs that may be overwritten (shared variables the function updates).
  public var mutableInputs: Set<Variable>
  /// The nodes of the graph that destroy an input, kept up to date as nodes come and go.
  private var destroyers: Set<Apply> = []
  /// The nodes of the graph whose outputs are views of inputs.
  private var viewers: Set<Apply> = []

  /// Creates the feature.
  /// - Parameter mutableInputs: graph inputs that in-place ops may overwrite.
  public init(mutableInputs: Set<Variable> = []) {
    self.mutableInputs = mutableInputs
  }

  public func onAttach(_ fgraph: FunctionGraph) throws {
    for node in fgraph.applyNodes { onImport(fgraph, node: node, reason: "on_attach") }
  }

  public func onDetach(_ fgraph: FunctionGraph) {
    destroyers = []
    viewers = []
  }

  public func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) {
    if !node.op.destroyMap.isEmpty { destroyers.insert(node) }
    if !node.op.viewMap.isEmpty { viewers.insert(node) }
  }

  public func onPrune(_ fgraph: FunctionGraph, node: Apply, reason: String) {
    destroyers.remove(node)
    viewers.remove(node)
  }

  public func validate(_ fgraph: FunctionGraph) throws {
    try Interruption.checkpoint()
    var destroyedRoots = Set<Variable>()
    for node in destroyers {
      for (_, inputs) in node.op.destroyMap {
        for index in inputs {
          let root = viewRoot(of: node.inputs[index])
          if root.owner == nil && (root is Constant || !mutableInputs.contains(root)) {
            throw GraphError.inconsistency("Trying to destroy a protected Variable.")
          }
          if !destroyedRoots.insert(root).inserted {
            throw GraphError.inconsistency("Multiple destroyers of \(root)")
          }
          for (other, input) in node.inputs.enumerated()
          where other != index && viewRoot(of: input) === root {
            throw GraphError.inconsistency(
              "Input aliasing: \(node) destroys input \(index) and reads it as input \(other)")
          }
        }
      }
    }
    // Without destroyers the orderings are empty, and the graph cannot have a cycle (Theano's
    // "James's Conjecture" skips the check too).
    if !destroyers.isEmpty && containsCycle(fgraph, orderings: orderings(fgraph)) {
      throw GraphError.inconsistency("Dependency graph contains cycles")
    }
  }

  public func orderings(_ fgraph: FunctionGraph) -> [Apply: [Apply]] {
    var result: [Apply: [Apply]] = [:]
    let views = viewClients()
    for node in destroyers {
      var before: [Apply] = []
      for (_, inputs) in node.op.destroyMap.sorted(by: { $0.key < $1.key }) {
        for index in inputs {
          let root = viewRoot(of: node.inputs[index])
          var stack = [root]
          while let variable = stack.popLast() {
            for client in fgraph.clients(of: variable) {
              guard let reader = client.node, reader !== node, !before.contains(reader) else {
                continue
              }
              before.append(reader)
            }
            stack.append(contentsOf: views[variable] ?? [])
          }
        }
      }
      if !before.isEmpty { result[node] = before }
    }
    return result
  }

  /// Whether the nodes, with the extra `orderings`, depend on themselves (Theano's
  /// `_contains_cycle`): an iterative depth-first search from the outputs.
  private func containsCycle(_ fgraph: FunctionGraph, orderings: [Apply: [Apply]]) -> Bool {
    enum Mark { case open, closed }
    var marks: [ObjectIdentifier: Mark] = [:]
    func prerequisites(_ node: Apply) -> [Apply] {
      node.inputs.compactMap(\.owner) + (orderings[node] ?? [])
    }
    for root in fgraph.outputs.compactMap(\.owner) where marks[ObjectIdentifier(root)] == nil {
      var stack: [(node: Apply, next: [Apply].Index, prerequisites: [Apply])] = [
        (root, 0, prerequisites(root))
      ]
      marks[ObjectIdentifier(root)] = .open
      while let top = stack.last {
        guard top.next < top.prerequisites.count else {
          marks[ObjectIdentifier(top.node)] = .closed
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let child = top.prerequisites[top.next]
        switch marks[ObjectIdentifier(child)] {
        case .open: return true
        case .closed: continue
        case nil:
          marks[ObjectIdentifier(child)] = .open
          stack.append((child, 0, prerequisites(child)))
        }
      }
    }
    return false
  }

  /// Whether a node destroys one of `variables`, directly or through views of it (Theano's
  /// `fgraph.has_destroyers`).
  public func hasDestroyers(_ variables: [Variable], in fgraph: FunctionGraph) -> Bool {
    var stack = variables
    while let variable = stack.popLast() {
      for case .node(let node, let index) in fgraph.clients(of: variable) {
        if node.op.destroyMap.values.contains(where: { $0.contains(index) }) { return true }
        for (output, viewed) in node.op.viewMap where viewed.contains(index) {
          stack.append(node.output(output))
        }
      }
    }
    return false
  }

  /// The node that destroys `root` or a view of it, if any (Theano's `root_destroyer`).
  public func rootDestroyer(of root: Variable) -> Apply? {
    destroyers.first { node in
      node.op.destroyMap.values.contains { inputs in
        inputs.contains { viewRoot(of: node.inputs[$0]) === root }
      }
    }
  }

  /// The variable `variable` is a view of, following view maps to the start.
  public func viewRoot(of variable: Variable) -> Variable {
    var current = variable
    while let owner = current.owner, let viewed = owner.op.viewMap[current.index]?.first {
      current = owner.inputs[viewed]
    }
    return current
  }

  private func viewClients() -> [Variable: [Variable]] {
    var views: [Variable: [Variable]] = [:]
    for node in viewers {
      for (output, inputs) in node.op.viewMap {
        for index in inputs { views[node.inputs[index], default: []].append(node.output(output)) }
      }
    }
    return views
  }
}
