/// `numpy.array(list)`: shape discovery and dtype inference from nested Python lists.
extension NDArray {
  /// An array from nested lists of Python scalars, with numpy's dtype inference (bool, then
  /// int64, uint64 for ints above int64, float64) unless `dtype` is given.
  /// - Throws: ValueError `setting an array element with a sequence. The requested array has an
  ///   inhomogeneous shape after 1 dimensions. ...` for ragged lists (numpy 1.23 would build an
  ///   object array when no dtype is given; object arrays do not exist here).
  public init(nested: NestedList, dtype: DType? = nil) throws {
    var shape: [Int] = []
    var level: [NestedList] = [nested]
    while case .list(let first) = level.first {
      let length = first.count
      var next: [NestedList] = []
      for item in level {
        guard case .list(let children) = item, children.count == length else {
          throw NDArray.inhomogeneous(shape)
        }
        next += children
      }
      shape.append(length)
      level = next
      if length == 0 { break }
    }
    var scalars: [Scalar] = []
    scalars.reserveCapacity(level.count)
    for item in level {
      guard case .scalar(let value) = item else { throw NDArray.inhomogeneous(shape) }
      scalars.append(value)
    }
    let inferred = dtype ?? NDArray.inferredType(scalars)
    self = try NDArray.fromScalars(scalars, shape: shape, dtype: inferred)
  }

  private static func inhomogeneous(_ shape: [Int]) -> NDArrayError {
    NDArrayError.value(
      "setting an array element with a sequence. The requested array has an inhomogeneous shape "
        + "after \(shape.count) dimensions. The detected shape was \(shapeTuple(shape)) + inhomogeneous part.")
  }

  /// numpy's discovered dtype of Python scalars.
  static func inferredType(_ scalars: [Scalar]) -> DType {
    if scalars.isEmpty { return .float64 }
    var result: DType = .bool
    var hasNegative = false
    var hasHuge = false
    for scalar in scalars {
      switch scalar {
      case .bool: break
      case .int(let i):
        hasNegative = hasNegative || i < 0
        if result == .bool { result = .int64 }
      case .uint:
        hasHuge = true
        if result == .bool || result == .int64 { result = .uint64 }
      case .float: if result != .complex128 { result = .float64 }
      case .complex: result = .complex128
      }
    }
    if result == .uint64 && hasNegative { return .float64 }
    if hasHuge && result == .int64 { return .uint64 }
    return result
  }

  /// A shaped array of `dtype` from row-major Python scalars.
  static func fromScalars(_ scalars: [Scalar], shape: [Int], dtype: DType) throws -> NDArray {
    if dtype.isComplex || scalars.contains(where: { if case .complex = $0 { true } else { false } }) {
      let values = scalars.map { scalar -> Complex128 in
        if case .complex(let re, let im) = scalar { return Complex128(real: re, imag: im) }
        return Complex128(real: scalar.doubleValue, imag: 0)
      }
      return try NDArray(values, shape: shape).converted(to: dtype)
    }
    let allIntegral = scalars.allSatisfy {
      if case .float = $0 { return false }
      if case .complex = $0 { return false }
      if case .uint = $0 { return false }
      return true
    }
    if dtype == .bool {
      return try NDArray(scalars.map { $0.doubleValue != 0 }, shape: shape)
    }
    if dtype == .uint64 {
      return try NDArray(scalars.map { scalar -> UInt64 in
        switch scalar {
        case .uint(let u): return u
        case .int(let i): return UInt64(bitPattern: i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d), .complex(let d, _): return Double(d).uint64Value
        }
      }, shape: shape)
    }
    if allIntegral && dtype.isInteger {
      return try NDArray(scalars.map { Int64($0.intValue) }, shape: shape).converted(to: dtype)
    }
    return try NDArray(scalars.map(\.doubleValue), shape: shape).converted(to: dtype)
  }
}
