import COpenBLAS

/// The complex element types OpenBLAS computes with (`c` and `z` routines), as numpy's
/// `cblas_matrixproduct` calls them.
protocol BLASComplex: ComplexElement {
  static func dotu(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafePointer<Self>, _ incy: Int32) -> Self
  static func gemv(
    _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ a: UnsafePointer<Self>, _ lda: Int32,
    _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafeMutablePointer<Self>)
  static func gemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ k: Int32,
    _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafePointer<Self>, _ ldb: Int32,
    _ c: UnsafeMutablePointer<Self>, _ ldc: Int32)
}

extension Complex64: BLASComplex {
  static func dotu(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafePointer<Self>, _ incy: Int32) -> Self {
    var result = Complex64.zero
    cblas_cdotu_sub(n, x, incx, y, incy, &result)
    return result
  }

  static func gemv(
    _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ a: UnsafePointer<Self>, _ lda: Int32,
    _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafeMutablePointer<Self>
  ) {
    var (one, zero) = (Complex64.one, Complex64.zero)
    cblas_cgemv(CblasRowMajor, trans, m, n, &one, a, lda, x, incx, &zero, y, 1)
  }

  static func gemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ k: Int32,
    _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafePointer<Self>, _ ldb: Int32,
    _ c: UnsafeMutablePointer<Self>, _ ldc: Int32
  ) {
    var (one, zero) = (Complex64.one, Complex64.zero)
    cblas_cgemm(CblasRowMajor, transA, transB, m, n, k, &one, a, lda, b, ldb, &zero, c, ldc)
  }
}

extension Complex128: BLASComplex {
  static func dotu(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafePointer<Self>, _ incy: Int32) -> Self {
    var result = Complex128.zero
    cblas_zdotu_sub(n, x, incx, y, incy, &result)
    return result
  }

  static func gemv(
    _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ a: UnsafePointer<Self>, _ lda: Int32,
    _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafeMutablePointer<Self>
  ) {
    var (one, zero) = (Complex128.one, Complex128.zero)
    cblas_zgemv(CblasRowMajor, trans, m, n, &one, a, lda, x, incx, &zero, y, 1)
  }

  static func gemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ k: Int32,
    _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafePointer<Self>, _ ldb: Int32,
    _ c: UnsafeMutablePointer<Self>, _ ldc: Int32
  ) {
    var (one, zero) = (Complex128.one, Complex128.zero)
    cblas_zgemm(CblasRowMajor, transA, transB, m, n, k, &one, a, lda, b, ldb, &zero, c, ldc)
  }
}

extension NDArray {
  /// The product of complex operands of rank 1 or 2 and one dtype through OpenBLAS (`dotu`,
  /// `gemv`, `gemm`), as numpy's `cblas_matrixproduct`.
  static func complexProduct2D(_ x: NDArray, _ y: NDArray) -> NDArray {
    x.dtype == .complex64
      ? complexProduct2D(Complex64.self, x, y) : complexProduct2D(Complex128.self, x, y)
  }

  private static func complexProduct2D<C: BLASComplex>(_: C.Type, _ x: NDArray, _ y: NDArray) -> NDArray {
    switch (x.ndim, y.ndim) {
    case (1, 1):
      let u = x.strides[0] > 0 ? x : x.copy()
      let v = y.strides[0] > 0 ? y : y.copy()
      return NDArray(element: C.dotu(
        Int32(u.shape[0]), u.base(C.self), Int32(Swift.max(u.strides[0], 1)), v.base(C.self),
        Int32(Swift.max(v.strides[0], 1))))
    case (2, 1): return complexMatrixVector(C.self, x, y)
    case (1, 2): return complexMatrixVector(C.self, y.transposed, x)
    default:
      let (m, k, n) = (x.shape[0], x.shape[1], y.shape[1])
      let result = NDArray(uninitializedShape: [m, n], dtype: C.dtype)
      if m == 0 || n == 0 { return result }
      if k == 0 {
        result.base(C.self).update(repeating: .zero, count: m * n)
        return result
      }
      let left = BLASMatrix(x)
      let right = BLASMatrix(y)
      C.gemm(
        left.transpose, right.transpose, Int32(m), Int32(n), Int32(k), left.array.base(C.self),
        left.leading, right.array.base(C.self), right.leading, result.base(C.self), Int32(n))
      return result
    }
  }

  private static func complexMatrixVector<C: BLASComplex>(_: C.Type, _ a: NDArray, _ x: NDArray) -> NDArray {
    let (m, k) = (a.shape[0], a.shape[1])
    let result = NDArray(uninitializedShape: [m], dtype: C.dtype)
    if m == 0 { return result }
    if k == 0 {
      result.base(C.self).update(repeating: .zero, count: m)
      return result
    }
    let matrix = BLASMatrix(a)
    let vector = x.strides[0] > 0 ? x : x.copy()
    let contiguous = matrix.transpose == CblasNoTrans
    C.gemv(
      matrix.transpose, Int32(contiguous ? m : k), Int32(contiguous ? k : m), matrix.array.base(C.self),
      matrix.leading, vector.base(C.self), Int32(Swift.max(vector.strides[0], 1)), result.base(C.self))
    return result
  }
}
