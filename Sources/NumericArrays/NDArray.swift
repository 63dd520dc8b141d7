/// An n-dimensional array with numpy 1.23 semantics.
///
/// An `NDArray` is a view: a dtype, a shape, strides (in elements) and an offset into a shared
/// buffer. Views made by slicing, transposing or broadcasting share the buffer, exactly as
/// numpy's do, so an assignment through a view is seen by every array over the same buffer.
/// Use ``copy()`` for an independent array.
public struct NDArray {
  /// The element type.
  public let dtype: DType
  /// The length of each axis.
  public let shape: [Int]
  /// The distance in elements between neighbours along each axis (0 for broadcast axes).
  public let strides: [Int]
  /// The position of element `[0, 0, ...]` in the buffer, in elements.
  let offset: Int
  var storage: Storage

  init(dtype: DType, shape: [Int], strides: [Int], offset: Int, storage: Storage) {
    self.dtype = dtype
    self.shape = shape
    self.strides = strides
    self.offset = offset
    self.storage = storage
  }

  /// A new C-contiguous array whose elements are not yet written (callers fill every element).
  init(uninitializedShape shape: [Int], dtype: DType) {
    let count = shape.reduce(1, *)
    self.init(
      dtype: dtype, shape: shape, strides: NDArray.contiguousStrides(shape), offset: 0,
      storage: Storage(byteCount: count * dtype.itemSize))
  }

  /// Whether both are the same view of the same buffer (what Python's `is` means for an array
  /// a function hands back unchanged).
  public func isSameView(as other: NDArray) -> Bool {
    storage === other.storage && offset == other.offset && dtype == other.dtype && shape == other.shape
      && strides == other.strides
  }

  /// The number of axes.
  public var ndim: Int { shape.count }
  /// The number of elements.
  public var size: Int { shape.reduce(1, *) }
  /// The size of one element in bytes.
  public var itemSize: Int { dtype.itemSize }
  /// The total number of bytes of the elements (`nbytes`).
  public var byteCount: Int { size * dtype.itemSize }
  /// numpy's `strides` attribute: distances in bytes.
  public var byteStrides: [Int] { strides.map { $0 * dtype.itemSize } }

  /// The strides of a C-contiguous array of the given shape, in elements; numpy 1.23 gives every
  /// axis of an empty array stride 0.
  static func contiguousStrides(_ shape: [Int]) -> [Int] {
    if shape.contains(0) { return [Int](repeating: 0, count: shape.count) }
    var strides = [Int](repeating: 1, count: shape.count)
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[axis] = step
      step *= Swift.max(shape[axis], 1)
    }
    return strides
  }

  /// Whether the elements lie in row-major order without gaps (numpy's `C_CONTIGUOUS`).
  public var isContiguous: Bool {
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) where shape[axis] != 1 {
      if shape[axis] == 0 { return true }
      if strides[axis] != step { return false }
      step *= shape[axis]
    }
    return true
  }

  /// A typed pointer to element `[0, 0, ...]`.
  @inline(__always)
  func base<T: ArrayElement>(_: T.Type) -> UnsafeMutablePointer<T> {
    storage.pointer.assumingMemoryBound(to: T.self) + offset
  }

  /// The buffer position (in elements, relative to the base) of a flat row-major index.
  func elementOffset(ofFlatIndex index: Int) -> Int {
    var remaining = index
    var position = 0
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      let length = shape[axis]
      position += (remaining % length) * strides[axis]
      remaining /= length
    }
    return position
  }

  /// The element at a flat row-major index, as a Python scalar.
  func scalar(atFlatIndex index: Int) -> Scalar {
    let position = elementOffset(ofFlatIndex: index)
    switch dtype {
    case .bool: return .bool(base(Bool.self)[position])
    case .int8: return .int(Int64(base(Int8.self)[position]))
    case .uint8: return .int(Int64(base(UInt8.self)[position]))
    case .int16: return .int(Int64(base(Int16.self)[position]))
    case .uint16: return .int(Int64(base(UInt16.self)[position]))
    case .int32: return .int(Int64(base(Int32.self)[position]))
    case .uint32: return .int(Int64(base(UInt32.self)[position]))
    case .int64: return .int(base(Int64.self)[position])
    case .uint64:
      let value = base(UInt64.self)[position]
      return value <= UInt64(Int64.max) ? .int(Int64(value)) : .uint(value)
    case .float16: return .float(Double(base(Float16.self)[position]))
    case .float32: return .float(Double(base(Float.self)[position]))
    case .float64: return .float(base(Double.self)[position])
    case .complex64:
      let value = base(Complex64.self)[position]
      return .complex(Double(value.real), Double(value.imag))
    case .complex128:
      let value = base(Complex128.self)[position]
      return .complex(value.real, value.imag)
    }
  }

  /// The elements in row-major order as Python scalars (for small arrays, tests and bridges).
  public var scalars: [Scalar] { (0..<size).map { scalar(atFlatIndex: $0) } }

  /// The elements in row-major order converted to Double.
  public var doubles: [Double] { (0..<size).map { scalar(atFlatIndex: $0).doubleValue } }

  /// The only element of a one-element array (numpy's `item()`).
  /// - Throws: ValueError when the array does not have exactly one element.
  public func item() throws -> Scalar {
    guard size == 1 else {
      throw NDArrayError.value("can only convert an array of size 1 to a Python scalar")
    }
    return scalar(atFlatIndex: 0)
  }

  /// The element at a flat index (numpy's `item(i)`), negative indices counting from the end.
  /// - Throws: IndexError when out of bounds.
  public func item(_ index: Int) throws -> Scalar {
    let i = index < 0 ? index + size : index
    guard i >= 0 && i < size else { throw NDArrayError.index("index \(index) is out of bounds for size \(size)") }
    return scalar(atFlatIndex: i)
  }

  /// The array as nested lists of Python scalars (numpy's `tolist()`).
  public func toList() -> NestedList {
    var counter = 0
    return nestedList(axis: 0, counter: &counter)
  }

  private func nestedList(axis: Int, counter: inout Int) -> NestedList {
    if axis == ndim {
      defer { counter += 1 }
      return .scalar(scalar(atFlatIndex: counter))
    }
    return .list((0..<shape[axis]).map { _ in nestedList(axis: axis + 1, counter: &counter) })
  }
}

/// Nested Python lists of scalars, as `tolist()` produces and `array(...)` consumes.
public indirect enum NestedList: Equatable, Sendable {
  case scalar(Scalar)
  case list([NestedList])
}
