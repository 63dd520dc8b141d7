/// A local rewrite: looks at one node and proposes replacements for its outputs (Theano's
/// `local_optimizer`, PyTensor's `NodeRewriter`).
///
/// `transform` returns `nil` for "no change", or one replacement per output of the node.
public struct NodeRewriter: Sendable {
  /// The rewrite's Theano name (`local_shape_to_shape_i`), by which flags include or exclude it.
  public let name: String
  /// The op types it applies to; `nil` means every node.
  public let tracks: [ObjectIdentifier]?
  /// The rewrite itself.
  public let transform: @Sendable (FunctionGraph, Apply) throws -> [Variable]?

  /// Creates a rewrite.
  /// - Parameters:
  ///   - name: its Theano name.
  ///   - tracks: the op types it looks at (`nil`: all).
  ///   - transform: the rewrite.
  public init(
    name: String, tracks: [any Op.Type]? = nil,
    transform: @escaping @Sendable (FunctionGraph, Apply) throws -> [Variable]?
  ) {
    self.name = name
    self.tracks = tracks?.map { ObjectIdentifier($0) }
    self.transform = transform
  }

  /// Whether the rewrite looks at `node`.
  public func applies(to node: Apply) -> Bool {
    guard let tracks else { return true }
    return tracks.contains(ObjectIdentifier(type(of: node.op)))
  }

  /// Runs the rewrite on `node` and commits its result; returns whether the graph changed.
  ///
  /// A rewrite whose result the graph's features reject is undone and counts as no change.
  @discardableResult
  public func run(on node: Apply, in fgraph: FunctionGraph) throws -> Bool {
    guard fgraph.applyNodes.contains(node), applies(to: node) else { return false }
    guard let replacements = try transform(fgraph, node) else { return false }
    let outputs = node.outputs
    guard replacements.count == outputs.count else {
      throw GraphError.inconsistency(
        "rewrite \(name) returned \(replacements.count) replacements for \(outputs.count) outputs")
    }
    let pairs = zip(outputs, replacements).filter { $0.0 !== $0.1 }
    if pairs.isEmpty { return false }
    do {
      try fgraph.replaceAllValidate(pairs, reason: name)
    } catch GraphError.inconsistency {
      return false
    }
    return true
  }
}
