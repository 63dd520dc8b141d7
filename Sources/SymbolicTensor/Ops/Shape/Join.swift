import NumericArrays
import SymbolicGraph

/// Tensors concatenated along an axis given as the first input (Theano's `Join`, printed `Join`).
public struct Join: ShapeInferring {
  /// The typing configuration.
  public let context: TypingContext

  /// Creates the op.
  public init(context: TypingContext = .init()) { self.context = context }

  public var description: String { "Join" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count >= 2 else {
      throw TensorError.value("Cannot join an empty list of tensors")
    }
    let axisType = try requireTensor(inputs[0], op: "Join")
    guard axisType.ndim == 0, axisType.dtype.isInteger else {
      throw TensorError.type("Axis could not be cast to an integer type \(inputs[0].type)")
    }
    let tensors = Array(inputs.dropFirst())
    let types = try tensors.map { try requireTensor($0, op: "Join") }
    let ndim = types[0].ndim
    guard ndim > 0 else { throw TensorError.type("Join cannot handle scalars") }
    guard types.allSatisfy({ $0.ndim == ndim }) else {
      throw TensorError.type("Join() can only join tensors with the same number of dimensions.")
    }
    var broadcastable = Array(repeating: false, count: ndim)
    if let axis = constantAxis(inputs[0], ndim: ndim) {
      for type in types {
        for (index, flag) in type.broadcastable.enumerated() where index != axis && flag {
          broadcastable[index] = true
        }
      }
      broadcastable[axis] = false
    }
    let dtype = upcast(types.map { $0.dtype }, context: context)
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let axisArray = inputs[0] as? NDArray else { throw TensorError.type("Join axis") }
    let axis = Int(try axisArray.item().doubleValue)
    let arrays = inputs.dropFirst().compactMap { $0 as? NDArray }
    let dtype = (node.outputTypes[0] as! TensorType).dtype
    let result = try NDArray.concatenate(arrays, axis: axis)
    return [result.dtype == dtype ? result : result.astype(dtype)]
  }

  /// The axis length is the sum of the inputs' lengths; every other length is the first input's
  /// (no check that the others agree: the seed tutorial's hidden error).
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    let ndim = node.inputs[1].ndim
    guard let axis = constantAxis(node.inputs[0], ndim: ndim) else { return [nil] }
    var shape = inputShapes[1]
    var total = shape[axis]
    for other in inputShapes.dropFirst(2) {
      total = try elemwise(.add, [total, other[axis]], context: context)
    }
    shape[axis] = total
    return [shape]
  }
}

/// The value of a constant integer axis, normalized to `0..<ndim`.
func constantAxis(_ variable: Variable, ndim: Int) -> Int? {
  guard let constant = variable as? Constant, let array = constant.value as? NDArray,
    array.ndim == 0, let value = try? array.item()
  else { return nil }
  let axis = Int(value.doubleValue)
  let normalized = axis < 0 ? axis + ndim : axis
  return (0..<ndim).contains(normalized) ? normalized : nil
}

/// `T.join(axis, *tensors)`.
public func join(_ axis: Variable, _ tensors: [Variable], context: TypingContext = .init()) throws -> Variable {
  try Join(context: context).makeNode([axis] + tensors).out
}
