/// One application of an ``Op`` to input variables (Theano's `Apply`).
///
/// The node holds its inputs strongly and its outputs without retaining them: an output nobody
/// refers to is dropped and made again, with the same type and index, the next time it is asked
/// for. This keeps the object graph free of reference cycles (`Variable.owner` is the only edge
/// back). The cache is unretained rather than `weak`, because a weak reference moves every
/// retain and release of the object to Swift's slow side-table path; a dying output removes
/// itself from the cache in its `deinit` (graph objects live on one thread).
public final class Apply: Hashable, CustomStringConvertible {
  /// The operation.
  public let op: any Op
  /// The input variables, in order.
  public internal(set) var inputs: [Variable]
  /// The output types, fixed at creation.
  public let outputTypes: [any VariableType]
  /// The Python-level call stack when the node was created, as preformatted frame lines
  /// (`  File "doc.md", line 3, in <module>\n    z = ...\n`); empty when unknown.
  public var trace: [String]
  private var outputCache: [Unmanaged<Variable>?]

  /// Creates a node; most callers use an op's `makeNode(_:)` instead.
  /// - Parameters:
  ///   - op: the operation.
  ///   - inputs: its inputs.
  ///   - outputTypes: the types of its outputs.
  public init(op: any Op, inputs: [Variable], outputTypes: [any VariableType]) {
    self.op = op
    self.inputs = inputs
    self.outputTypes = outputTypes
    self.trace = NodeTrace.current
    self.outputCache = Array(repeating: nil, count: outputTypes.count)
    NodeLog.current?.nodes.append(self)
  }

  /// The output variables, in order.
  public var outputs: [Variable] {
    (0..<outputTypes.count).map { output($0) }
  }

  /// The output at `index`, made again if it was dropped.
  public func output(_ index: Int) -> Variable {
    if let existing = outputCache[index] { return existing.takeUnretainedValue() }
    let made = Variable(type: outputTypes[index], owner: self, index: index)
    outputCache[index] = Unmanaged.passUnretained(made)
    return made
  }

  /// Called by a dying output: its cache slot no longer refers to it.
  func forgetOutput(_ variable: Variable, at index: Int) {
    if outputCache[index]?.toOpaque() == Unmanaged.passUnretained(variable).toOpaque() {
      outputCache[index] = nil
    }
  }

  /// The single output of a one-output node (its first output otherwise).
  public var out: Variable { output(0) }

  /// A node with the same op and the given inputs (Theano's `clone_with_new_inputs`, unchecked).
  public func cloneWithNewInputs(_ newInputs: [Variable]) throws -> Apply {
    let node = try op.makeNode(newInputs)
    node.trace = trace
    return node
  }

  /// Theano's `str(apply)`: `Op(input, input, ...)`.
  public var description: String {
    "\(op)(\(inputs.map(\.description).joined(separator: ", ")))"
  }

  public static func == (lhs: Apply, rhs: Apply) -> Bool { lhs === rhs }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// The creation back-trace that new nodes record (Theano's `tag.trace`).
///
/// The engine does not know where nodes come from; a host (the Python bridge) that wants nodes
/// to remember their creation site binds the frames around the calls that build them:
/// `NodeTrace.$current.withValue(frames) { try join(...) }`.
public enum NodeTrace {
  /// Frames recorded by nodes created in the current scope.
  @TaskLocal public static var current: [String] = []
}

/// The nodes created in a scope, in creation order, for a host that acts on every new node (the
/// Python bridge computes Theano's test values): `NodeLog.$current.withValue(log) { ... }`.
///
/// Graph objects live on one thread; a log is only bound and read on the thread building the
/// graph, so it is marked sendable without checking.
public final class NodeLog: @unchecked Sendable {
  /// The nodes created so far.
  public fileprivate(set) var nodes: [Apply] = []

  /// Creates an empty log.
  public init() {}

  /// The log new nodes are added to, if any.
  @TaskLocal public static var current: NodeLog?
}
