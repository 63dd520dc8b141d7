import NumericArrays
import SymbolicGraph

/// `a * dot(x, y)` for float matrices and a scalar of one dtype (Theano's BLAS `Dot22Scalar`,
/// printed `Dot22Scalar`; inputs `x, y, a`), which FAST_RUN puts in place of a scaled `Dot22`
/// that did not become a `Gemm`.
public struct Dot22Scalar: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "Dot22Scalar" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 3 else { throw TensorError.type("Dot22Scalar takes 3 inputs") }
    let types = try inputs.map { try requireTensor($0, op: description) }
    let (x, y, a) = (types[0], types[1], types[2])
    guard a.ndim == 0 else { throw TensorError.type("('gemm requires scalar argument', \(inputs[2]))") }
    guard x.ndim == 2 else { throw TensorError.type("('gemm only works for rank 2', \(inputs[0]))") }
    guard y.ndim == 2 else { throw TensorError.type("('gemm only works for rank 2', \(inputs[1]))") }
    guard a.dtype == x.dtype, a.dtype == y.dtype else {
      throw TensorError.type(
        "('Dot22Scalar requires matching dtypes', ('\(a.dtype)', '\(x.dtype)', '\(y.dtype)'))")
    }
    guard a.dtype.isFloatingPoint || a.dtype.isComplex else {
      throw TensorError.type("('Dot22Scalar requires float or complex args', '\(a.dtype)')")
    }
    return Apply(
      op: self, inputs: inputs,
      outputTypes: [TensorType(x.dtype, [x.broadcastable[0], y.broadcastable[1]])])
  }

  /// numpy's error gets the operands' shapes appended, as Theano's `Dot22Scalar.perform` does.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let arrays = inputs.compactMap { $0 as? NDArray }
    guard arrays.count == 3 else { throw TensorError.type("Dot22Scalar inputs") }
    let (x, y) = (arrays[0], arrays[1])
    do {
      return [try NDArray.apply(.multiply, arrays[2], try NDArray.dot(x, y))]
    } catch let error as NDArrayError where error.kind == .valueError {
      throw TensorError.value(
        "(\(pythonStringRepr(error.message)), \(pythonTuple(x.shape)), \(pythonTuple(y.shape)))")
    }
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [[inputShapes[0][0], inputShapes[1][1]]]
  }
}
