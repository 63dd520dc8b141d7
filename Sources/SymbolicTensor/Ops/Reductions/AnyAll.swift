import NumericArrays
import SymbolicGraph

/// Logical or / and over some axes (Theano's `Any` and `All`, printed `Any`, `All{0}`): the
/// output is bool, and a non-bool input is compared with 0 first (`neq(x, 0)`).
public struct AnyAll: ShapeInferring {
  /// Which reduction.
  public enum Kind: Sendable, Hashable {
    /// Theano's `Any`: true where some element is.
    case any
    /// Theano's `All`: true where every element is.
    case all
  }

  /// Which reduction.
  public let kind: Kind
  /// The reduced axes (`nil`: all), deduplicated and sorted.
  public let axis: [Int]?

  /// Creates the op.
  public init(_ kind: Kind, axis: [Int]?) {
    self.kind = kind
    self.axis = axis.map { Array(Set($0)).sorted() }
  }

  private init(_ kind: Kind, normalizedAxis: [Int]?) {
    self.kind = kind
    self.axis = normalizedAxis
  }

  public var className: String { kind == .any ? "Any" : "All" }

  public var description: String {
    let name = kind == .any ? "Any" : "All"
    guard let axis else { return name }
    return "\(name){\(axis.map(String.init).joined(separator: ", "))}"
  }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("\(self) takes one input") }
    var input = inputs[0]
    _ = try requireTensor(input, op: description)
    if input.dtype != .bool {
      input = try elemwise(.neq, [input, constant(NDArray(scalar: .int(0), dtype: .int8))])
    }
    let axes = try checkedReductionAxes(axis, of: input)
    return Apply(
      op: AnyAll(kind, normalizedAxis: axes), inputs: [input],
      outputTypes: [TensorType(.bool, keptBroadcastable(input.broadcastable, axes))])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("\(self) input") }
    return [
      try reduceAxisByAxis(
        array, axes: axis, scalarOp: kind == .any ? .or : .and, accumulator: .bool, output: .bool)
    ]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [keptShape(inputShapes[0], axis)]
  }
}

/// `T.any(x, axis, keepdims)`.
public func any(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  let result = try AnyAll(.any, axis: axis)(x)
  return keep ? try keepDims(x, result, axis: axis) : result
}

/// `T.all(x, axis, keepdims)`.
public func all(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  let result = try AnyAll(.all, axis: axis)(x)
  return keep ? try keepDims(x, result, axis: axis) : result
}
