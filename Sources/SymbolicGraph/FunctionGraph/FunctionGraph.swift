/// A graph with designated inputs and outputs that may be rewritten (Theano's `FunctionGraph`).
///
/// The graph owns the consumer index (`clients`) and strong references to every node and variable
/// it contains; nodes and variables themselves only point at their producers.
public final class FunctionGraph {
  /// The graph inputs, in order.
  public private(set) var inputs: [Variable]
  /// The graph outputs, in order.
  public internal(set) var outputs: [Variable]
  /// Every node in the graph.
  public internal(set) var applyNodes: Set<Apply> = []
  /// Every variable in the graph with its uses, in the order the uses were added.
  public internal(set) var clientsOf: [Variable: [Client]] = [:]
  /// The attached features, in attachment order.
  public private(set) var features: [any Feature] = []
  /// Output index → index of the input whose new value that output is (the updates of a
  /// compiled function; Theano's `fgraph.update_mapping`).
  public var updateMapping: [Int: Int] = [:]
  /// ``nodesInOrder()`` until the graph next changes.
  private var cachedOrder: [Apply]?

  /// Builds a graph over `inputs` and `outputs`.
  /// - Parameters:
  ///   - inputs: the graph inputs (ownerless, non-constant variables).
  ///   - outputs: the graph outputs.
  ///   - features: features to attach.
  ///   - clone: whether to work on a copy of the graph (Theano's default) or on it directly.
  /// - Throws: ``GraphError/missingInput(message:trace:)`` when an output needs an undeclared input.
  public init(
    inputs: [Variable], outputs: [Variable], features: [any Feature] = [], clone: Bool = true
  ) throws {
    if clone {
      let copy = try cloneGraph(inputs: inputs, outputs: outputs)
      self.inputs = inputs.map { copy[$0] }
      self.outputs = outputs.map { copy[$0] }
    } else {
      self.inputs = inputs
      self.outputs = outputs
    }
    for input in self.inputs where clientsOf[input] == nil { clientsOf[input] = [] }
    for feature in features { try attach(feature) }
    for (index, output) in self.outputs.enumerated() {
      try importVariable(output, reason: "init")
      clientsOf[output, default: []].append(.output(index: index))
    }
  }

  /// The uses of `variable` (empty when it is not in the graph).
  public func clients(of variable: Variable) -> [Client] { clientsOf[variable] ?? [] }

  /// Whether `variable` is in the graph.
  public func contains(_ variable: Variable) -> Bool { clientsOf[variable] != nil }

  /// Every variable of the graph.
  public var variables: Dictionary<Variable, [Client]>.Keys { clientsOf.keys }

  /// The nodes in execution order (Theano's `fgraph.toposort()`, which debugprint shows).
  public func toposort() throws -> [Apply] {
    if applyNodes.count < 2 { return Array(applyNodes) }
    let orderings = orderings()
    if orderings.isEmpty { return nodesInOrder() }
    return try ioToposort(inputs: inputs, outputs: outputs, orderings: orderings)
  }

  /// The nodes in Theano's order without the features' ordering constraints (`io_toposort` of
  /// the inputs and outputs), computed once per state of the graph: rewriters walk this order
  /// on every pass.
  public func nodesInOrder() -> [Apply] {
    if let cachedOrder { return cachedOrder }
    let order = stackToposort(given: Set(inputs), outputs: outputs)
    cachedOrder = order
    return order
  }

  /// Forgets the cached node order after a change of structure.
  func structureChanged() { cachedOrder = nil }

  /// The features' ordering constraints, merged.
  public func orderings() -> [Apply: [Apply]] {
    var all: [Apply: [Apply]] = [:]
    for feature in features {
      for (node, prerequisites) in feature.orderings(self) {
        var merged = all[node] ?? []
        for prerequisite in prerequisites where !merged.contains(prerequisite) {
          merged.append(prerequisite)
        }
        all[node] = merged
      }
    }
    return all
  }

  // MARK: Features

  /// Attaches `feature` (its `onAttach` sees the graph as it is).
  public func attach(_ feature: any Feature) throws {
    if features.contains(where: { $0 === feature }) { return }
    try feature.onAttach(self)
    features.append(feature)
  }

  /// Detaches `feature`.
  public func detach(_ feature: any Feature) {
    features.removeAll { $0 === feature }
    feature.onDetach(self)
  }

  /// The attached feature of type `type`, if any.
  public func feature<F: Feature>(_ type: F.Type) -> F? {
    for feature in features { if let match = feature as? F { return match } }
    return nil
  }

  /// Asks every feature whether the graph is acceptable.
  public func validate() throws {
    for feature in features { try feature.validate(self) }
  }

  // MARK: Importing and pruning

  func importVariable(_ variable: Variable, reason: String) throws {
    if let owner = variable.owner, !applyNodes.contains(owner) {
      try importNode(owner, reason: reason)
    } else if variable.owner == nil, !(variable is Constant), clientsOf[variable] == nil {
      throw GraphError.missingInput(message: "Undeclared input", trace: variable.trace)
    }
    if clientsOf[variable] == nil { clientsOf[variable] = [] }
  }

  func importNode(_ node: Apply, reason: String) throws {
    let newNodes = unknownNodes(from: node)
    for newNode in newNodes {
      for (index, input) in newNode.inputs.enumerated()
      where input.owner == nil && !(input is Constant) && clientsOf[input] == nil {
        throw GraphError.missingInput(
          message: "Input \(index) of the graph (indices start from 0), used to compute "
            + "\(newNode), was not provided and not given a value. Use the Theano flag "
            + "exception_verbosity='high', for more information on this error.",
          trace: input.trace)
      }
    }
    for newNode in newNodes where !applyNodes.contains(newNode) {
      applyNodes.insert(newNode)
      structureChanged()
      for output in newNode.outputs where clientsOf[output] == nil { clientsOf[output] = [] }
      for (index, input) in newNode.inputs.enumerated() {
        clientsOf[input, default: []].append(.node(newNode, index: index))
      }
      for feature in features { feature.onImport(self, node: newNode, reason: reason) }
    }
  }

  /// The nodes `root` depends on that are not in the graph yet, producers first (an iterative
  /// post-order walk that stops at variables the graph already has).
  private func unknownNodes(from root: Apply) -> [Apply] {
    var order: [Apply] = []
    var visited = Set<Apply>()
    var stack: [(Apply, Bool)] = [(root, false)]
    while let (node, expanded) = stack.popLast() {
      if expanded {
        order.append(node)
        continue
      }
      if applyNodes.contains(node) || !visited.insert(node).inserted { continue }
      stack.append((node, true))
      for input in node.inputs.reversed() {
        guard let owner = input.owner, clientsOf[input] == nil, !inputs.contains(input) else {
          continue
        }
        stack.append((owner, false))
      }
    }
    return order
  }

  /// Removes one use of `variable`, then prunes whatever became unused (iteratively).
  func removeClient(_ client: Client, of variable: Variable, reason: String) {
    var work = [(variable, client)]
    while let (current, use) = work.popLast() {
      guard var uses = clientsOf[current] else { continue }
      if let position = uses.firstIndex(of: use) { uses.remove(at: position) }
      clientsOf[current] = uses
      if !uses.isEmpty { continue }
      guard let owner = current.owner else {
        if !inputs.contains(current) { clientsOf[current] = nil }
        continue
      }
      guard applyNodes.contains(owner) else { continue }
      let used = owner.outputs.contains { !(clientsOf[$0]?.isEmpty ?? true) }
      if used { continue }
      applyNodes.remove(owner)
      structureChanged()
      for output in owner.outputs { clientsOf[output] = nil }
      for feature in features { feature.onPrune(self, node: owner, reason: reason) }
      for (index, input) in owner.inputs.enumerated() {
        work.append((input, .node(owner, index: index)))
      }
    }
  }
}
