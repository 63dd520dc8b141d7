import NumericArrays
import SymbolicGraph

/// The shape of a tensor as an int64 vector (Theano's `Shape`, printed `Shape`).
public struct Shape: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "Shape" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("Shape takes one input") }
    _ = try requireTensor(inputs[0], op: "Shape")
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(.int64, [false])])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("Shape input") }
    return [try NDArray(array.shape.map(Int64.init), shape: [array.ndim])]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [[constant(NDArray(scalar: .int(Int64(inputShapes[0].count)), dtype: .int64))]]
  }
}

/// The length of one axis as an int64 scalar (Theano's `Shape_i`, printed `Shape_i{0}`).
public struct ShapeI: ShapeInferring {
  /// The axis.
  public let i: Int

  /// Creates the op for axis `i`.
  public init(_ i: Int) { self.i = i }

  public var description: String { "Shape_i{\(i)}" }

  public var className: String { "Shape_i" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("Shape_i takes one input") }
    let type = try requireTensor(inputs[0], op: "Shape_i")
    guard i < type.ndim else {
      throw TensorError.type("\(inputs[0]) has too few dimensions for Shape_i")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(.int64, [])])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("Shape_i input") }
    return [NDArray(scalar: .int(Int64(array.shape[i])), dtype: .int64)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [[]]
  }
}

/// `x.shape`: the symbolic shape vector.
public func shape(_ x: Variable) throws -> Variable { try Shape()(x) }

/// Scalars gathered into a vector (Theano's `MakeVector`, printed `MakeVector{dtype='int64'}`).
public struct MakeVector: ShapeInferring {
  /// The output dtype.
  public let dtype: DType

  /// Creates the op.
  public init(dtype: DType = .int64) { self.dtype = dtype }

  public var description: String { "MakeVector{dtype='\(dtype)'}" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    for input in inputs {
      let type = try requireTensor(input, op: "MakeVector")
      guard type.ndim == 0, type.dtype.promoted(with: dtype) == dtype else {
        throw TensorError.type("MakeVector inputs must be scalars of a type that fits \(dtype)")
      }
    }
    let outputDType = inputs.first?.dtype ?? dtype
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(outputDType, [false])])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let scalars = try inputs.map { value -> Scalar in
      guard let array = value as? NDArray else { throw TensorError.type("MakeVector input") }
      return try array.item()
    }
    let outputDType = (node.outputTypes[0] as! TensorType).dtype
    let parts = scalars.map { NDArray(scalar: $0, dtype: outputDType).reshapedOrSelf([1]) }
    if parts.isEmpty { return [try NDArray.zeros([0], dtype: outputDType)] }
    return [try NDArray.concatenate(parts, axis: 0)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [[constant(NDArray(scalar: .int(Int64(node.inputs.count)), dtype: .int64))]]
  }
}

extension NDArray {
  func reshapedOrSelf(_ shape: [Int]) -> NDArray { (try? reshaped(shape)) ?? self }
}
