import NumericArrays
import SymbolicGraph

/// The scalar held by a 0-d tensor (Theano's `ScalarFromTensor`, printed `ScalarFromTensor`):
/// how a symbolic tensor index becomes an input of `Subtensor`.
public struct ScalarFromTensor: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "ScalarFromTensor" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1, let type = inputs[0].tensorType, type.ndim == 0 else {
      throw TensorError.assertion("")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [ScalarType(type.dtype)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs[0] as? NDArray else { throw TensorError.type("ScalarFromTensor input") }
    return [NDArray(scalar: try array.item(), dtype: array.dtype)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] { [[]] }
}

/// Theano's `Subtensor.my_as_scalar`: a tensor becomes `ScalarFromTensor` of it; scalars stay.
func asIndexScalar(_ variable: Variable) throws -> Variable {
  if variable.tensorType != nil { return try ScalarFromTensor()(variable) }
  return variable
}
