/// Merges equal constants and equal computations (Theano's `MergeOptimizer`).
///
/// Two constants merge when their signatures (type and value) are equal; two nodes merge when
/// their ops are equal and their inputs are the same variables. The work is incremental: a
/// ``MergeFeature`` on the graph notices every node and constant as it arrives and schedules the
/// merges it makes possible, and a merge rewriter carries out what is scheduled, the latest first,
/// as Theano does. The later of two equal nodes or constants gives way to the earlier one.
public struct MergeRewriter: GraphRewriter {
  public let name: String

  /// Creates a merge rewriter named `name` (Theano registers several: `merge1`, `merge2`, ...).
  public init(name: String = "merge") { self.name = name }

  public func addRequirements(_ fgraph: FunctionGraph) throws {
    if fgraph.feature(MergeFeature.self) == nil { try fgraph.attach(MergeFeature()) }
  }

  public func apply(to fgraph: FunctionGraph) throws {
    try addRequirements(fgraph)
    guard let feature = fgraph.feature(MergeFeature.self) else { return }
    defer { feature.blacklist = [] }
    while let proposals = feature.scheduled.popLast() {
      for pairs in proposals {
        // Theano keeps the `fgraph` attribute of a pruned node's outputs, so a merge into a node
        // pruned since it was scheduled still happens and brings that node back.
        guard let (old, new) = pairs.first, fgraph.contains(old),
          fgraph.contains(new) || new.owner != nil
        else { continue }
        if let node = old.owner, let candidate = new.owner {
          // The graph may have changed since the merge was scheduled.
          guard zip(node.inputs, candidate.inputs).allSatisfy({ $0 === $1 }) else { continue }
          if fgraph.feature(DestroyHandler.self) != nil && destroyedTwice(old, new, in: fgraph) {
            continue
          }
        }
        do {
          if pairs.allSatisfy({ $0.0 is Constant }) {
            for (old, new) in pairs { try fgraph.replace(old, with: new, reason: Self.reason) }
          } else {
            try fgraph.replaceAllValidate(pairs, reason: Self.reason)
          }
        } catch GraphError.inconsistency {
          if let node = old.owner, let candidate = new.owner {
            feature.blacklist.append((ObjectIdentifier(node), ObjectIdentifier(candidate)))
          }
          continue
        }
        break
      }
    }
  }

  /// The reason Theano gives for merge replacements.
  static let reason = "MergeOptimizer"

  /// Whether more than one client of `a` and `b` destroys the variable it reads.
  private func destroyedTwice(_ a: Variable, _ b: Variable, in fgraph: FunctionGraph) -> Bool {
    let destroyers = (fgraph.clients(of: a) + fgraph.clients(of: b)).filter { client in
      guard case .node(let node, let index) = client else { return false }
      return node.op.destroyMap.values.contains { $0.contains(index) }
    }
    return destroyers.count > 1
  }
}

/// Remembers which nodes and constants of a graph are distinct, and schedules a merge whenever
/// one arrives (or changes its inputs) that equals one already seen (Theano's `MergeFeature`).
public final class MergeFeature: Feature {
  /// Proposed merges, each a list of alternatives (replacement pairs), the first that succeeds
  /// wins.
  var scheduled: [[[(Variable, Variable)]]] = []
  /// Node pairs whose merge failed during the current merge run.
  var blacklist: [(ObjectIdentifier, ObjectIdentifier)] = []
  /// Nodes known to differ from every other seen node.
  private var seenNodes: Set<Apply> = []
  /// The seen nodes without inputs, in the order they were seen.
  private var inputlessNodes: [Apply] = []
  /// Constants already processed.
  private var seenConstants: Set<Variable> = []
  /// The representative constant of each signature.
  private var representatives: [ConstantSignature: Constant] = [:]

  /// Creates the feature.
  public init() {}

  public func onAttach(_ fgraph: FunctionGraph) throws {
    for node in try fgraph.toposort() { onImport(fgraph, node: node, reason: "on_attach") }
  }

  public func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) {
    for case let constant as Constant in node.inputs { process(constant) }
    process(node, in: fgraph)
  }

  public func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String
  ) {
    if let node = client.node, seenNodes.remove(node) != nil { process(node, in: fgraph) }
    if let constant = new as? Constant { process(constant) }
  }

  public func onPrune(_ fgraph: FunctionGraph, node: Apply, reason: String) {
    seenNodes.remove(node)
    if node.inputs.isEmpty { inputlessNodes.removeAll { $0 === node } }
    for case let constant as Constant in node.inputs where fgraph.clients(of: constant).count <= 1 {
      // This node was the constant's last use.
      if representatives[constant.signature] === constant {
        representatives[constant.signature] = nil
      }
      seenConstants.remove(constant)
    }
  }

  private func process(_ constant: Constant) {
    if seenConstants.contains(constant) { return }
    let signature = constant.signature
    if let kept = representatives[signature] {
      // Of several names, the last one stays (as in Theano).
      if let name = constant.name { kept.name = name }
      scheduled.append([[(constant, kept)]])
    } else {
      representatives[signature] = constant
      seenConstants.insert(constant)
    }
  }

  private func process(_ node: Apply, in fgraph: FunctionGraph) {
    if seenNodes.contains(node) { return }
    let candidates: [Apply]
    if let first = node.inputs.first, let last = node.inputs.last {
      // The shorter of the first and last inputs' client lists (constants have many clients).
      let firstClients = fgraph.clients(of: first)
      let lastClients = fgraph.clients(of: last)
      let clients = firstClients.count < lastClients.count ? firstClients : lastClients
      candidates = clients.compactMap(\.node).filter { seenNodes.contains($0) }
    } else {
      candidates = inputlessNodes
    }
    var proposals: [[(Variable, Variable)]] = []
    for candidate in candidates
    where candidate !== node && candidate.inputs.count == node.inputs.count
      && zip(node.inputs, candidate.inputs).allSatisfy({ $0 === $1 })
      && opsEqual(node.op, candidate.op)
    {
      if blacklist.contains(where: {
        $0 == (ObjectIdentifier(node), ObjectIdentifier(candidate))
      }) {
        continue
      }
      let pairs = Array(zip(node.outputs, candidate.outputs))
      // One of the names has to go; the node's wins (as in Theano).
      for (output, kept) in pairs where output.name != nil { kept.name = output.name }
      proposals.append(pairs)
    }
    if proposals.isEmpty {
      seenNodes.insert(node)
      if node.inputs.isEmpty { inputlessNodes.append(node) }
    } else {
      scheduled.append(proposals)
    }
  }
}
