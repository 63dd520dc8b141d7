import NumericArrays
import SymbolicGraph

/// An element-wise change of dtype (Theano's `Elemwise{Cast{float64}}`; `float64(x)` in `pp`).
public struct Cast: ShapeInferring {
  /// The target dtype.
  public let dtype: DType

  /// Creates the op.
  public init(_ dtype: DType) { self.dtype = dtype }

  public var description: String { "Elemwise{Cast{\(dtype)}}" }

  /// Theano's casts are `Elemwise` ops.
  public var className: String { "Elemwise" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("Cast takes one input") }
    let type = try requireTensor(inputs[0], op: "Cast")
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(dtype, type.broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("Cast input") }
    return [array.astype(dtype)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}

/// `T.cast(x, dtype)`: `x` itself when it already has that dtype.
public func cast(_ x: Variable, _ dtype: DType) throws -> Variable {
  if x.dtype == dtype { return x }
  return try Cast(dtype)(x)
}
