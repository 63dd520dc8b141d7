import COpenBLAS

/// A float type OpenBLAS computes with (`s` and `d` routines).
protocol BLASFloat: FloatElement {
  static func gemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ k: Int32,
    _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafePointer<Self>, _ ldb: Int32,
    _ c: UnsafeMutablePointer<Self>, _ ldc: Int32)
  static func dot(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafePointer<Self>, _ incy: Int32) -> Self
  /// Row-major `gemv` with scales: `y = alpha * op(a) x + beta * y`.
  static func gemv(
    _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ alpha: Self, _ a: UnsafePointer<Self>,
    _ lda: Int32, _ x: UnsafePointer<Self>, _ incx: Int32, _ beta: Self, _ y: UnsafeMutablePointer<Self>,
    _ incy: Int32)
  /// `ger`: `a += alpha * x y'`.
  static func ger(
    _ order: CBLAS_ORDER, _ m: Int32, _ n: Int32, _ alpha: Self, _ x: UnsafePointer<Self>, _ incx: Int32,
    _ y: UnsafePointer<Self>, _ incy: Int32, _ a: UnsafeMutablePointer<Self>, _ lda: Int32)
}

extension BLASFloat {
  /// Row-major `gemv` without scales into a contiguous `y`: `y = op(a) x`.
  static func gemv(
    _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ a: UnsafePointer<Self>, _ lda: Int32,
    _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafeMutablePointer<Self>
  ) {
    gemv(trans, m, n, 1, a, lda, x, incx, 0, y, 1)
  }
}

extension Double: BLASFloat {
  static func gemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ k: Int32,
    _ a: UnsafePointer<Double>, _ lda: Int32, _ b: UnsafePointer<Double>, _ ldb: Int32,
    _ c: UnsafeMutablePointer<Double>, _ ldc: Int32
  ) {
    cblas_dgemm(CblasRowMajor, transA, transB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
  }

  static func dot(_ n: Int32, _ x: UnsafePointer<Double>, _ incx: Int32, _ y: UnsafePointer<Double>, _ incy: Int32) -> Double {
    cblas_ddot(n, x, incx, y, incy)
  }

  static func gemv(
    _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ alpha: Double, _ a: UnsafePointer<Double>,
    _ lda: Int32, _ x: UnsafePointer<Double>, _ incx: Int32, _ beta: Double,
    _ y: UnsafeMutablePointer<Double>, _ incy: Int32
  ) {
    cblas_dgemv(CblasRowMajor, trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
  }

  static func ger(
    _ order: CBLAS_ORDER, _ m: Int32, _ n: Int32, _ alpha: Double, _ x: UnsafePointer<Double>, _ incx: Int32,
    _ y: UnsafePointer<Double>, _ incy: Int32, _ a: UnsafeMutablePointer<Double>, _ lda: Int32
  ) {
    cblas_dger(order, m, n, alpha, x, incx, y, incy, a, lda)
  }
}

extension Float: BLASFloat {
  static func gemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ k: Int32,
    _ a: UnsafePointer<Float>, _ lda: Int32, _ b: UnsafePointer<Float>, _ ldb: Int32,
    _ c: UnsafeMutablePointer<Float>, _ ldc: Int32
  ) {
    cblas_sgemm(CblasRowMajor, transA, transB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
  }

  static func dot(_ n: Int32, _ x: UnsafePointer<Float>, _ incx: Int32, _ y: UnsafePointer<Float>, _ incy: Int32) -> Float {
    cblas_sdot(n, x, incx, y, incy)
  }

  static func gemv(
    _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ alpha: Float, _ a: UnsafePointer<Float>,
    _ lda: Int32, _ x: UnsafePointer<Float>, _ incx: Int32, _ beta: Float,
    _ y: UnsafeMutablePointer<Float>, _ incy: Int32
  ) {
    cblas_sgemv(CblasRowMajor, trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
  }

  static func ger(
    _ order: CBLAS_ORDER, _ m: Int32, _ n: Int32, _ alpha: Float, _ x: UnsafePointer<Float>, _ incx: Int32,
    _ y: UnsafePointer<Float>, _ incy: Int32, _ a: UnsafeMutablePointer<Float>, _ lda: Int32
  ) {
    cblas_sger(order, m, n, alpha, x, incx, y, incy, a, lda)
  }
}

/// A 2-d operand as BLAS sees it: row-major with a leading dimension, possibly transposed.
struct BLASMatrix {
  let array: NDArray
  let transpose: CBLAS_TRANSPOSE
  let leading: Int32

  /// Uses the array's own buffer when one of its axes is unit-stride, else a contiguous copy.
  init(_ matrix: NDArray) {
    let (rows, columns) = (matrix.shape[0], matrix.shape[1])
    let (s0, s1) = (matrix.strides[0], matrix.strides[1])
    if (s1 == 1 || columns == 1) && s0 >= Swift.max(1, columns) {
      array = matrix
      transpose = CblasNoTrans
      leading = Int32(Swift.max(s0, 1))
    } else if (s0 == 1 || rows == 1) && s1 >= Swift.max(1, rows) {
      array = matrix
      transpose = CblasTrans
      leading = Int32(Swift.max(s1, 1))
    } else {
      array = matrix.copy()
      transpose = CblasNoTrans
      leading = Int32(Swift.max(columns, 1))
    }
  }
}

extension NDArray {
  /// `a (m×k) @ b (k×n)` into a new contiguous m×n array, through `gemm`.
  static func blasMatrixProduct<T: BLASFloat>(_: T.Type, _ a: NDArray, _ b: NDArray) -> NDArray {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let result = NDArray(uninitializedShape: [m, n], dtype: T.dtype)
    if m == 0 || n == 0 { return result }
    if k == 0 {
      result.base(T.self).update(repeating: 0, count: m * n)
      return result
    }
    let left = BLASMatrix(a)
    let right = BLASMatrix(b)
    T.gemm(
      left.transpose, right.transpose, Int32(m), Int32(n), Int32(k), left.array.base(T.self), left.leading,
      right.array.base(T.self), right.leading, result.base(T.self), Int32(n))
    return result
  }

  /// `a (m×k) @ x (k)` through `gemv`.
  static func blasMatrixVector<T: BLASFloat>(_: T.Type, _ a: NDArray, _ x: NDArray) -> NDArray {
    let (m, k) = (a.shape[0], a.shape[1])
    let result = NDArray(uninitializedShape: [m], dtype: T.dtype)
    if m == 0 { return result }
    if k == 0 {
      result.base(T.self).update(repeating: 0, count: m)
      return result
    }
    let matrix = BLASMatrix(a)
    let vector = x.strides[0] > 0 ? x : x.copy()
    let contiguous = matrix.transpose == CblasNoTrans
    let rows = contiguous ? m : k
    let columns = contiguous ? k : m
    T.gemv(
      matrix.transpose, Int32(rows), Int32(columns), matrix.array.base(T.self), matrix.leading,
      vector.base(T.self), Int32(Swift.max(vector.strides[0], 1)), result.base(T.self))
    return result
  }

  /// `x · y` of two vectors through `dot`.
  static func blasDot<T: BLASFloat>(_: T.Type, _ x: NDArray, _ y: NDArray) -> NDArray {
    let u = x.strides[0] > 0 ? x : x.copy()
    let v = y.strides[0] > 0 ? y : y.copy()
    let value = T.dot(
      Int32(u.shape[0]), u.base(T.self), Int32(Swift.max(u.strides[0], 1)), v.base(T.self),
      Int32(Swift.max(v.strides[0], 1)))
    return NDArray(element: value)
  }
}
