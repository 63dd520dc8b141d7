import NumericArrays
import SymbolicGraph

/// A tensor of the given shape filled by broadcasting a value (Theano's `Alloc`, printed `Alloc`):
/// `alloc(value, shape0, shape1, ...)`.
///
/// An axis whose length is the constant 1 is broadcastable. Rewrites use it to replace `fill`
/// once the shape no longer needs the template tensor.
public struct Alloc: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "Alloc" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard let value = inputs.first else { throw TensorError.type("Alloc needs a value") }
    let valueType = try requireTensor(value, op: "Alloc")
    var broadcastable: [Bool] = []
    for (index, length) in inputs.dropFirst().enumerated() {
      guard let type = length.tensorType, type.dtype.isInteger else {
        throw TensorError.type(
          "Shape arguments to Alloc must be integers, but argument \(index) is not for apply node: \(length)")
      }
      guard type.ndim == 0 else {
        throw TensorError.type("Each shape dimension to Alloc must be a scalar")
      }
      broadcastable.append(scalarConstantValue(length).map { $0 == 1 } ?? false)
    }
    guard valueType.ndim <= broadcastable.count else {
      throw TensorError.type("The Alloc value to use has more dimensions than the specified dimensions")
    }
    return Apply(
      op: self, inputs: inputs, outputTypes: [TensorType(valueType.dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let value = inputs.first as? NDArray else { throw TensorError.type("Alloc input") }
    let shape = try inputs.dropFirst().map { input -> Int in
      guard let array = input as? NDArray, let scalar = array.scalars.first else {
        throw TensorError.type("Alloc shape")
      }
      return Int(scalar.doubleValue)
    }
    return [try value.broadcast(to: shape).copy()]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [Array(node.inputs.dropFirst())]
  }
}

/// `T.alloc(value, *shape)`.
public func alloc(_ value: Variable, _ shape: [Variable]) throws -> Variable {
  try Alloc().makeNode([value] + shape).out
}

/// `T.zeros(shape, dtype)`: an `Alloc` of the 0 of `dtype`.
public func zeros(_ shape: [Variable], dtype: DType) throws -> Variable {
  try alloc(constant(NDArray(scalar: .int(0), dtype: dtype)), shape)
}

/// The value of a scalar constant, looking through the ops Theano's `get_scalar_constant_value`
/// sees through (`DimShuffle`, `Alloc`, `Cast`, `Shape_i` of constants or broadcastable axes), or
/// `nil` (also for a complex value off the real line).
func scalarConstantValue(_ variable: Variable) -> Double? {
  var current = variable
  while let owner = current.owner {
    if let cast = owner.op as? Cast {
      return scalarConstantValue(owner.inputs[0]).map { NDArray($0).astype(cast.dtype).doubles[0] }
    }
    if owner.op is DimShuffle || owner.op is Alloc {
      current = owner.inputs[0]
    } else if let shapeI = owner.op as? ShapeI {
      let input = owner.inputs[0]
      if let constant = input as? Constant, let array = constant.value as? NDArray {
        return Double(array.shape[shapeI.i])
      }
      return input.broadcastable[shapeI.i] ? 1 : nil
    } else {
      return nil
    }
  }
  guard let constant = current as? Constant, let array = constant.value as? NDArray,
    let first = array.scalars.first, array.scalars.allSatisfy({ $0 == first })
  else { return nil }
  // A complex value is a number only on the real line (`(1+1j) == 1` is False in Theano).
  if case .complex(let real, let imag) = first { return imag == 0 ? real : nil }
  return first.doubleValue
}
