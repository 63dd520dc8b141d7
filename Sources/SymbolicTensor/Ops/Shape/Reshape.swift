import NumericArrays
import SymbolicGraph

/// A tensor with the same elements in a new shape (Theano's `Reshape`, printed `Reshape{2}`).
public struct Reshape: ShapeInferring {
  /// The number of output axes.
  public let ndim: Int

  /// Creates the op.
  public init(ndim: Int) { self.ndim = ndim }

  public var description: String { "Reshape{\(ndim)}" }
  public var viewMap: [Int: [Int]] { [0: [0]] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 2 else { throw TensorError.type("Reshape takes two inputs") }
    let type = try requireTensor(inputs[0], op: "Reshape")
    let shapeType = try requireTensor(inputs[1], op: "Reshape")
    guard shapeType.ndim == 1, shapeType.dtype.isInteger else {
      throw TensorError.type("('Shape must be integers', \(inputs[1]), '\(shapeType.dtype)')")
    }
    var broadcastable = Array(repeating: false, count: ndim)
    if let values = constantValue(inputs[1]) {
      broadcastable = values.doubles.map { $0 == 1 }
    } else if let owner = inputs[1].owner, owner.op is MakeVector {
      for (index, element) in owner.inputs.enumerated() where index < ndim {
        broadcastable[index] = constantValue(element)?.doubles == [1]
      }
    }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(type.dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs[0] as? NDArray, let shape = inputs[1] as? NDArray else {
      throw TensorError.type("Reshape inputs")
    }
    guard shape.size == ndim else {
      throw TensorError.value(
        "('shape argument to Reshape.perform has incorrect length \(shape.size), should be \(ndim)', \(shape.numpyRepr))")
    }
    let lengths = shape.scalars.map { Int($0.doubleValue) }
    do {
      return [try array.reshaped(lengths)]
    } catch {
      throw TensorError.value(
        "Cannot reshape input of shape \(pythonTuple(array.shape)) to shape \(shape.numpyStr)")
    }
  }

  /// Constant lengths are used as they are; a `-1` becomes the input's size divided by the
  /// product of the other lengths.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    guard let values = constantValue(node.inputs[1])?.scalars.map({ Int64($0.doubleValue) }) else {
      if let owner = node.inputs[1].owner, owner.op is MakeVector { return [owner.inputs] }
      return [nil]
    }
    let known = values.filter { $0 != -1 }.reduce(1, *)
    return [try values.map { value -> Variable in
      if value != -1 { return constant(NDArray(scalar: .int(value), dtype: .int64)) }
      let size = try inputShapes[0].dropFirst().reduce(inputShapes[0].first ?? lscalarOne()) {
        try elemwise(.mul, [$0, $1])
      }
      return try elemwise(.intDiv, [size, constant(NDArray(scalar: .int(known), dtype: .int64))])
    }]
  }
}

/// `x.reshape(shape)`.
public func reshape(_ x: Variable, _ shape: Variable, ndim: Int) throws -> Variable {
  try Reshape(ndim: ndim)(x, shape)
}
