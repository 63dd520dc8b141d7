/// Views and copies that change the shape: reshape, transpose, squeeze, expand_dims, flatten,
/// concatenate and stack.
extension NDArray {
  /// Normalises an axis into `0..<ndim`.
  /// - Throws: numpy's AxisError.
  static func normalize(axis: Int, ndim: Int) throws -> Int {
    let normalized = axis < 0 ? axis + ndim : axis
    guard normalized >= 0 && normalized < ndim else { throw NDArrayError.axis(axis, ndim) }
    return normalized
  }

  /// The array with a new shape, one entry may be -1 (numpy's `reshape`). A view when the
  /// layout allows it, a copy otherwise.
  /// - Throws: ValueError `cannot reshape array of size 6 into shape (4,)`.
  public func reshaped(_ newShape: [Int]) throws -> NDArray {
    let unknown = newShape.indices.filter { newShape[$0] == -1 }
    guard unknown.count <= 1 else { throw NDArrayError.value("can only specify one unknown dimension") }
    guard newShape.allSatisfy({ $0 >= -1 }) else {
      throw NDArrayError.value("negative dimensions not allowed")
    }
    var shape = newShape
    if let index = unknown.first {
      let known = newShape.enumerated().filter { $0.offset != index }.reduce(1) { $0 * $1.element }
      if known == 0 || size % known != 0 {
        throw NDArrayError.value(
          "cannot reshape array of size \(size) into shape \(NDArray.reshapeText(newShape))")
      }
      shape[index] = size / known
    }
    guard shape.reduce(1, *) == size else {
      throw NDArrayError.value(
        "cannot reshape array of size \(size) into shape \(NDArray.reshapeText(newShape))")
    }
    let source = isContiguous ? self : copy()
    return NDArray(
      dtype: dtype, shape: shape, strides: NDArray.contiguousStrides(shape), offset: source.offset,
      storage: source.storage)
  }

  /// Axes reversed (numpy's `.T`), a view.
  public var transposed: NDArray {
    NDArray(dtype: dtype, shape: shape.reversed(), strides: strides.reversed(), offset: offset, storage: storage)
  }

  /// Axes permuted (numpy's `transpose(axes)`), a view.
  /// - Throws: ValueError `axes don't match array` or AxisError.
  public func transposed(_ axes: [Int]) throws -> NDArray {
    guard axes.count == ndim else { throw NDArrayError.value("axes don't match array") }
    let normalized = try axes.map { try NDArray.normalize(axis: $0, ndim: ndim) }
    guard Set(normalized).count == ndim else { throw NDArrayError.value("repeated axis in transpose") }
    return NDArray(
      dtype: dtype, shape: normalized.map { shape[$0] }, strides: normalized.map { strides[$0] },
      offset: offset, storage: storage)
  }

  /// Two axes exchanged (numpy's `swapaxes`), a view.
  public func swappingAxes(_ first: Int, _ second: Int) throws -> NDArray {
    var axes = Array(0..<ndim)
    let a = try NDArray.normalize(axis: first, ndim: ndim)
    let b = try NDArray.normalize(axis: second, ndim: ndim)
    axes.swapAt(a, b)
    return try transposed(axes)
  }

  /// Length-1 axes removed (all of them, or the listed ones), a view.
  /// - Throws: ValueError `cannot select an axis to squeeze out which has size not equal to one`.
  public func squeezed(axes: [Int]? = nil) throws -> NDArray {
    let selected: Set<Int>
    if let axes {
      selected = Set(try axes.map { try NDArray.normalize(axis: $0, ndim: ndim) })
      guard selected.allSatisfy({ shape[$0] == 1 }) else {
        throw NDArrayError.value("cannot select an axis to squeeze out which has size not equal to one")
      }
    } else {
      selected = Set(shape.indices.filter { shape[$0] == 1 })
    }
    let kept = shape.indices.filter { !selected.contains($0) }
    return NDArray(
      dtype: dtype, shape: kept.map { shape[$0] }, strides: kept.map { strides[$0] }, offset: offset,
      storage: storage)
  }

  /// A length-1 axis inserted at `axis` (numpy's `expand_dims`), a view.
  public func expandingDims(_ axis: Int) throws -> NDArray {
    let position = try NDArray.normalize(axis: axis, ndim: ndim + 1)
    var newShape = shape
    var newStrides = strides
    newShape.insert(1, at: position)
    newStrides.insert(0, at: position)
    return NDArray(dtype: dtype, shape: newShape, strides: newStrides, offset: offset, storage: storage)
  }

  /// A 1-d contiguous copy (numpy's `flatten`).
  public func flattened() -> NDArray {
    let result = copy()
    return NDArray(dtype: dtype, shape: [size], strides: [1], offset: 0, storage: result.storage)
  }

  /// A 1-d view when possible, else a copy (numpy's `ravel`).
  public func raveled() -> NDArray {
    (try? reshaped([size])) ?? flattened()
  }

  /// Arrays joined along an existing axis (numpy's `concatenate`), promoting dtypes.
  /// - Throws: ValueError for mismatched shapes or no arrays, AxisError.
  public static func concatenate(_ arrays: [NDArray], axis: Int = 0) throws -> NDArray {
    guard let first = arrays.first else { throw NDArrayError.value("need at least one array to concatenate") }
    guard first.ndim > 0 else {
      throw NDArrayError.value("zero-dimensional arrays cannot be concatenated")
    }
    let along = try normalize(axis: axis, ndim: first.ndim)
    for (index, array) in arrays.enumerated().dropFirst() {
      guard array.ndim == first.ndim else {
        throw NDArrayError.value(
          "all the input array dimensions for the concatenation axis must match exactly, but along "
            + "dimension 0, the array at index 0 has \(first.ndim) dimension(s) and the array at index "
            + "\(index) has \(array.ndim) dimension(s)")
      }
      for d in 0..<first.ndim where d != along && array.shape[d] != first.shape[d] {
        throw NDArrayError.value(
          "all the input array dimensions for the concatenation axis must match exactly, but along "
            + "dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index "
            + "\(index) has size \(array.shape[d])")
      }
    }
    let dtype = arrays.dropFirst().reduce(first.dtype) { $0.promoted(with: $1.dtype) }
    var shape = first.shape
    shape[along] = arrays.reduce(0) { $0 + $1.shape[along] }
    let result = try zeros(shape, dtype: dtype)
    var start = 0
    for array in arrays {
      let part = result.slice(axis: along, start: start, count: array.shape[along])
      try part.assign(array)
      start += array.shape[along]
    }
    return result
  }

  /// Arrays joined along a new axis (numpy's `stack`).
  /// - Throws: ValueError `all input arrays must have the same shape`.
  public static func stack(_ arrays: [NDArray], axis: Int = 0) throws -> NDArray {
    guard let first = arrays.first else { throw NDArrayError.value("need at least one array to stack") }
    guard arrays.allSatisfy({ $0.shape == first.shape }) else {
      throw NDArrayError.value("all input arrays must have the same shape")
    }
    let position = try normalize(axis: axis, ndim: first.ndim + 1)
    return try concatenate(arrays.map { try $0.expandingDims(position) }, axis: position)
  }

  /// A view of `count` consecutive positions along one axis.
  func slice(axis: Int, start: Int, count: Int) -> NDArray {
    var newShape = shape
    newShape[axis] = count
    return NDArray(
      dtype: dtype, shape: newShape, strides: strides, offset: offset + start * strides[axis],
      storage: storage)
  }
}

extension NDArray {
  /// A requested shape as numpy's reshape error prints it: `(4,newaxis)`.
  static func reshapeText(_ shape: [Int]) -> String {
    "(" + shape.map { $0 == -1 ? "newaxis" : String($0) }.joined(separator: ",")
      + (shape.count == 1 ? ",)" : ")")
  }
}
