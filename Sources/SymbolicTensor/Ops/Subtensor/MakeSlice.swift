import NumericArrays
import SymbolicGraph

/// A slice built from its bounds, for advanced indexing (Theano's `MakeSlice`, printed
/// `MakeSlice`); each input is an integer 0-d tensor or `NoneConst`.
public struct MakeSlice: Op {
  /// Creates the op.
  public init() {}

  public var description: String { "MakeSlice" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 3 else { throw TensorError.type("MakeSlice takes start, stop and step") }
    for input in inputs where !(input.type is NoneType) {
      guard input.ndim == 0, input.dtype?.isInteger == true else {
        throw TensorError.type("index must be integers")
      }
    }
    return Apply(op: self, inputs: inputs, outputTypes: [SliceType()])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let bounds = try inputs.map { value -> Int? in
      if value is NoneValue { return nil }
      guard let array = value as? NDArray else { throw TensorError.type("MakeSlice input") }
      return Int(try array.item().doubleValue)
    }
    return [PythonSlice(start: bounds[0], stop: bounds[1], step: bounds[2])]
  }
}

/// Theano's `make_slice(slice(start, stop, step))`: absent bounds are `NoneConst`, the others
/// 0-d integer tensors (scalars through `TensorFromScalar`).
public func makeSlice(start: Variable?, stop: Variable?, step: Variable?) throws -> Variable {
  let none = ConstantCache.current?.none ?? noneConstant()
  let bounds = try [start, stop, step].map { bound -> Variable in
    guard let bound else { return none }
    return try asTensor(bound)
  }
  return try MakeSlice().makeNode(bounds).out
}

/// A 0-d tensor holding a scalar (Theano's `TensorFromScalar`, printed `TensorFromScalar`).
public struct TensorFromScalar: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "TensorFromScalar" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1, let type = inputs[0].type as? ScalarType else {
      throw TensorError.assertion("")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(type.dtype, [])])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs[0] as? NDArray else { throw TensorError.type("TensorFromScalar input") }
    return [array.reshapedOrSelf([])]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] { [[]] }
}

/// Theano's `as_tensor_variable` of an index: scalars through `TensorFromScalar`.
func asTensor(_ variable: Variable) throws -> Variable {
  if variable.type is ScalarType { return try TensorFromScalar()(variable) }
  return variable
}
