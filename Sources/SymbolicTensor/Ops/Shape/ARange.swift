import NumericArrays
import SymbolicGraph

/// Evenly spaced values (Theano's `ARange`, printed `ARange{dtype='int64'}`); inputs are the
/// start, stop and step scalars.
public struct ARange: ShapeInferring {
  /// The output dtype.
  public let dtype: DType

  /// Creates the op.
  public init(dtype: DType) { self.dtype = dtype }

  public var description: String { "ARange{dtype='\(dtype)'}" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 3 else { throw TensorError.type("ARange takes start, stop and step") }
    for input in inputs where try requireTensor(input, op: "ARange").ndim != 0 {
      throw TensorError.type("ARange expects scalar start, stop and step")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(dtype, [false])])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let scalars = try inputs.map { value -> Scalar in
      guard let array = value as? NDArray else { throw TensorError.type("ARange input") }
      return try array.item()
    }
    return [try NDArray.arange(start: scalars[0], stop: scalars[1], step: scalars[2], dtype: dtype)]
  }

  /// With start 0 and step 1 the length is the stop (as int64); otherwise `Shape_i` of the output.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    let start = constantValue(node.inputs[0])?.doubles
    let step = constantValue(node.inputs[2])?.doubles
    guard start == [0], step == [1], node.inputs[1].dtype?.isInteger == true else { return [nil] }
    return [[try cast(node.inputs[1], .int64)]]
  }
}

/// `T.arange(start, stop, step)`: integers give int64, floats their upcast.
public func arange(
  start: Variable, stop: Variable, step: Variable, context: TypingContext = .init()
) throws -> Variable {
  var dtype = upcast([start, stop, step].compactMap(\.dtype), context: context)
  if dtype.isSignedInteger { dtype = .int64 } else if dtype.isUnsigned { dtype = .uint64 }
  return try ARange(dtype: dtype)(start, stop, step)
}
