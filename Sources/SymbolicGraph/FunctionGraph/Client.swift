/// A use of a variable inside a ``FunctionGraph``: input `index` of a node, or output `index` of
/// the graph (Theano's `(node, i)` and `('output', i)` client pairs).
public enum Client: Hashable, CustomStringConvertible {
  /// The variable is input `index` of `node`.
  case node(Apply, index: Int)
  /// The variable is output `index` of the graph.
  case output(index: Int)

  /// The node, when the client is a node.
  public var node: Apply? {
    switch self {
    case .node(let node, _): return node
    case .output: return nil
    }
  }

  /// Theano prints graph outputs as `'output'` and node clients as the node.
  public var description: String {
    switch self {
    case .node(let node, _): return node.description
    case .output: return "'output'"
    }
  }
}
