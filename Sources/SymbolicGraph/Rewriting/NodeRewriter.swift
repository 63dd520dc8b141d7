/// A local rewrite: looks at one node and proposes replacements for its outputs (Theano's
/// `local_optimizer`, PyTensor's `NodeRewriter`).
///
/// `transform` returns `nil` for "no change", or one replacement per output of the node.
public struct NodeRewriter: @unchecked Sendable {
  /// The rewrite's Theano name (`local_shape_to_shape_i`), by which flags include or exclude it.
  public let name: String
  /// The op types it applies to; `nil` (with no tracked ops) means every node.
  public let tracks: [ObjectIdentifier]?
  /// The op instances it applies to, by ``Op/trackingKey`` (Theano's `tracks=[T.mul]`).
  public let trackedOps: [AnyHashable]
  /// The types of the op instances it applies to.
  public let trackedOpTypes: [ObjectIdentifier]
  /// The rewrite itself.
  public let transform: @Sendable (FunctionGraph, Apply) throws -> [Variable]?

  /// Creates a rewrite.
  /// - Parameters:
  ///   - name: its Theano name.
  ///   - tracks: the op types it looks at (`nil`: all, unless `tracksOps` is given).
  ///   - tracksOps: op instances it looks at (any op equal to one of them, by tracking key).
  ///   - transform: the rewrite.
  public init(
    name: String, tracks: [any Op.Type]? = nil, tracksOps: [any Op] = [],
    transform: @escaping @Sendable (FunctionGraph, Apply) throws -> [Variable]?
  ) {
    self.name = name
    let types = tracks?.map { ObjectIdentifier($0) }
    self.tracks = types ?? (tracksOps.isEmpty ? nil : [])
    self.trackedOps = tracksOps.map(\.trackingKey)
    self.trackedOpTypes = tracksOps.map { ObjectIdentifier(type(of: $0)) }
    self.transform = transform
  }

  /// Whether the rewrite looks at every node (Theano's `tracks()` returning `None`).
  public var tracksEverything: Bool { tracks == nil }

  /// Whether the rewrite looks at `node`.
  public func applies(to node: Apply) -> Bool {
    guard let tracks else { return true }
    return tracks.contains(ObjectIdentifier(type(of: node.op)))
      || (!trackedOps.isEmpty && trackedOps.contains(node.op.trackingKey))
  }

  /// Runs the rewrite on `node` and commits its result; returns whether the graph changed.
  ///
  /// A rewrite whose result the graph's features reject is undone and counts as no change.
  @discardableResult
  public func run(on node: Apply, in fgraph: FunctionGraph) throws -> Bool {
    guard fgraph.applyNodes.contains(node), applies(to: node) else { return false }
    return try runUnchecked(on: node, in: fgraph)
  }

  /// Runs the rewrite on a node already known to be tracked and in the graph. A rewrite that
  /// fails counts as no change, as Theano's `on_opt_error='warn'` does.
  func runUnchecked(on node: Apply, in fgraph: FunctionGraph) throws -> Bool {
    guard let replacements = try? transform(fgraph, node) else { return false }
    let outputs = node.outputs
    guard replacements.count == outputs.count else {
      throw GraphError.inconsistency(
        "rewrite \(name) returned \(replacements.count) replacements for \(outputs.count) outputs")
    }
    let pairs = zip(outputs, replacements).filter { $0.0 !== $0.1 }
    if pairs.isEmpty { return false }
    do {
      try fgraph.replaceAllValidate(pairs, reason: name)
    } catch {
      return false
    }
    return true
  }
}
