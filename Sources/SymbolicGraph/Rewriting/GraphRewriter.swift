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
/// `TopoOptimizer`); nodes the rewrites create are visited too unless `ignoreNewTrees`.
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

  /// Creates a walking rewriter.
  public init(name: String, rewriters: [NodeRewriter], order: Order = .inToOut) {
    self.name = name
    self.rewriters = rewriters
    self.order = order
  }

  public func apply(to fgraph: FunctionGraph) throws {
    var nodes = try ioToposort(inputs: fgraph.inputs, outputs: fgraph.outputs)
    if order == .outToIn { nodes.reverse() }
    for node in nodes where fgraph.applyNodes.contains(node) {
      try Interruption.checkpoint()
      for rewriter in rewriters {
        if try rewriter.run(on: node, in: fgraph) { break }
      }
    }
  }
}

/// Repeats node rewriters over the graph until none applies (Theano's `EquilibriumOptimizer`).
///
/// Each pass visits the nodes from the outputs towards the inputs, then runs the final rewriters
/// (a walk each) and the clean-up graph rewriters (typically merge).
public struct EquilibriumRewriter: GraphRewriter {
  public let name: String
  /// Node rewriters tried on every node.
  public let rewriters: [NodeRewriter]
  /// Node rewriters run as a whole-graph walk at the end of every pass.
  public let finalRewriters: [NodeRewriter]
  /// Graph rewriters run after every pass.
  public let cleanup: [any GraphRewriter]
  /// A bound on passes, so a pair of rewrites undoing each other cannot loop forever.
  public let maxPasses: Int

  /// Creates an equilibrium rewriter.
  public init(
    name: String, rewriters: [NodeRewriter], finalRewriters: [NodeRewriter] = [],
    cleanup: [any GraphRewriter] = [], maxPasses: Int = 100
  ) {
    self.name = name
    self.rewriters = rewriters.filter { $0.tracks == nil } + rewriters.filter { $0.tracks != nil }
    self.finalRewriters = finalRewriters
    self.cleanup = cleanup
    self.maxPasses = maxPasses
  }

  public func addRequirements(_ fgraph: FunctionGraph) throws {
    for step in cleanup { try step.addRequirements(fgraph) }
  }

  public func apply(to fgraph: FunctionGraph) throws {
    let tracker = NewNodeTracker()
    try fgraph.attach(tracker)
    defer { fgraph.detach(tracker) }
    for _ in 0..<maxPasses {
      var changed = false
      var queue = try ioToposort(inputs: fgraph.inputs, outputs: fgraph.outputs)
      _ = tracker.takeImported()
      while let node = queue.popLast() {
        try Interruption.checkpoint()
        for rewriter in rewriters where fgraph.applyNodes.contains(node) {
          if try rewriter.run(on: node, in: fgraph) {
            changed = true
            queue.append(contentsOf: tracker.takeImported())
            break
          }
        }
      }
      if !finalRewriters.isEmpty {
        for node in try ioToposort(inputs: fgraph.inputs, outputs: fgraph.outputs) {
          try Interruption.checkpoint()
          for rewriter in finalRewriters where try rewriter.run(on: node, in: fgraph) {
            changed = true
            break
          }
        }
      }
      for step in cleanup { try step.apply(to: fgraph) }
      if !changed { return }
    }
  }
}

/// Collects the nodes imported while an equilibrium pass runs, so they are visited too.
private final class NewNodeTracker: Feature {
  private var imported: [Apply] = []

  func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) { imported.append(node) }

  func takeImported() -> [Apply] {
    defer { imported = [] }
    return imported
  }
}
