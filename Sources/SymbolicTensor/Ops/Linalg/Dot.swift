import NumericArrays
import SymbolicGraph

/// The product of vectors and matrices (Theano's `Dot`, printed `dot`).
public struct Dot: ShapeInferring {
  /// The typing configuration.
  public let context: TypingContext

  /// Creates the op.
  public init(context: TypingContext = .init()) { self.context = context }

  public var description: String { "dot" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 2 else { throw TensorError.type("dot takes two inputs") }
    let a = try requireTensor(inputs[0], op: "dot")
    let b = try requireTensor(inputs[1], op: "dot")
    guard (1...2).contains(a.ndim), (1...2).contains(b.ndim) else {
      throw TensorError.type(
        "theano.tensor.dot instead of tensor.basic.dot to get ND dot product with "
          + "dimensions \(a.ndim) and \(b.ndim)")
    }
    let broadcastable = Array(a.broadcastable.dropLast()) + Array(b.broadcastable.dropFirst())
    let dtype = upcast([a.dtype, b.dtype], context: context)
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let a = inputs[0] as? NDArray, let b = inputs[1] as? NDArray else {
      throw TensorError.type("dot inputs")
    }
    let dtype = (node.outputTypes[0] as! TensorType).dtype
    let product = try NDArray.dot(a, b)
    return [product.dtype == dtype ? product : product.astype(dtype)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [Array(inputShapes[0].dropLast()) + Array(inputShapes[1].dropFirst())]
  }
}

/// `T.dot(a, b)` as Theano's `basic.dot`: a product with a scalar is element-wise, one with more
/// than 2 axes a `tensordot` over the last axis of `a` and the second-to-last of `b`, the rest a
/// `dot` node.
public func dot(_ a: Variable, _ b: Variable, context: TypingContext = .init()) throws -> Variable {
  if a.ndim == 0 || b.ndim == 0 { return try elemwise(.mul, [a, b], context: context) }
  if a.ndim > 2 || b.ndim > 2 {
    return try tensordot(
      a, b, axes: .pairs([a.ndim - 1], [Swift.max(0, b.ndim - 2)]), context: context)
  }
  return try Dot(context: context)(a, b)
}

/// `T.outer(x, y)`: the `dot` of `x` as a column with `y` as a row (operands of other ranks are
/// flattened first).
public func outer(_ x: Variable, _ y: Variable, context: TypingContext = .init()) throws -> Variable {
  let column = x.ndim == 1 ? x : try flatten(x, ndim: 1)
  let row = y.ndim == 1 ? y : try flatten(y, ndim: 1)
  return try dot(
    try dimshuffle(column, [.axis(0), .broadcast]), try dimshuffle(row, [.broadcast, .axis(0)]),
    context: context)
}
