import NumericArrays
import SymbolicGraph

/// The rank-one update `A + alpha * outer(x, y)` (Theano's BLAS `Ger`, printed
/// `Ger{destructive}` or `Ger{non-destructive}`, and its SciPy-backed subclass `ScipyGer`, which
/// FAST_RUN uses without a C compiler; inputs `A, alpha, x, y`). The destructive version
/// overwrites `A`.
public struct Ger: ShapeInferring {
  /// Whether the output overwrites `A`.
  public let destructive: Bool
  /// Whether this is `ScipyGer` (BLAS `ger`) rather than the numpy `Ger`.
  public let scipy: Bool

  /// Creates the op.
  public init(destructive: Bool, scipy: Bool = false) {
    self.destructive = destructive
    self.scipy = scipy
  }

  public var description: String {
    "\(scipy ? "ScipyGer" : "Ger"){\(destructive ? "destructive" : "non-destructive")}"
  }

  public var destroyMap: [Int: [Int]] { destructive ? [0: [0]] : [:] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 4 else { throw TensorError.type("Ger takes 4 inputs") }
    let types = try inputs.map { try requireTensor($0, op: description) }
    let (a, alpha, x, y) = (types[0], types[1], types[2], types[3])
    guard Set(types.map(\.dtype)).count == 1 else {
      throw TensorError.type(
        "('ger requires matching dtypes', ('\(a.dtype)', '\(alpha.dtype)', '\(x.dtype)', '\(y.dtype)'))")
    }
    guard alpha.ndim == 0 else { throw TensorError.type("('ger requires scalar alpha', \(alpha))") }
    guard a.ndim == 2 else { throw TensorError.type("('ger requires matrix for A', \(a))") }
    guard x.ndim == 1 else { throw TensorError.type("('ger requires vector for x', \(x))") }
    guard y.ndim == 1 else { throw TensorError.type("('ger requires vector for y', \(y))") }
    guard x.dtype.isFloatingPoint || x.dtype.isComplex else {
      throw TensorError.type("('only float and complex types supported', '\(x.dtype)')")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [a])
  }

  /// `ScipyGer.perform` (BLAS `ger`) or `Ger.perform` (`A += alpha * np.outer(x, y)`).
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let arrays = inputs.compactMap { $0 as? NDArray }
    guard arrays.count == 4 else { throw TensorError.type("Ger inputs") }
    let a = destructive ? arrays[0] : arrays[0].copy()
    let (alpha, x, y) = (arrays[1], arrays[2], arrays[3])
    if scipy && a.dtype.isComplex {
      // scipy's `zgeru` adds `x[i] * (alpha * y[j])` column by column; Theano hands it the
      // transpose of a C-contiguous `a`, which swaps the roles of `x` and `y`.
      let rowMajor = a.isContiguous
      let scaled = try NDArray.apply(.multiply, alpha, rowMajor ? x : y)
      try NDArray.applyInPlace(.add, a, try rowMajor ? NDArray.outer(scaled, y) : NDArray.outer(x, scaled))
    } else if scipy {
      try NDArray.ger(alpha: alpha.doubles[0], x, y, into: a)
    } else {
      var update = try NDArray.outer(x, y)
      if alpha.scalars[0].realNumber != 1 { update = try NDArray.apply(.multiply, alpha, update) }
      try NDArray.applyInPlace(.add, a, update)
    }
    return [a]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}
