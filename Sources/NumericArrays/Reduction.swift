/// The layout of a reduction: the array viewed with kept axes first and reduced axes last (the
/// reduced ones in memory order, as numpy's iterator visits them).
struct ReductionLayout {
  let view: NDArray
  let keptShape: [Int]
  let reducedShape: [Int]
  let reducedStrides: [Int]
  let keptStrides: [Int]
  let resultShape: [Int]
  /// Whether the innermost reduced axis is also the array's innermost axis in memory, in which
  /// case numpy sums each run pairwise.
  let innermostIsReduced: Bool

  init(_ array: NDArray, axes: [Int]?, keepDims: Bool) throws {
    let ndim = array.ndim
    var reduced: [Int]
    if let axes {
      reduced = try axes.map { try NDArray.normalize(axis: $0, ndim: ndim) }
      guard Set(reduced).count == reduced.count else {
        throw NDArrayError.value("duplicate value in 'axis'")
      }
    } else {
      reduced = Array(0..<ndim)
    }
    reduced.sort { abs(array.strides[$0]) > abs(array.strides[$1]) || (abs(array.strides[$0]) == abs(array.strides[$1]) && $0 < $1) }
    let kept = (0..<ndim).filter { !reduced.contains($0) }
    view = array
    keptShape = kept.map { array.shape[$0] }
    reducedShape = reduced.map { array.shape[$0] }
    reducedStrides = reduced.map { array.strides[$0] }
    keptStrides = kept.map { array.strides[$0] }
    resultShape = keepDims ? (0..<ndim).map { reduced.contains($0) ? 1 : array.shape[$0] } : keptShape
    let innerReduced = reduced.last.map { abs(array.strides[$0]) } ?? 0
    let innerKept = kept.filter { array.shape[$0] > 1 }.map { abs(array.strides[$0]) }.min() ?? Int.max
    innermostIsReduced = !reduced.isEmpty && innerReduced <= innerKept
  }

  var outputCount: Int { keptShape.reduce(1, *) }
  var reducedCount: Int { reducedShape.reduce(1, *) }

  /// The buffer offset (from the view's base) of output element `index` (row-major).
  func keptOffset(_ index: Int) -> Int {
    var remaining = index
    var offset = 0
    for axis in stride(from: keptShape.count - 1, through: 0, by: -1) {
      offset += (remaining % keptShape[axis]) * keptStrides[axis]
      remaining /= keptShape[axis]
    }
    return offset
  }

  /// Calls `body(offset, count, stride)` for each run of reduced elements of one output (runs
  /// longer than ``interruptionChunk`` in pieces of that length), with the interruption
  /// checkpoint between chunks of elements.
  @inline(__always)
  func forEachRun(output: Int, _ body: (Int, Int, Int) -> Void) throws {
    let base = keptOffset(output)
    if reducedShape.isEmpty {
      body(base, 1, 0)
      return
    }
    try forEachRow(shape: reducedShape, strides: [reducedStrides]) { offsets, count, inner in
      body(base + offsets[0], count, inner[0])
    }
  }
}

/// numpy's pairwise summation (`@TYPE@_pairwise_sum`): blocks of 128 with eight accumulators.
@inline(__always)
func pairwiseSum<T: FloatElement>(_ p: UnsafePointer<T>, _ n: Int, _ stride: Int) -> T {
  if n < 8 {
    var result: T = 0
    for i in 0..<n { result += p[i * stride] }
    return result
  }
  if n <= 128 {
    var r0 = p[0], r1 = p[stride], r2 = p[2 * stride], r3 = p[3 * stride]
    var r4 = p[4 * stride], r5 = p[5 * stride], r6 = p[6 * stride], r7 = p[7 * stride]
    var i = 8
    let end = n - n % 8
    while i < end {
      r0 += p[i * stride]
      r1 += p[(i + 1) * stride]
      r2 += p[(i + 2) * stride]
      r3 += p[(i + 3) * stride]
      r4 += p[(i + 4) * stride]
      r5 += p[(i + 5) * stride]
      r6 += p[(i + 6) * stride]
      r7 += p[(i + 7) * stride]
      i += 8
    }
    var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < n {
      result += p[i * stride]
      i += 1
    }
    return result
  }
  var half = n / 2
  half -= half % 8
  return pairwiseSum(p, half, stride) + pairwiseSum(p + half * stride, n - half, stride)
}

/// numpy's buffer size: pairwise sums restart every 8192 elements.
let reductionBufferSize = 8192

extension NDArray {
  /// Float sums per output, pairwise along the innermost axis as numpy does.
  static func floatSum<T: FloatElement>(_: T.Type, _ layout: ReductionLayout) throws -> NDArray {
    if layout.keptShape.isEmpty && layout.reducedCount > 0 {
      return try fullFloatSum(T.self, layout)
    }
    let result = NDArray(uninitializedShape: layout.keptShape, dtype: T.dtype)
    let source = layout.view.base(T.self)
    let output = result.base(T.self)
    var meter = WorkMeter()
    for o in 0..<layout.outputCount {
      try meter.add(layout.reducedCount)
      var total: T = 0
      try layout.forEachRun(output: o) { offset, count, stride in
        if layout.innermostIsReduced {
          var start = 0
          while start < count {
            let n = Swift.min(reductionBufferSize, count - start)
            total += pairwiseSum(source + offset + start * stride, n, stride)
            start += n
          }
        } else {
          for i in 0..<count { total += source[offset + i * stride] }
        }
      }
      output[o] = total
    }
    return result
  }

  /// A sum over every axis: numpy's buffered iterator walks the elements in memory order and
  /// sums each buffer of 8192 pairwise (copying non-uniformly strided data into the buffer).
  private static func fullFloatSum<T: FloatElement>(_: T.Type, _ layout: ReductionLayout) throws -> NDArray {
    let ordered = NDArray(
      dtype: T.dtype, shape: layout.reducedShape, strides: layout.reducedStrides, offset: layout.view.offset,
      storage: layout.view.storage)
    let (_, runs) = coalesce(shape: layout.reducedShape, strides: [layout.reducedStrides])
    let flat = runs[0].count == 1 ? ordered : ordered.copy()
    let stride = runs[0].count == 1 ? runs[0][0] : 1
    let count = layout.reducedCount
    let source = flat.base(T.self)
    var total: T = 0
    var start = 0
    var meter = WorkMeter()
    while start < count {
      let n = Swift.min(reductionBufferSize, count - start)
      total += pairwiseSum(source + start * stride, n, stride)
      start += n
      try meter.add(n)
    }
    let result = NDArray(uninitializedShape: [], dtype: T.dtype)
    result.base(T.self).pointee = total
    return result
  }

  /// A fold of each output's reduced elements from `initial` (or from the first element).
  @inline(__always)
  static func fold<T: ArrayElement>(
    _: T.Type, _ layout: ReductionLayout, initial: T?, _ combine: (T, T) -> T
  ) throws -> NDArray {
    let result = NDArray(uninitializedShape: layout.keptShape, dtype: T.dtype)
    let source = layout.view.base(T.self)
    let output = result.base(T.self)
    var meter = WorkMeter()
    for o in 0..<layout.outputCount {
      try meter.add(layout.reducedCount)
      var accumulator = initial
      try layout.forEachRun(output: o) { offset, count, stride in
        var i = 0
        var value: T
        if let current = accumulator {
          value = current
        } else {
          value = source[offset]
          i = 1
        }
        while i < count {
          value = combine(value, source[offset + i * stride])
          i += 1
        }
        accumulator = value
      }
      if let accumulator { output[o] = accumulator }
    }
    return result
  }
}
