import SymbolicGraph

/// An op whose behaviour a host supplies at run time (for example a Python class deriving from
/// `theano.Op`, as in Theano's "extending Theano" tutorial: `__props__`, `make_node`, `perform`,
/// `infer_shape`, `grad`).
///
/// Equality and hashing come from the class name and the `__props__` values, as in Theano; the
/// behaviour object is not part of the identity.
public struct HostOp: ShapeInferring {
  /// The behaviour a host implements.
  public protocol Behavior: AnyObject {
    /// The printed name (Theano's `str(op)`: the class name, or `Name{prop=value,...}`).
    var printedName: String { get }
    /// The output types for these inputs (Theano's `make_node`); throws to reject them.
    func outputTypes(_ inputs: [Variable]) throws -> [any VariableType]
    /// The outputs' values (Theano's `perform`).
    func perform(_ node: Apply, inputs: [Any]) throws -> [Any]
    /// The outputs' shapes, or nil when the op has no `infer_shape`.
    func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?]?
    /// The inputs' gradients (Theano's `grad`), or nil when the op has none.
    func gradient(_ inputs: [Variable], outputGradients: [Variable]) throws -> [Variable]?
  }

  /// The op's class name.
  public let className: String
  /// The values of its `__props__`, in order.
  public let props: [AnyHashable]
  /// The behaviour.
  public let behavior: any Behavior

  /// Creates an op.
  public init(className: String, props: [AnyHashable], behavior: any Behavior) {
    self.className = className
    self.props = props
    self.behavior = behavior
  }

  public static func == (lhs: HostOp, rhs: HostOp) -> Bool {
    lhs.className == rhs.className && lhs.props == rhs.props
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(className)
    hasher.combine(props)
  }

  public var description: String { behavior.printedName }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    Apply(op: self, inputs: inputs, outputTypes: try behavior.outputTypes(inputs))
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    try behavior.perform(node, inputs: inputs)
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    guard let shapes = try behavior.inferShape(node, inputShapes: inputShapes) else {
      throw GraphError.notImplemented(op: description, method: "infer_shape")
    }
    return shapes
  }

  public func gradient(_ inputs: [Variable], outputGradients: [Variable]) throws -> [Variable] {
    guard let gradients = try behavior.gradient(inputs, outputGradients: outputGradients) else {
      throw GraphError.notImplemented(op: description, method: "grad")
    }
    return gradients
  }
}
