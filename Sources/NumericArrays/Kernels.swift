import Interrupts

/// Typed element-wise loops: a flat loop over contiguous buffers, a constant-operand loop for
/// scalars and a strided row loop otherwise. Callers pass concrete closures so the compiler
/// specialises and vectorises each instance.

/// `f` applied to every element of `a`, in a new contiguous array; `poll` runs between chunks
/// of elements (casts, which cannot throw, pass `{}`).
@inline(__always)
func mapUnary<A: ArrayElement, R: ArrayElement>(
  _ a: NDArray, poll: () throws -> Void = Interruption.checkpoint, _ f: (A) -> R
) rethrows -> NDArray {
  let result = NDArray(uninitializedShape: a.shape, dtype: R.dtype)
  let pa = a.base(A.self)
  let pr = result.base(R.self)
  if a.isContiguous {
    var chunks = Chunks(a.size)
    while let range = try chunks.next(poll: poll) {
      for i in range { pr[i] = f(pa[i]) }
    }
    return result
  }
  try forEachRow(shape: a.shape, strides: [a.strides, result.strides], poll: poll) { offsets, count, inner in
    let (sa, sr) = (inner[0], inner[1])
    var (ia, ir) = (offsets[0], offsets[1])
    for _ in 0..<count {
      pr[ir] = f(pa[ia])
      ia += sa
      ir += sr
    }
  }
  return result
}

/// `f` applied to the broadcast pairs of `a` and `b` (already broadcast-compatible to `shape`).
/// `into`, when given, is a contiguous array of the result's shape and dtype that may be
/// overwritten (a temporary nobody else references, as numpy's temporary elision uses).
@inline(__always)
func mapBinary<A: ArrayElement, B: ArrayElement, R: ArrayElement>(
  _ a: NDArray, _ b: NDArray, shape: [Int], into: NDArray? = nil, _ f: (A, B) -> R
) throws -> NDArray {
  let result = into ?? NDArray(uninitializedShape: shape, dtype: R.dtype)
  let pa = a.base(A.self)
  let pb = b.base(B.self)
  let pr = result.base(R.self)
  let count = result.size
  let aFull = a.shape == shape && a.isContiguous
  let bFull = b.shape == shape && b.isContiguous
  if aFull && bFull && UnsafeRawPointer(pa) == UnsafeRawPointer(pr) {
    // In place (`into` is `a`): reading `a` through the result's pointer lets the compiler
    // vectorise without the overlap check that same-index aliasing fails.
    // Each chunk loops from its own base pointers: indexing one pointer by the chunk's range
    // keeps the compiler from vectorising (twice slower).
    var chunks = Chunks(count)
    while let range = try chunks.next() {
      let (target, other) = (pr + range.lowerBound, pb + range.lowerBound)
      let inPlace = UnsafeRawPointer(target)
      for i in 0..<range.count {
        target[i] = f(inPlace.load(fromByteOffset: i * MemoryLayout<A>.stride, as: A.self), other[i])
      }
    }
    return result
  }
  var chunks = Chunks(count)
  if aFull && bFull {
    while let range = try chunks.next() {
      for i in range { pr[i] = f(pa[i], pb[i]) }
    }
    return result
  }
  if aFull && b.size == 1 {
    let vb = pb[0]
    while let range = try chunks.next() {
      for i in range { pr[i] = f(pa[i], vb) }
    }
    return result
  }
  if bFull && a.size == 1 {
    let va = pa[0]
    while let range = try chunks.next() {
      for i in range { pr[i] = f(va, pb[i]) }
    }
    return result
  }
  let strides = [a.stridesBroadcast(to: shape), b.stridesBroadcast(to: shape), result.strides]
  try forEachRow(shape: shape, strides: strides) { offsets, n, inner in
    let (sa, sb, sr) = (inner[0], inner[1], inner[2])
    var (ia, ib, ir) = (offsets[0], offsets[1], offsets[2])
    for _ in 0..<n {
      pr[ir] = f(pa[ia], pb[ib])
      ia += sa
      ib += sb
      ir += sr
    }
  }
  return result
}

/// Writes `source` (same dtype, broadcastable to `destination.shape`) into `destination`'s buffer,
/// without stopping half-way: the destination may be an array the caller sees.
@inline(__always)
func copyElements<T: ArrayElement>(_: T.Type, from source: NDArray, into destination: NDArray) {
  let ps = source.base(T.self)
  let pd = destination.base(T.self)
  if source.shape == destination.shape && source.isContiguous && destination.isContiguous {
    pd.update(from: ps, count: destination.size)
    return
  }
  let strides = [source.stridesBroadcast(to: destination.shape), destination.strides]
  forEachRow(shape: destination.shape, strides: strides, poll: {}) { offsets, n, inner in
    let (ss, sd) = (inner[0], inner[1])
    var (i, j) = (offsets[0], offsets[1])
    for _ in 0..<n {
      pd[j] = ps[i]
      i += ss
      j += sd
    }
  }
}

/// A function generic over the element type that may throw (a long loop stopped by its
/// interruption checkpoint); Swift has no generic closures, so each use is a small struct passed
/// to ``tryDispatch(_:_:)``.
protocol ThrowingElementVisitor {
  associatedtype Result
  func visit<T: ArrayElement>(_ type: T.Type) throws -> Result
}

/// A function generic over the element type that cannot fail.
protocol ElementVisitor: ThrowingElementVisitor {
  func visit<T: ArrayElement>(_ type: T.Type) -> Result
}

/// Calls `visitor` with the Swift element type of `dtype`.
@inline(__always)
func dispatch<V: ElementVisitor>(_ dtype: DType, _ visitor: V) -> V.Result {
  // A visitor that cannot fail makes the throwing dispatch unable to throw.
  try! tryDispatch(dtype, visitor)
}

/// Calls `visitor` with the Swift element type of `dtype`.
@inline(__always)
func tryDispatch<V: ThrowingElementVisitor>(_ dtype: DType, _ visitor: V) throws -> V.Result {
  switch dtype {
  case .bool: return try visitor.visit(Bool.self)
  case .int8: return try visitor.visit(Int8.self)
  case .uint8: return try visitor.visit(UInt8.self)
  case .int16: return try visitor.visit(Int16.self)
  case .uint16: return try visitor.visit(UInt16.self)
  case .int32: return try visitor.visit(Int32.self)
  case .uint32: return try visitor.visit(UInt32.self)
  case .int64: return try visitor.visit(Int64.self)
  case .uint64: return try visitor.visit(UInt64.self)
  case .float16: return try visitor.visit(Float16.self)
  case .float32: return try visitor.visit(Float.self)
  case .float64: return try visitor.visit(Double.self)
  case .complex64: return try visitor.visit(Complex64.self)
  case .complex128: return try visitor.visit(Complex128.self)
  }
}
