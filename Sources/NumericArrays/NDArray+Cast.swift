/// Conversions between dtypes, copies and scalar construction.
extension NDArray {
  /// A contiguous copy with elements cast to `dtype` (numpy's `astype`, which always copies).
  public func astype(_ dtype: DType) -> NDArray {
    dispatch(self.dtype, CastFrom(source: self, target: dtype))
  }

  /// A contiguous copy (numpy's `copy()`).
  public func copy() -> NDArray { astype(dtype) }

  /// This array if it already has `dtype`, otherwise a cast copy.
  func converted(to dtype: DType) -> NDArray { self.dtype == dtype ? self : astype(dtype) }

  /// This array if C-contiguous, otherwise a contiguous copy.
  public func contiguous() -> NDArray { isContiguous ? self : copy() }

  /// A 0-d array holding a Python scalar.
  /// - Parameters:
  ///   - scalar: the value.
  ///   - dtype: the dtype; defaults to numpy's choice for a Python scalar (bool, int64, float64).
  public init(scalar: Scalar, dtype: DType? = nil) {
    let source = NDArray.exactScalar(scalar)
    self = source.converted(to: dtype ?? scalar.defaultDType)
  }

  /// A 0-d float64 array.
  public init(_ value: Double) { self.init(scalar: .float(value)) }

  /// A 0-d array of the value's own dtype.
  public init<T: ArrayElement>(element value: T) {
    self.init(uninitializedShape: [], dtype: T.dtype)
    base(T.self).pointee = value
  }

  /// A 0-d array of the scalar's own kind (uint64 for `.uint`).
  static func exactScalar(_ scalar: Scalar) -> NDArray {
    switch scalar {
    case .bool(let b): return NDArray(element: b)
    case .int(let i): return NDArray(element: i)
    case .uint(let u): return NDArray(element: u)
    case .float(let d): return NDArray(element: d)
    case .complex(let re, let im): return NDArray(element: Complex128(real: re, imag: im))
    }
  }

  /// A 1-d or shaped array from elements in row-major order.
  /// - Parameters:
  ///   - elements: the values.
  ///   - shape: the shape; defaults to `[elements.count]`.
  /// - Throws: ValueError when the shape does not hold exactly `elements.count` elements.
  public init<T: ArrayElement>(_ elements: [T], shape: [Int]? = nil) throws {
    let shape = shape ?? [elements.count]
    guard shape.reduce(1, *) == elements.count, shape.allSatisfy({ $0 >= 0 }) else {
      throw NDArrayError.value(
        "cannot reshape array of size \(elements.count) into shape \(NDArray.shapeTuple(shape))")
    }
    self.init(uninitializedShape: shape, dtype: T.dtype)
    let pointer = base(T.self)
    elements.withUnsafeBufferPointer { pointer.update(from: $0.baseAddress!, count: $0.count) }
  }

  /// An array of a shape filled with one value.
  public static func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil) throws -> NDArray {
    let fill = NDArray(scalar: value, dtype: dtype)
    try ArrayMemory.reserve(shape: shape, dtype: fill.dtype)
    let result = NDArray(uninitializedShape: shape, dtype: fill.dtype)
    dispatch(fill.dtype, CopyInto(source: fill, destination: result))
    return result
  }

  /// An array of zeros (numpy's `zeros`; `empty` gives the same here).
  public static func zeros(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
    try ArrayMemory.reserve(shape: shape, dtype: dtype)
    return NDArray(
      dtype: dtype, shape: shape, strides: contiguousStrides(shape), offset: 0,
      storage: .zeroed(byteCount: shape.reduce(1, *) * dtype.itemSize))
  }

  /// An array of ones.
  public static func ones(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
    try full(shape, .int(1), dtype: dtype)
  }

  /// Writes `source` into this array's elements (with casting and broadcasting), as numpy's
  /// `a[...] = source` does.
  /// - Throws: ValueError when `source` does not broadcast to this shape.
  public func assign(_ source: NDArray) throws {
    guard source.ndim <= ndim || source.shape.dropLast(ndim).allSatisfy({ $0 == 1 }) else {
      throw NDArrayError.value(
        "could not broadcast input array from shape \(NDArray.shapeTuple(source.shape)) into shape "
          + NDArray.shapeTuple(shape))
    }
    let trimmed = source.ndim > ndim ? try source.reshaped(Array(source.shape.suffix(ndim))) : source
    let compatible = trimmed.shape.enumerated().allSatisfy {
      $0.element == 1 || $0.element == shape[ndim - trimmed.ndim + $0.offset]
    }
    guard compatible else {
      throw NDArrayError.value(
        "could not broadcast input array from shape \(NDArray.shapeTuple(source.shape)) into shape "
          + NDArray.shapeTuple(shape))
    }
    let cast = trimmed.converted(to: dtype)
    let needsCopy = cast.storage === storage
    dispatch(dtype, CopyInto(source: needsCopy ? cast.copy() : cast, destination: self))
  }
}

struct CastFrom: ElementVisitor {
  let source: NDArray
  let target: DType
  func visit<S: ArrayElement>(_: S.Type) -> NDArray {
    dispatch(target, CastInto<S>(source: source))
  }
}

struct CastInto<S: ArrayElement>: ElementVisitor {
  let source: NDArray
  func visit<D: ArrayElement>(_: D.Type) -> NDArray {
    if S.self == D.self {
      return mapUnary(source, poll: {}) { (x: S) -> S in x }
    }
    return mapUnary(source, poll: {}) { (x: S) -> D in D(castFrom: x) }
  }
}

struct CopyInto: ElementVisitor {
  let source: NDArray
  let destination: NDArray
  func visit<T: ArrayElement>(_ type: T.Type) {
    copyElements(type, from: source, into: destination)
  }
}
