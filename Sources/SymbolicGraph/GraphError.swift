/// Errors of the graph core.
public enum GraphError: Error, CustomStringConvertible {
  /// A replacement's type differs from the type of the variable it replaces.
  case typeMismatch(expected: String, actual: String, reason: String)
  /// A variable needed by the graph is neither an input nor computable (Theano's
  /// `MissingInputError`); `trace` is where that variable was created.
  case missingInput(message: String, trace: [String])
  /// A variable or node is not part of the function graph.
  case notInGraph(String)
  /// A change would make the graph invalid (Theano's `InconsistencyError`).
  case inconsistency(String)
  /// An op lacks an optional capability.
  case notImplemented(op: String, method: String)
  /// A node failed while the compiled graph ran.
  case nodeFailed(NodeFailure)

  public var description: String {
    switch self {
    case .typeMismatch(let expected, let actual, let reason):
      return "The type of the replacement must be the same as the type of the original Variable."
        + " (\(reason): expected \(expected), got \(actual))"
    case .missingInput(let message, _): return message
    case .notInGraph(let what): return "\(what) is not in the graph"
    case .inconsistency(let message): return message
    case .notImplemented(let op, let method): return "\(op) does not implement \(method)"
    case .nodeFailed(let failure): return "\(failure.error)"
    }
  }
}

/// What a linker knows when a node fails: the node, its place in the order and its inputs.
///
/// Graph objects live on one thread; the error only travels up the same call stack, so it is
/// marked sendable without checking.
public struct NodeFailure: @unchecked Sendable {
  /// The failing node.
  public let node: Apply
  /// Its index in the linker's topological order.
  public let position: Int
  /// The runtime values of its inputs.
  public let inputValues: [Any]
  /// The error the op's `perform` threw.
  public let error: any Error
}
