/// `randint`: numpy's masked rejection sampling for each dtype, including the buffered 8-, 16-
/// and 1-bit draws of small dtypes.
extension RandomState {
  /// Integers in `[low, high)` (or `[0, low)` when `high` is nil) of a dtype (`randint`).
  /// - Throws: ValueError `low >= high`, `high <= 0`, `high is out of bounds for int8`, ...
  public func randint(low: Int64, high: Int64? = nil, size: [Int]? = nil, dtype: DType = .int64) throws -> NDArray {
    let (lower, upper) = high.map { (low, $0) } ?? (0, low)
    guard dtype.isInteger || dtype == .bool else {
      throw NDArrayError.type("Unsupported dtype \(dtype.name) for randint")
    }
    let (minimum, maximum) = RandomState.bounds(dtype)
    if high == nil && upper <= 0 { throw NDArrayError.value("high <= 0") }
    guard lower >= minimum else { throw NDArrayError.value("low is out of bounds for \(dtype.name)") }
    guard upper - 1 <= maximum else { throw NDArrayError.value("high is out of bounds for \(dtype.name)") }
    guard lower < upper else { throw NDArrayError.value("low >= high") }
    let range = UInt64(bitPattern: upper &- 1 &- lower)
    let offset = UInt64(bitPattern: lower)
    let n = try RandomState.count(size)
    let draws: [UInt64]
    switch dtype.itemSize {
    case 8: draws = (0..<n).map { _ in bounded64(range) }
    case 4: draws = bounded32(range, n)
    case 2: draws = boundedBuffered(range, n, bits: 16)
    default: draws = dtype == .bool ? boundedBool(range, n) : boundedBuffered(range, n, bits: 8)
    }
    let values = draws.map { Int64(bitPattern: offset &+ $0) }
    return try NDArray(values, shape: size ?? []).astype(dtype)
  }

  static func bounds(_ dtype: DType) -> (Int64, Int64) {
    switch dtype {
    case .bool: return (0, 1)
    case .int8: return (Int64(Int8.min), Int64(Int8.max))
    case .uint8: return (0, Int64(UInt8.max))
    case .int16: return (Int64(Int16.min), Int64(Int16.max))
    case .uint16: return (0, Int64(UInt16.max))
    case .int32: return (Int64(Int32.min), Int64(Int32.max))
    case .uint32: return (0, Int64(UInt32.max))
    case .int64, .uint64, .float16, .float32, .float64, .complex64, .complex128:
      return (Int64.min, Int64.max)
    }
  }

  private func bounded64(_ range: UInt64) -> UInt64 {
    if range == 0 { return 0 }
    if range <= UInt64(UInt32.max) {
      if range == UInt64(UInt32.max) { return UInt64(generator.nextUInt32()) }
      let mask = RandomState.mask(range)
      var value: UInt64
      repeat { value = UInt64(generator.nextUInt32()) & mask } while value > range
      return value
    }
    if range == UInt64.max { return generator.nextUInt64() }
    let mask = RandomState.mask(range)
    var value: UInt64
    repeat { value = generator.nextUInt64() & mask } while value > range
    return value
  }

  private func bounded32(_ range: UInt64, _ n: Int) -> [UInt64] {
    if range == 0 { return Array(repeating: 0, count: n) }
    if range == UInt64(UInt32.max) { return (0..<n).map { _ in UInt64(generator.nextUInt32()) } }
    let mask = RandomState.mask(range)
    return (0..<n).map { _ in
      var value: UInt64
      repeat { value = UInt64(generator.nextUInt32()) & mask } while value > range
      return value
    }
  }

  /// 8- and 16-bit draws take successive bytes or halves of one 32-bit word.
  private func boundedBuffered(_ range: UInt64, _ n: Int, bits: Int) -> [UInt64] {
    if range == 0 { return Array(repeating: 0, count: n) }
    let full: UInt64 = bits == 8 ? 0xff : 0xffff
    let mask = RandomState.mask(range)
    var buffer: UInt32 = 0
    var remaining = 0
    func next() -> UInt64 {
      if remaining == 0 {
        buffer = generator.nextUInt32()
        remaining = 32 / bits - 1
      } else {
        buffer >>= UInt32(bits)
        remaining -= 1
      }
      return UInt64(buffer) & full
    }
    return (0..<n).map { _ in
      if range == full { return next() }
      var value: UInt64
      repeat { value = next() & mask } while value > range
      return value
    }
  }

  private func boundedBool(_ range: UInt64, _ n: Int) -> [UInt64] {
    if range == 0 { return Array(repeating: 0, count: n) }
    var buffer: UInt32 = 0
    var remaining = 0
    return (0..<n).map { _ in
      if remaining == 0 {
        buffer = generator.nextUInt32()
        remaining = 31
      } else {
        buffer >>= 1
        remaining -= 1
      }
      return UInt64(buffer & 1)
    }
  }
}
