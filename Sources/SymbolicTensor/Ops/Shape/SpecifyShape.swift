import NumericArrays
import SymbolicGraph

/// Asserts a tensor's shape at run time and tells the optimizer (Theano's `SpecifyShape`).
public struct SpecifyShape: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "SpecifyShape" }
  public var viewMap: [Int: [Int]] { [0: [0]] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 2 else { throw TensorError.type("SpecifyShape takes two inputs") }
    let type = try requireTensor(inputs[0], op: "SpecifyShape")
    let shapeType = try requireTensor(inputs[1], op: "SpecifyShape")
    guard shapeType.ndim == 1, shapeType.dtype.isInteger else { throw TensorError.assertion("") }
    if let known = inputs[1] as? Constant, let array = known.value as? NDArray,
      array.size != type.ndim
    {
      throw TensorError.assertion("")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [type])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs[0] as? NDArray, let shape = inputs[1] as? NDArray else {
      throw TensorError.type("SpecifyShape inputs")
    }
    let expected = shape.scalars.map { Int($0.doubleValue) }
    guard array.ndim == shape.size else { throw TensorError.assertion("") }
    guard array.shape == expected else {
      throw TensorError.assertion(
        "('got shape', \(pythonTuple(array.shape)), 'expected', \(formatRepr(shape)))")
    }
    return [array]
  }

  /// The specified lengths where they are constants, the requested ones otherwise.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    let ndim = node.inputs[0].ndim
    if let known = node.inputs[1] as? Constant, let array = known.value as? NDArray {
      let values = array.scalars.map { Int64($0.doubleValue) }
      return [values.map { constant(NDArray(scalar: .int($0), dtype: .int64)) }]
    }
    if let owner = node.inputs[1].owner, owner.op is MakeVector, owner.inputs.count == ndim {
      return [owner.inputs]
    }
    return [inputShapes[0]]
  }
}

/// `T.specify_shape(x, shape)`.
public func specifyShape(_ x: Variable, _ shape: Variable) throws -> Variable {
  try SpecifyShape()(x, shape)
}
