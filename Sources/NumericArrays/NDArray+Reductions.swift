/// Reductions with numpy's `axis`/`keepdims` semantics and dtype rules.
extension NDArray {
  /// The dtype numpy's `add.reduce`/`multiply.reduce`/`cumsum` accumulate in: bool and small
  /// signed integers become int64, small unsigned integers uint64.
  static func accumulationType(_ dtype: DType) -> DType {
    switch dtype {
    case .bool, .int8, .int16, .int32, .int64: return .int64
    case .uint8, .uint16, .uint32, .uint64: return .uint64
    case .float16, .float32, .float64, .complex64, .complex128: return dtype
    }
  }

  /// numpy's `sum`: pairwise for floats (bit-identical to numpy), int64 for small integers.
  /// - Parameters:
  ///   - axes: the axes to reduce; `nil` reduces all.
  ///   - keepDims: keep reduced axes with length 1.
  ///   - dtype: the accumulation dtype; defaults to numpy's rule.
  /// - Throws: AxisError, ValueError for duplicate axes.
  public func sum(axes: [Int]? = nil, keepDims: Bool = false, dtype: DType? = nil) throws -> NDArray {
    let x = converted(to: dtype ?? NDArray.accumulationType(self.dtype))
    let layout = try ReductionLayout(x, axes: axes, keepDims: keepDims)
    let reduced: NDArray
    switch x.dtype {
    case .bool: reduced = try NDArray.fold(Bool.self, layout, initial: false) { $0 || $1 }
    case .int8: reduced = try NDArray.fold(Int8.self, layout, initial: 0) { $0 &+ $1 }
    case .uint8: reduced = try NDArray.fold(UInt8.self, layout, initial: 0) { $0 &+ $1 }
    case .int16: reduced = try NDArray.fold(Int16.self, layout, initial: 0) { $0 &+ $1 }
    case .uint16: reduced = try NDArray.fold(UInt16.self, layout, initial: 0) { $0 &+ $1 }
    case .int32: reduced = try NDArray.fold(Int32.self, layout, initial: 0) { $0 &+ $1 }
    case .uint32: reduced = try NDArray.fold(UInt32.self, layout, initial: 0) { $0 &+ $1 }
    case .int64: reduced = try NDArray.fold(Int64.self, layout, initial: 0) { $0 &+ $1 }
    case .uint64: reduced = try NDArray.fold(UInt64.self, layout, initial: 0) { $0 &+ $1 }
    case .float16:
      let single = try NDArray.floatSum(Float.self, try ReductionLayout(x.astype(.float32), axes: axes, keepDims: keepDims))
      reduced = single.astype(.float16)
    case .float32: reduced = try NDArray.floatSum(Float.self, layout)
    case .float64: reduced = try NDArray.floatSum(Double.self, layout)
    case .complex64: reduced = try NDArray.complexSum(Complex64.self, layout)
    case .complex128: reduced = try NDArray.complexSum(Complex128.self, layout)
    }
    return try reduced.reshaped(layout.resultShape)
  }

  /// numpy's `prod` (sequential products; int64 for small integers).
  public func prod(axes: [Int]? = nil, keepDims: Bool = false, dtype: DType? = nil) throws -> NDArray {
    let x = converted(to: dtype ?? NDArray.accumulationType(self.dtype))
    let layout = try ReductionLayout(x, axes: axes, keepDims: keepDims)
    return try tryDispatch(x.dtype, ProductFold(layout: layout)).reshaped(layout.resultShape)
  }

  /// numpy's `max` (`amax`): NaN propagates.
  /// - Throws: ValueError `zero-size array to reduction operation maximum which has no identity`.
  public func max(axes: [Int]? = nil, keepDims: Bool = false) throws -> NDArray {
    try extremum(axes: axes, keepDims: keepDims, operation: .maximum)
  }

  /// numpy's `min` (`amin`): NaN propagates.
  public func min(axes: [Int]? = nil, keepDims: Bool = false) throws -> NDArray {
    try extremum(axes: axes, keepDims: keepDims, operation: .minimum)
  }

  private func extremum(axes: [Int]?, keepDims: Bool, operation: BinaryOperation) throws -> NDArray {
    let layout = try ReductionLayout(self, axes: axes, keepDims: keepDims)
    if layout.reducedCount == 0 {
      throw NDArrayError.value(
        "zero-size array to reduction operation \(operation.ufuncName) which has no identity")
    }
    let isMax = operation == .maximum
    return try tryDispatch(dtype, ExtremumFold(layout: layout, isMax: isMax)).reshaped(layout.resultShape)
  }

  /// numpy's `all`.
  public func all(axes: [Int]? = nil, keepDims: Bool = false) throws -> NDArray {
    let layout = try ReductionLayout(astype(.bool), axes: axes, keepDims: keepDims)
    return try NDArray.fold(Bool.self, layout, initial: true) { $0 && $1 }.reshaped(layout.resultShape)
  }

  /// numpy's `any`.
  public func any(axes: [Int]? = nil, keepDims: Bool = false) throws -> NDArray {
    let layout = try ReductionLayout(astype(.bool), axes: axes, keepDims: keepDims)
    return try NDArray.fold(Bool.self, layout, initial: false) { $0 || $1 }.reshaped(layout.resultShape)
  }

  /// numpy's `mean`: float64 for integers, float32 accumulation for float16.
  public func mean(axes: [Int]? = nil, keepDims: Bool = false) throws -> NDArray {
    let sumType: DType = dtype.isFloatingPoint || dtype.isComplex ? (dtype == .float16 ? .float32 : dtype) : .float64
    let layout = try ReductionLayout(self, axes: axes, keepDims: keepDims)
    let total = try sum(axes: axes, keepDims: keepDims, dtype: sumType)
    let count = NDArray(scalar: .int(Int64(layout.reducedCount)))
    let mean = try NDArray.apply(.trueDivide, total, count).converted(to: sumType)
    return dtype == .float16 ? mean.astype(.float16) : mean
  }

  /// numpy's `var` with `ddof`.
  public func variance(axes: [Int]? = nil, keepDims: Bool = false, ddof: Int = 0) throws -> NDArray {
    let sumType: DType? = dtype.isFloatingPoint || dtype.isComplex ? nil : .float64
    let layout = try ReductionLayout(self, axes: axes, keepDims: keepDims)
    let count = layout.reducedCount
    let total = try sum(axes: axes, keepDims: true, dtype: sumType)
    let mean = try NDArray.apply(.trueDivide, total, NDArray(scalar: .int(Int64(count)))).converted(to: total.dtype)
    let deviation = try NDArray.apply(.subtract, self, mean)
    let squares: NDArray
    if dtype.isComplex {
      // numpy squares both parts in place and adds them into the real parts, a strided view.
      let (real, imag) = (deviation.realPart, deviation.imagPart)
      try real.assign(NDArray.apply(.add, NDArray.apply(.multiply, real, real), NDArray.apply(.multiply, imag, imag)))
      squares = real
    } else {
      squares = try NDArray.apply(.multiply, deviation, deviation)
    }
    let squareSum = try squares.sum(axes: axes, keepDims: keepDims, dtype: sumType)
    let divisor = NDArray(scalar: .int(Int64(Swift.max(count - ddof, 0))))
    return try NDArray.apply(.trueDivide, squareSum, divisor).converted(to: squareSum.dtype)
  }

  /// numpy's `std` with `ddof`.
  public func standardDeviation(axes: [Int]? = nil, keepDims: Bool = false, ddof: Int = 0) throws -> NDArray {
    try NDArray.apply(.float(.sqrt), variance(axes: axes, keepDims: keepDims, ddof: ddof))
  }

  /// numpy's `argmax`: the first index of the maximum (NaN counts as maximal).
  /// - Throws: ValueError `attempt to get argmax of an empty sequence`.
  public func argmax(axis: Int? = nil, keepDims: Bool = false) throws -> NDArray {
    try argExtremum(axis: axis, keepDims: keepDims, isMax: true)
  }

  /// numpy's `argmin`: the first index of the minimum (NaN counts as minimal).
  public func argmin(axis: Int? = nil, keepDims: Bool = false) throws -> NDArray {
    try argExtremum(axis: axis, keepDims: keepDims, isMax: false)
  }

  private func argExtremum(axis: Int?, keepDims: Bool, isMax: Bool) throws -> NDArray {
    let source = axis == nil ? raveled() : self
    let along = axis ?? 0
    let layout = try ReductionLayout(source, axes: [along], keepDims: false)
    if layout.reducedCount == 0 {
      throw NDArrayError.value("attempt to get \(isMax ? "argmax" : "argmin") of an empty sequence")
    }
    let indices = try tryDispatch(dtype, ArgExtremum(layout: layout, isMax: isMax))
    guard keepDims else { return indices }
    if axis == nil { return try indices.reshaped(Array(repeating: 1, count: ndim)) }
    let normalized = try NDArray.normalize(axis: along, ndim: ndim)
    return try indices.reshaped((0..<ndim).map { $0 == normalized ? 1 : self.shape[$0] })
  }

  /// numpy's `cumsum` (flattened when `axis` is nil), in the accumulation dtype.
  public func cumsum(axis: Int? = nil) throws -> NDArray {
    try accumulate(axis: axis, product: false)
  }

  /// numpy's `cumprod`.
  public func cumprod(axis: Int? = nil) throws -> NDArray {
    try accumulate(axis: axis, product: true)
  }

  private func accumulate(axis: Int?, product: Bool) throws -> NDArray {
    let source = axis == nil ? raveled() : self
    let along = try NDArray.normalize(axis: axis ?? 0, ndim: Swift.max(source.ndim, 1))
    let result = source.astype(NDArray.accumulationType(dtype))
    if result.ndim == 0 { return try result.reshaped([1]) }
    try tryDispatch(result.dtype, Accumulate(array: result, axis: along, product: product))
    return result
  }
}
