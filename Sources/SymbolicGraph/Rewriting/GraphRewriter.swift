/// A rewrite of a whole graph (Theano's global `Optimizer`).
public protocol GraphRewriter: Sendable {
  /// The Theano name.
  var name: String { get }
  /// Attaches the features the rewrite needs.
  func addRequirements(_ fgraph: FunctionGraph) throws
  /// Rewrites `fgraph` in place.
  func apply(to fgraph: FunctionGraph) throws
}

extension GraphRewriter {
  public func addRequirements(_ fgraph: FunctionGraph) throws {}
}

/// Runs graph rewriters one after the other (Theano's `SeqOptimizer`).
public struct SequenceRewriter: GraphRewriter {
  public let name: String
  /// The rewriters, in order.
  public let steps: [any GraphRewriter]

  /// Creates a sequence.
  public init(name: String, steps: [any GraphRewriter]) {
    self.name = name
    self.steps = steps
  }

  public func apply(to fgraph: FunctionGraph) throws {
    for step in steps {
      try step.addRequirements(fgraph)
      try step.apply(to: fgraph)
    }
  }
}

/// Walks the nodes once in topological order and runs node rewriters on each (Theano's
/// `TopoOptimizer`); nodes the rewrites create are queued and visited too unless
/// `ignoreNewTrees`.
public struct WalkingRewriter: GraphRewriter {
  /// The direction of the walk.
  public enum Order: Sendable {
    /// From the inputs towards the outputs.
    case inToOut
    /// From the outputs towards the inputs.
    case outToIn
  }

  public let name: String
  /// The node rewriters, tried in order on each node until one changes it.
  public let rewriters: [NodeRewriter]
  /// The direction.
  public let order: Order
  /// Whether nodes created by the rewrites are left alone.
  public let ignoreNewTrees: Bool

  /// Creates a walking rewriter.
  public init(
    name: String, rewriters: [NodeRewriter], order: Order = .inToOut, ignoreNewTrees: Bool = false
  ) {
    self.name = name
    self.rewriters = rewriters
    self.order = order
    self.ignoreNewTrees = ignoreNewTrees
  }

  public func apply(to fgraph: FunctionGraph) throws {
    var queue = fgraph.nodesInOrder()
    var head = 0
    let tracker = NewNodeTracker()
    if !ignoreNewTrees { try fgraph.attach(tracker) }
    defer { if !ignoreNewTrees { fgraph.detach(tracker) } }
    while head < queue.count {
      let node: Apply
      if order == .outToIn {
        node = queue.removeLast()
      } else {
        node = queue[head]
        head += 1
      }
      guard fgraph.applyNodes.contains(node) else { continue }
      try Interruption.checkpoint()
      tracker.current = ObjectIdentifier(node)
      for rewriter in rewriters where rewriter.applies(to: node) {
        if try rewriter.runUnchecked(on: node, in: fgraph) { break }
      }
      queue.append(contentsOf: tracker.takeImported())
    }
  }
}

/// Repeats node rewriters over the graph until none applies (Theano's `EquilibriumOptimizer`).
///
/// Each pass runs the global rewriters, then visits the nodes from the outputs towards the inputs
/// (a stack: nodes created by a rewrite are visited next unless `ignoreNewTrees`), trying on each
/// node the rewriters that track every op, then those tracking its op type, then those tracking
/// its op instance, all in registration order; after a success the remaining rewriters are
/// still tried while the node is in the graph. The clean-up rewriters (merge) run after every
/// success, and the final rewriters (a constant-folding walk each) at the end of the pass.
public struct EquilibriumRewriter: GraphRewriter {
  public let name: String
  /// Node rewriters, in registration order.
  public let rewriters: [NodeRewriter]
  /// Graph rewriters run at the start of every pass.
  public let globalRewriters: [any GraphRewriter]
  /// Node rewriters run as a whole-graph walk (new trees ignored) at the end of every pass.
  public let finalRewriters: [NodeRewriter]
  /// Graph rewriters run after every change.
  public let cleanup: [any GraphRewriter]
  /// Whether nodes created during a pass wait for the next pass.
  public let ignoreNewTrees: Bool
  /// A rewrite may apply at most this many times the largest node count (Theano's
  /// `optdb.max_use_ratio`).
  public let maxUseRatio: Double
  /// The rewriters by the ops they track, built once.
  private let table: RewriterTable

  /// Creates an equilibrium rewriter.
  public init(
    name: String, rewriters: [NodeRewriter], globalRewriters: [any GraphRewriter] = [],
    finalRewriters: [NodeRewriter] = [], cleanup: [any GraphRewriter] = [],
    ignoreNewTrees: Bool = true, maxUseRatio: Double = 8
  ) {
    self.name = name
    self.rewriters = rewriters
    self.globalRewriters = globalRewriters
    self.finalRewriters = finalRewriters
    self.cleanup = cleanup
    self.ignoreNewTrees = ignoreNewTrees
    self.maxUseRatio = maxUseRatio
    self.table = RewriterTable(rewriters)
  }

  public func addRequirements(_ fgraph: FunctionGraph) throws {
    for step in globalRewriters + cleanup { try step.addRequirements(fgraph) }
  }

  public func apply(to fgraph: FunctionGraph) throws {
    let changes = ChangeTracker()
    try fgraph.attach(changes)
    defer { fgraph.detach(changes) }
    var uses: [String: Int] = [:]
    var maxNodes = Double(fgraph.applyNodes.count)
    var changed = true
    var aborted = false

    func runGraphRewriter(_ rewriter: any GraphRewriter) throws -> Bool {
      changes.changed = false
      try rewriter.apply(to: fgraph)
      return changes.changed
    }
    func runCleanup() throws -> Bool {
      var any = false
      for step in cleanup where try runGraphRewriter(step) { any = true }
      return any
    }
    func count(_ name: String) {
      uses[name, default: 0] += 1
      if Double(uses[name]!) > maxNodes * maxUseRatio { aborted = true }
    }

    while changed && !aborted {
      changed = false
      for rewriter in globalRewriters where try runGraphRewriter(rewriter) {
        changed = true
        count(rewriter.name)
      }
      if try runCleanup() { changed = true }

      var queue = fgraph.nodesInOrder()
      maxNodes = max(maxNodes, Double(queue.count))
      let tracker = NewNodeTracker()
      if !ignoreNewTrees { try fgraph.attach(tracker) }
      defer { if !ignoreNewTrees { fgraph.detach(tracker) } }
      while let node = queue.popLast() {
        guard fgraph.applyNodes.contains(node) else { continue }
        try Interruption.checkpoint()
        tracker.current = ObjectIdentifier(node)
        for rewriter in table.rewriters(for: node) {
          let applied = try rewriter.runUnchecked(on: node, in: fgraph)
          queue.append(contentsOf: tracker.takeImported())
          guard applied else { continue }
          changed = true
          count(rewriter.name)
          if try runCleanup() { changed = true }
          queue.append(contentsOf: tracker.takeImported())
          if !fgraph.applyNodes.contains(node) { break }
        }
      }

      for rewriter in finalRewriters {
        changes.changed = false
        try WalkingRewriter(name: rewriter.name, rewriters: [rewriter], ignoreNewTrees: true)
          .apply(to: fgraph)
        if changes.changed {
          changed = true
          count(rewriter.name)
        }
      }
      if try runCleanup() { changed = true }
    }
  }
}

/// The rewriters to try on a node: those tracking every op, then its op type, then its op
/// instance (Theano's `local_optimizers_all + map[type(op)] + map[op]`).
///
/// Immutable after `init`; its op keys come from `Op.trackingKey` (ops are `Sendable`). The
/// lists per op type are concatenated once, and an op's tracking key is computed only when some
/// rewriter tracks an instance of its type.
private struct RewriterTable: @unchecked Sendable {
  /// Rewriters tracking every op.
  private var all: [NodeRewriter] = []
  /// Per op type: `all` followed by the rewriters tracking that type.
  private var byType: [ObjectIdentifier: [NodeRewriter]] = [:]
  /// Per tracking key: the rewriters tracking that op instance.
  private var byOp: [AnyHashable: [NodeRewriter]] = [:]
  /// The op types of which some instance is tracked.
  private var keyedTypes: Set<ObjectIdentifier> = []

  init(_ rewriters: [NodeRewriter]) {
    var typed: [ObjectIdentifier: [NodeRewriter]] = [:]
    for rewriter in rewriters {
      guard let types = rewriter.tracks else {
        all.append(rewriter)
        continue
      }
      for type in types { typed[type, default: []].append(rewriter) }
      for key in rewriter.trackedOps { byOp[key, default: []].append(rewriter) }
      keyedTypes.formUnion(rewriter.trackedOpTypes)
    }
    byType = typed.mapValues { all + $0 }
  }

  func rewriters(for node: Apply) -> [NodeRewriter] {
    let type = ObjectIdentifier(Swift.type(of: node.op))
    let base = byType[type] ?? all
    guard keyedTypes.contains(type), let keyed = byOp[node.op.trackingKey] else { return base }
    return base + keyed
  }
}

/// Records whether the graph changed (Theano's `ChangeTracker`).
private final class ChangeTracker: Feature {
  var changed = false

  func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) { changed = true }

  func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String
  ) { changed = true }
}

/// Collects the nodes imported while a walk runs (except the node being rewritten), so they are
/// visited too (Theano's `Updater` importer).
private final class NewNodeTracker: Feature {
  private var imported: [Apply] = []
  /// The node being rewritten (an identity only: holding it, even weakly, would slow every
  /// reference count of the node).
  var current: ObjectIdentifier?

  func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) {
    if ObjectIdentifier(node) != current { imported.append(node) }
  }

  func takeImported() -> [Apply] {
    defer { imported = [] }
    return imported
  }
}
