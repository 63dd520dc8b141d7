/// An operation of the graph (Theano's `Op`).
///
/// Ops are small value types whose stored properties are Theano's `__props__`, so equality and
/// hashing (which merging relies on) come from `Hashable`. An op builds its nodes (checking and
/// typing its inputs), computes on runtime values, and prints itself as Theano does. Optional
/// capabilities (shape inference, gradients) are protocols refining this one or defaulted
/// requirements, so an op defined elsewhere (for example in a document's Python) can conform
/// through a wrapper.
public protocol Op: Hashable, CustomStringConvertible {
  /// Builds a node applying this op to `inputs` (Theano's `make_node`).
  /// - Throws: the op module's error when the inputs do not fit.
  func makeNode(_ inputs: [Variable]) throws -> Apply

  /// Computes the outputs of `node` from the runtime values of its inputs.
  /// - Parameters:
  ///   - node: the node being computed (for its types and constant inputs).
  ///   - inputs: one value per input, in order.
  /// - Returns: one value per output.
  func perform(_ node: Apply, inputs: [Any]) throws -> [Any]

  /// Outputs that overwrite inputs: output index → input indices (Theano's `destroy_map`).
  var destroyMap: [Int: [Int]] { get }

  /// Outputs that alias inputs: output index → input indices (Theano's `view_map`).
  var viewMap: [Int: [Int]] { get }

  /// The symbolic gradients of the inputs given the gradients of the outputs (Theano's `grad`).
  /// - Throws: ``GraphError/notImplemented(op:method:)`` by default.
  func gradient(_ inputs: [Variable], outputGradients: [Variable]) throws -> [Variable]

  /// Whether constant folding may replace nodes of this op whose inputs are all constants.
  func doesConstantFolding(_ node: Apply) -> Bool

  /// The key by which rewrites tracking op instances recognise this op (Theano's op `__eq__`,
  /// which may ignore some stored properties); the op itself by default.
  var trackingKey: AnyHashable { get }

  /// The name of Theano's class for this op (`type(op).__name__`); by default the conforming
  /// type's name.
  var className: String { get }
}

extension Op {
  public var destroyMap: [Int: [Int]] { [:] }
  public var viewMap: [Int: [Int]] { [:] }
  public func gradient(_ inputs: [Variable], outputGradients: [Variable]) throws -> [Variable] {
    throw GraphError.notImplemented(op: description, method: "grad")
  }
  public func doesConstantFolding(_ node: Apply) -> Bool { true }
  public var trackingKey: AnyHashable { AnyHashable(self) }
  public var className: String { String(describing: Self.self) }

  /// Whether `other` is an equal op (same kind and same props).
  public func isEqual(_ other: any Op) -> Bool {
    guard let other = other as? Self else { return false }
    return other == self
  }

  /// Builds a node and returns its first output (Theano's `op(*inputs)`).
  public func callAsFunction(_ inputs: Variable...) throws -> Variable {
    try makeNode(inputs).out
  }
}

/// Compares two op existentials.
public func opsEqual(_ a: any Op, _ b: any Op) -> Bool { a.isEqual(b) }
