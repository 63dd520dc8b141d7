import NumericArrays
import SymbolicGraph

/// A new tensor of the given shape whose contents are not initialised (Theano's `AllocEmpty`,
/// printed `AllocEmpty{dtype='float64'}`; one int scalar input per axis). An axis whose length
/// is the constant 1 is broadcastable. BLAS rewrites use it as the `y` a `Gemv` overwrites.
public struct AllocEmpty: ShapeInferring {
  /// The element type.
  public let dtype: DType

  /// Creates the op.
  public init(dtype: DType) { self.dtype = dtype }

  public var description: String { "AllocEmpty{dtype='\(dtype)'}" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    let broadcastable = try inputs.enumerated().map { index, length -> Bool in
      let type = try requireTensor(length, op: description)
      guard type.dtype.isInteger else {
        throw TensorError.type(
          "Shape arguments to Alloc must be integers, but argument \(index) is not for apply node: \(length)")
      }
      guard type.ndim == 0 else { throw TensorError.type("Each shape dimension to Alloc must be a scalar") }
      return scalarConstantValue(length) == 1
    }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(dtype, broadcastable)])
  }

  /// Zeros (numpy's `empty` gives whatever memory held; zeros are one such content).
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let shape = inputs.compactMap { ($0 as? NDArray)?.scalars.first.map { Int($0.doubleValue) } }
    return [try NDArray.zeros(shape, dtype: dtype)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [node.inputs]
  }

  /// Never folded: the point is a fresh buffer per call.
  public func doesConstantFolding(_ node: Apply) -> Bool { false }
}
