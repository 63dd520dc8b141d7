import COpenBLAS

/// The BLAS level-2 updates Theano's `Gemv` and `ScipyGer` call through scipy (`dgemv`, `dger`),
/// here through OpenBLAS, for float32 and float64.
extension NDArray {
  /// BLAS `gemv` into `y`: `y = alpha * (a @ x) + beta * y`, in place.
  /// - Throws: ValueError for other dtypes or mismatched shapes.
  public static func gemv(alpha: Double, _ a: NDArray, _ x: NDArray, beta: Double, into y: NDArray) throws {
    guard a.ndim == 2, x.ndim == 1, y.ndim == 1, a.shape[0] == y.shape[0], a.shape[1] == x.shape[0],
      a.dtype == x.dtype, a.dtype == y.dtype
    else { throw NDArrayError.value("gemv: operands do not fit") }
    switch y.dtype {
    case .float64: try blasGemv(Double.self, alpha, a, x, beta, y)
    case .float32: try blasGemv(Float.self, alpha, a, x, beta, y)
    default: throw NDArrayError.value("gemv: unsupported dtype \(y.dtype)")
    }
  }

  /// BLAS `ger` into `a`: `a += alpha * outer(x, y)`, in place.
  /// - Throws: ValueError for other dtypes or mismatched shapes.
  public static func ger(alpha: Double, _ x: NDArray, _ y: NDArray, into a: NDArray) throws {
    guard a.ndim == 2, x.ndim == 1, y.ndim == 1, a.shape == [x.shape[0], y.shape[0]],
      a.dtype == x.dtype, a.dtype == y.dtype
    else { throw NDArrayError.value("ger: operands do not fit") }
    switch a.dtype {
    case .float64: try blasGer(Double.self, alpha, x, y, a)
    case .float32: try blasGer(Float.self, alpha, x, y, a)
    default: throw NDArrayError.value("ger: unsupported dtype \(a.dtype)")
    }
  }

  private static func blasGemv<T: BLASFloat>(
    _: T.Type, _ alpha: Double, _ a: NDArray, _ x: NDArray, _ beta: Double, _ y: NDArray
  ) throws {
    let (m, n) = (a.shape[0], a.shape[1])
    if m == 0 { return }
    let target = y.strides[0] > 0 || m == 1 ? y : y.copy()
    if n == 0 {
      try target.assign(try apply(.multiply, target, NDArray(scalar: .float(beta), dtype: y.dtype)))
    } else {
      let matrix = BLASMatrix(a)
      let vector = x.strides[0] > 0 || n == 1 ? x : x.copy()
      let contiguous = matrix.transpose == CblasNoTrans
      T.gemv(
        matrix.transpose, Int32(contiguous ? m : n), Int32(contiguous ? n : m), T(alpha),
        matrix.array.base(T.self), matrix.leading, vector.base(T.self),
        Int32(Swift.max(vector.strides[0], 1)), T(beta), target.base(T.self),
        Int32(Swift.max(target.strides[0], 1)))
    }
    if target.storage !== y.storage { try y.assign(target) }
  }

  private static func blasGer<T: BLASFloat>(
    _: T.Type, _ alpha: Double, _ x: NDArray, _ y: NDArray, _ a: NDArray
  ) throws {
    let (m, n) = (a.shape[0], a.shape[1])
    if m == 0 || n == 0 { return }
    let u = x.strides[0] > 0 || m == 1 ? x : x.copy()
    let v = y.strides[0] > 0 || n == 1 ? y : y.copy()
    let (s0, s1) = (a.strides[0], a.strides[1])
    let rowMajor = (s1 == 1 || n == 1) && s0 >= Swift.max(n, 1)
    let columnMajor = (s0 == 1 || m == 1) && s1 >= Swift.max(m, 1)
    let target = rowMajor || columnMajor ? a : a.copy()
    let order = rowMajor || !columnMajor ? CblasRowMajor : CblasColMajor
    let leading = order == CblasRowMajor ? (rowMajor ? s0 : n) : s1
    T.ger(
      order, Int32(m), Int32(n), T(alpha), u.base(T.self), Int32(Swift.max(u.strides[0], 1)),
      v.base(T.self), Int32(Swift.max(v.strides[0], 1)), target.base(T.self),
      Int32(Swift.max(leading, 1)))
    if target.storage !== a.storage { try a.assign(target) }
  }
}
