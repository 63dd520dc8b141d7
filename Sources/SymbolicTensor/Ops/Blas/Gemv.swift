import NumericArrays
import SymbolicGraph

/// `beta * y + alpha * dot(A, x)` for a matrix and vectors (Theano's BLAS `Gemv`, printed
/// `Gemv{inplace}` or `Gemv{no_inplace}`; inputs `y, alpha, A, x, beta`). The in-place version
/// overwrites `y`.
public struct Gemv: ShapeInferring {
  /// Whether the output overwrites `y`.
  public let inplace: Bool

  /// Creates the op.
  public init(inplace: Bool) { self.inplace = inplace }

  public var description: String { inplace ? "Gemv{inplace}" : "Gemv{no_inplace}" }

  public var destroyMap: [Int: [Int]] { inplace ? [0: [0]] : [:] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 5 else { throw TensorError.type("Gemv takes 5 inputs") }
    let types = try inputs.map { try requireTensor($0, op: description) }
    let (y, a, x) = (types[0], types[2], types[3])
    guard y.dtype == a.dtype, y.dtype == x.dtype else {
      throw TensorError.type(
        "('Gemv requires matching dtypes', ('\(y.dtype)', '\(a.dtype)', '\(x.dtype)'))")
    }
    guard a.ndim == 2 else { throw TensorError.type("('gemv requires matrix for A', \(a))") }
    guard x.ndim == 1 else { throw TensorError.type("('gemv requires vector for x', \(x))") }
    guard y.ndim == 1 else { throw TensorError.type("('gemv requires vector for y', \(y))") }
    return Apply(op: self, inputs: inputs, outputTypes: [y])
  }

  /// Theano's `Gemv.perform`: BLAS `gemv` (scipy's `dgemv` there) when neither vector is empty,
  /// numpy's arithmetic otherwise.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let arrays = inputs.compactMap { $0 as? NDArray }
    guard arrays.count == 5 else { throw TensorError.type("Gemv inputs") }
    let (alpha, a, x, beta) = (
      arrays[1].scalars[0].realNumber, arrays[2], arrays[3], arrays[4].scalars[0].realNumber)
    let y = inplace ? arrays[0] : arrays[0].copy()
    if y.shape[0] != 0, x.shape[0] != 0, [.float32, .float64].contains(y.dtype) {
      guard a.shape[0] == y.shape[0], a.shape[1] == x.shape[0] else {
        throw TensorError.value(
          "Incompatible shapes for gemv (beta * y + alpha * dot(A, x)). y: \(pythonTuple(y.shape)), "
            + "A: \(pythonTuple(a.shape)), x: \(pythonTuple(x.shape)) ")
      }
      try NDArray.gemv(alpha: alpha, a, x, beta: beta, into: y)
      return [y]
    }
    var out = try NDArray.dot(a, x)
    if alpha != 1 { out = try NDArray.apply(.multiply, out, arrays[1]) }
    if beta != 0 {
      out = try NDArray.apply(.add, out, beta != 1 ? try NDArray.apply(.multiply, arrays[4], y) : y)
    }
    return [out.dtype == y.dtype ? out : out.astype(y.dtype)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}
