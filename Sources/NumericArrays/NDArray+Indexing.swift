/// numpy indexing: basic indices give views, integer and boolean arrays gather copies.
extension NDArray {
  /// The selection `a[indices]` as numpy computes it.
  /// - Throws: IndexError for out-of-bounds or too many indices, ValueError/IndexError for
  ///   mismatched masks and index arrays that do not broadcast.
  public func get(_ indices: [ArrayIndex]) throws -> NDArray {
    let plan = try IndexPlan(self, indices)
    guard let advanced = plan.advanced else { return plan.view }
    return try advanced.gather(from: plan.view)
  }

  /// `a[index] = value` as numpy performs it (casting and broadcasting `value`).
  /// - Throws: the indexing errors of ``get(_:)`` and broadcasting ValueErrors.
  public func set(_ indices: [ArrayIndex], to value: NDArray) throws {
    let plan = try IndexPlan(self, indices)
    guard let advanced = plan.advanced else {
      try plan.view.assign(value)
      return
    }
    try advanced.scatter(value, into: plan.view)
  }

  /// numpy's `np.add.at(a, index, value)`: unbuffered addition in place, so a position selected
  /// several times gets every addition (`a[index] += value` would add once).
  /// - Throws: the indexing errors of ``get(_:)``, broadcasting ValueErrors, and numpy's casting
  ///   error when the sum cannot be stored in `a`'s dtype.
  public func addAt(_ indices: [ArrayIndex], _ value: NDArray) throws {
    let plan = try IndexPlan(self, indices)
    guard let advanced = plan.advanced else {
      try NDArray.applyInPlace(.add, plan.view, value)
      return
    }
    try advanced.accumulate(value, into: plan.view)
  }

  /// `a[i, j, ...]` with integer indices only.
  public subscript(positions: Int...) -> NDArray {
    get throws { try get(positions.map { .int($0) }) }
  }
}

/// An index expression resolved against an array: the basic-index view plus, when present, the
/// advanced (array) indices over some of the view's axes.
private struct IndexPlan {
  var view: NDArray
  var advanced: AdvancedIndex?

  init(_ array: NDArray, _ rawIndices: [ArrayIndex]) throws {
    var indices: [ArrayIndex] = []
    var consumed = 0
    var ellipses = 0
    for index in rawIndices {
      switch index {
      case .int, .slice: consumed += 1
      case .newAxis: break
      case .ellipsis: ellipses += 1
      case .array(let box): consumed += box.array.dtype == .bool ? Swift.max(box.array.ndim, 1) : 1
      }
    }
    guard ellipses <= 1 else { throw NDArrayError.index("an index can only have a single ellipsis ('...')") }
    guard consumed <= array.ndim else {
      throw NDArrayError.index(
        "too many indices for array: array is \(array.ndim)-dimensional, but \(consumed) were indexed")
    }
    for index in rawIndices {
      if case .ellipsis = index {
        indices += Array(repeating: ArrayIndex.all, count: array.ndim - consumed)
      } else {
        indices.append(index)
      }
    }
    if ellipses == 0 { indices += Array(repeating: ArrayIndex.all, count: array.ndim - consumed) }

    var shape: [Int] = []
    var strides: [Int] = []
    var offset = array.offset
    var axis = 0
    var arrays: [(viewAxis: Int, index: NDArray)] = []
    var advancedSlots: [Int] = []
    var firstAdvancedAxis: Int?
    for (slot, index) in indices.enumerated() {
      switch index {
      case .int(let i):
        let length = array.shape[axis]
        let position = i < 0 ? i + length : i
        guard position >= 0 && position < length else {
          throw NDArrayError.index("index \(i) is out of bounds for axis \(axis) with size \(length)")
        }
        offset += position * array.strides[axis]
        axis += 1
        advancedSlots.append(slot)
        if firstAdvancedAxis == nil { firstAdvancedAxis = shape.count }
      case .slice(let start, let stop, let step):
        let resolved = try resolveSlice(start: start, stop: stop, step: step, length: array.shape[axis])
        if resolved.count > 0 { offset += resolved.start * array.strides[axis] }
        shape.append(resolved.count)
        strides.append(array.strides[axis] * resolved.step)
        axis += 1
      case .newAxis:
        shape.append(1)
        strides.append(0)
      case .ellipsis:
        break
      case .array(let box):
        advancedSlots.append(slot)
        if firstAdvancedAxis == nil { firstAdvancedAxis = shape.count }
        if box.array.dtype == .bool {
          let maskDims = Swift.max(box.array.ndim, 1)
          let covered = Array(array.shape[axis..<axis + maskDims])
          let mask = box.array.ndim == 0 ? try box.array.reshaped([1]) : box.array
          for d in 0..<maskDims where covered[d] != mask.shape[d] {
            throw NDArrayError.index(
              "boolean index did not match indexed array along dimension \(axis + d); dimension is "
                + "\(covered[d]) but corresponding boolean dimension is \(mask.shape[d])")
          }
          for (d, positions) in mask.nonzero().enumerated() {
            arrays.append((shape.count, positions))
            shape.append(array.shape[axis + d])
            strides.append(array.strides[axis + d])
          }
          axis += maskDims
        } else {
          guard box.array.dtype.isInteger else {
            throw NDArrayError.index(
              "arrays used as indices must be of integer (or boolean) type")
          }
          arrays.append((shape.count, box.array))
          shape.append(array.shape[axis])
          strides.append(array.strides[axis])
          axis += 1
        }
      }
    }
    view = NDArray(dtype: array.dtype, shape: shape, strides: strides, offset: offset, storage: array.storage)
    let separated = advancedSlots.count > 1 && advancedSlots.last! - advancedSlots.first! != advancedSlots.count - 1
    advanced =
      arrays.isEmpty
      ? nil
      : try AdvancedIndex(
        arrays: arrays, viewShape: shape, insertAt: separated ? 0 : firstAdvancedAxis ?? 0)
  }
}

/// Integer index arrays over some axes of a view, broadcast together.
private struct AdvancedIndex {
  let axes: [Int]
  let positions: [[Int]]
  let broadcastShape: [Int]
  let restAxes: [Int]
  let insertAt: Int

  init(arrays: [(viewAxis: Int, index: NDArray)], viewShape: [Int], insertAt: Int) throws {
    axes = arrays.map(\.viewAxis)
    let shapes = arrays.map(\.index.shape)
    do {
      broadcastShape = try NDArray.broadcastShape(shapes)
    } catch {
      throw NDArrayError.index(
        "shape mismatch: indexing arrays could not be broadcast together with shapes "
          + shapes.map { NDArray.shapeText($0) }.joined(separator: " ") + " ")
    }
    var lists: [[Int]] = []
    for (axis, index) in arrays {
      let length = viewShape[axis]
      let values = try index.broadcast(to: broadcastShape).astype(.int64).scalars.map { scalar -> Int in
        guard case .int(let raw) = scalar else { return 0 }
        let i = Int(raw)
        let position = i < 0 ? i + length : i
        guard position >= 0 && position < length else {
          throw NDArrayError.index("index \(i) is out of bounds for axis \(axis) with size \(length)")
        }
        return position
      }
      lists.append(values)
    }
    positions = lists
    let indexed = axes
    restAxes = viewShape.indices.filter { !indexed.contains($0) }
    self.insertAt = insertAt
  }

  /// The view over the non-indexed axes at one broadcast position.
  private func subview(_ view: NDArray, _ k: Int) -> NDArray {
    var offset = view.offset
    for (n, axis) in axes.enumerated() { offset += positions[n][k] * view.strides[axis] }
    return NDArray(
      dtype: view.dtype, shape: restAxes.map { view.shape[$0] }, strides: restAxes.map { view.strides[$0] },
      offset: offset, storage: view.storage)
  }

  private var count: Int { broadcastShape.reduce(1, *) }

  /// The permutation from the gathered layout (broadcast axes first) to numpy's result layout.
  private func resultAxes(restCount: Int) -> [Int] {
    let b = broadcastShape.count
    let rest = Array(b..<b + restCount)
    return Array(rest[..<insertAt]) + Array(0..<b) + Array(rest[insertAt...])
  }

  func gather(from view: NDArray) throws -> NDArray {
    let restShape = restAxes.map { view.shape[$0] }
    try ArrayMemory.reserve(shape: broadcastShape + restShape, dtype: view.dtype)
    let result = NDArray(uninitializedShape: broadcastShape + restShape, dtype: view.dtype)
    let restSize = restShape.reduce(1, *)
    for k in 0..<count {
      let target = NDArray(
        dtype: view.dtype, shape: restShape, strides: NDArray.contiguousStrides(restShape),
        offset: k * restSize, storage: result.storage)
      dispatch(view.dtype, CopyInto(source: subview(view, k), destination: target))
    }
    return try result.transposed(resultAxes(restCount: restShape.count))
  }

  func accumulate(_ value: NDArray, into view: NDArray) throws {
    let restShape = restAxes.map { view.shape[$0] }
    let order = resultAxes(restCount: restShape.count)
    let resultShape = order.map { (broadcastShape + restShape)[$0] }
    let broadcastValue = try value.broadcastForAssignment(to: resultShape)
    var inverse = [Int](repeating: 0, count: order.count)
    for (i, axis) in order.enumerated() { inverse[axis] = i }
    let flat = try broadcastValue.transposed(inverse).copy().reshaped([count] + restShape)
    for k in 0..<count {
      try NDArray.applyInPlace(.add, subview(view, k), flat.slice(axis: 0, start: k, count: 1).squeezedFirst())
    }
  }

  func scatter(_ value: NDArray, into view: NDArray) throws {
    let restShape = restAxes.map { view.shape[$0] }
    let order = resultAxes(restCount: restShape.count)
    let resultShape = order.map { (broadcastShape + restShape)[$0] }
    let broadcastValue = try value.converted(to: view.dtype).broadcastForAssignment(to: resultShape)
    var inverse = [Int](repeating: 0, count: order.count)
    for (i, axis) in order.enumerated() { inverse[axis] = i }
    let gathered = try broadcastValue.transposed(inverse)
    let flat = try gathered.copy().reshaped([count] + restShape)
    for k in 0..<count {
      try subview(view, k).assign(flat.slice(axis: 0, start: k, count: 1).squeezedFirst())
    }
  }
}

extension NDArray {
  /// The value of an assignment broadcast to the selected shape, with numpy's error message.
  fileprivate func broadcastForAssignment(to shape: [Int]) throws -> NDArray {
    do {
      return try broadcast(to: shape)
    } catch {
      throw NDArrayError.value(
        "shape mismatch: value array of shape \(NDArray.shapeText(self.shape)) could not be broadcast "
          + "to indexing result of shape \(NDArray.shapeText(shape))")
    }
  }

  fileprivate func squeezedFirst() -> NDArray {
    NDArray(
      dtype: dtype, shape: Array(shape.dropFirst()), strides: Array(strides.dropFirst()), offset: offset,
      storage: storage)
  }

  /// The positions of non-zero elements, one int64 array per axis (numpy's `nonzero`).
  public func nonzero() -> [NDArray] {
    let truth = astype(.bool)
    let flags = UnsafeBufferPointer(start: truth.base(Bool.self), count: truth.size)
    let dims = Swift.max(ndim, 1)
    let shapeUsed = ndim == 0 ? [1] : shape
    var columns = [[Int64]](repeating: [], count: dims)
    for (flat, flag) in flags.enumerated() where flag {
      var remaining = flat
      for axis in stride(from: dims - 1, through: 0, by: -1) {
        columns[axis].append(Int64(remaining % shapeUsed[axis]))
        remaining /= shapeUsed[axis]
      }
    }
    return columns.map { column in
      let result = NDArray(uninitializedShape: [column.count], dtype: .int64)
      for (i, value) in column.enumerated() { result.base(Int64.self)[i] = value }
      return result
    }
  }
}
