/// Ranges and special matrices: `arange`, `linspace`, `eye`, `identity`.
extension NDArray {
  /// Evenly spaced values in `[start, stop)` (numpy's `arange`). The dtype is int64 when all
  /// arguments are integers and float64 otherwise, unless given.
  /// - Throws: ZeroDivisionError for a zero step, ValueError for huge results.
  public static func arange(
    start: Scalar = .int(0), stop: Scalar, step: Scalar = .int(1), dtype: DType? = nil
  ) throws -> NDArray {
    let integral = [start, stop, step].allSatisfy {
      if case .float = $0 { return false }
      return true
    }
    let resolved = dtype ?? (integral ? .int64 : .float64)
    if integral {
      let (a, b, s) = (start.intValue, stop.intValue, step.intValue)
      guard s != 0 else { throw NDArrayError(.zeroDivisionError, "division by zero") }
      let count = Swift.max(0, s > 0 ? (b - a + s - 1) / s : (a - b - s - 1) / (-s))
      try ArrayMemory.reserve(shape: [count], dtype: resolved)
      let result = NDArray(uninitializedShape: [count], dtype: .int64)
      let values = result.base(Int64.self)
      var chunks = Chunks(count)
      while let range = try chunks.next() {
        for i in range { values[i] = Int64(a + i * s) }
      }
      return result.converted(to: resolved)
    }
    let (a, b, s) = (start.doubleValue, stop.doubleValue, step.doubleValue)
    guard s != 0 else { throw NDArrayError(.zeroDivisionError, "division by zero") }
    let length = ((b - a) / s).rounded(.up)
    guard length.isFinite else { throw NDArrayError.value("arange: cannot compute length") }
    let count = Swift.max(0, Int(length))
    try ArrayMemory.reserve(shape: [count], dtype: resolved)
    let delta = (a + s) - a
    let result = NDArray(uninitializedShape: [count], dtype: .float64)
    let values = result.base(Double.self)
    var chunks = Chunks(count)
    while let range = try chunks.next() {
      for i in range { values[i] = i == 0 ? a : (i == 1 ? a + s : a + Double(i) * delta) }
    }
    return result.converted(to: resolved)
  }

  /// `num` evenly spaced values from `start` to `stop` (numpy's `linspace`).
  /// - Throws: ValueError for a negative `num`.
  public static func linspace(
    start: Double, stop: Double, num: Int = 50, endpoint: Bool = true, dtype: DType = .float64
  ) throws -> NDArray {
    guard num >= 0 else { throw NDArrayError.value("Number of samples, \(num), must be non-negative.") }
    try ArrayMemory.reserve(shape: [num], dtype: .float64)
    let div = endpoint ? num - 1 : num
    let delta = stop - start
    var values = (0..<num).map { Double($0) }
    if div > 0 {
      let step = delta / Double(div)
      if step == 0 {
        values = values.map { $0 / Double(div) * delta }
      } else {
        values = values.map { $0 * step }
      }
    } else {
      values = values.map { $0 * delta }
    }
    values = values.map { $0 + start }
    if endpoint && num > 1 { values[num - 1] = stop }
    return try NDArray(values).converted(to: dtype)
  }

  /// A matrix with ones on diagonal `k` (numpy's `eye`).
  public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws -> NDArray {
    let columns = m ?? n
    let result = try zeros([n, columns], dtype: dtype)
    let one = NDArray(scalar: .int(1), dtype: dtype)
    for row in 0..<n where row + k >= 0 && row + k < columns {
      try result.set([.int(row), .int(row + k)], to: one)
    }
    return result
  }

  /// The identity matrix (numpy's `identity`).
  public static func identity(_ n: Int, dtype: DType = .float64) throws -> NDArray {
    try eye(n, dtype: dtype)
  }
}

extension Scalar {
  /// The value as an Int (floats truncate).
  public var intValue: Int {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Int(i)
    case .uint(let u): return Int(truncatingIfNeeded: u)
    case .float(let d), .complex(let d, _): return Int(cInt64(d))
    }
  }
}
