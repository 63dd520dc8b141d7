import Foundation

/// numpy's legacy `RandomState`: MT19937 with bit-identical streams for `rand`, `randn`,
/// `randint`, `uniform`, `normal`, `binomial`, `permutation`, `shuffle` and `choice`.
///
/// Methods take `size` as numpy does: `nil` draws one value, returned as a 0-d array.
public final class RandomState {
  var generator: MT19937
  var gaussCache: Double?
  var binomialCache: BinomialCache?

  /// A generator seeded like `RandomState(seed)`.
  /// - Throws: ValueError `Seed must be between 0 and 2**32 - 1`.
  public init(seed: Int) throws {
    generator = MT19937(seed: try RandomState.checkedSeed(seed))
  }

  /// A generator seeded from operating-system entropy (`RandomState()`).
  public init() {
    generator = RandomState.entropyGenerator()
  }

  private static func checkedSeed(_ seed: Int) throws -> UInt32 {
    guard seed >= 0 && seed <= Int(UInt32.max) else {
      throw NDArrayError.value("Seed must be between 0 and 2**32 - 1")
    }
    return UInt32(seed)
  }

  private static func entropyGenerator() -> MT19937 {
    var system = SystemRandomNumberGenerator()
    return MT19937(array: (0..<624).map { _ in UInt32.random(in: .min ... .max, using: &system) })
  }

  /// Re-seeds (`seed(n)`), or from entropy when `seed` is nil; clears the cached normal.
  public func seed(_ seed: Int?) throws {
    generator = try seed.map { MT19937(seed: try RandomState.checkedSeed($0)) } ?? RandomState.entropyGenerator()
    gaussCache = nil
    binomialCache = nil
  }

  /// Re-seeds with an array of 32-bit words (numpy's `init_by_array`).
  /// - Throws: ValueError for negative or too large words.
  public func seed(array: [Int]) throws {
    guard !array.isEmpty else { throw NDArrayError.value("Seed must be non-empty") }
    guard array.allSatisfy({ $0 >= 0 && $0 <= Int(UInt32.max) }) else {
      throw NDArrayError.value("Seed must be between 0 and 2**32 - 1")
    }
    generator = MT19937(array: array.map { UInt32($0) })
    gaussCache = nil
    binomialCache = nil
  }

  static func count(_ size: [Int]?) throws -> Int {
    guard let size else { return 1 }
    try ArrayMemory.reserve(shape: size, dtype: .float64)
    return size.reduce(1, *)
  }

  static func shaped(_ values: [Double], _ size: [Int]?) throws -> NDArray {
    try NDArray(values, shape: size ?? [])
  }

  /// Uniform doubles in [0, 1) (`random_sample`, `random`, `rand`).
  public func randomSample(size: [Int]? = nil) throws -> NDArray {
    let n = try RandomState.count(size)
    return try RandomState.shaped((0..<n).map { _ in generator.nextDouble() }, size)
  }

  /// One legacy polar-method normal deviate (numpy's `legacy_gauss`).
  func gauss() -> Double {
    if let cached = gaussCache {
      gaussCache = nil
      return cached
    }
    var x1: Double
    var x2: Double
    var r2: Double
    repeat {
      x1 = 2.0 * generator.nextDouble() - 1.0
      x2 = 2.0 * generator.nextDouble() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let f = (-2.0 * Foundation.log(r2) / r2).squareRoot()
    gaussCache = f * x1
    return f * x2
  }

  /// Standard normal deviates (`standard_normal`, `randn`).
  public func standardNormal(size: [Int]? = nil) throws -> NDArray {
    let n = try RandomState.count(size)
    return try RandomState.shaped((0..<n).map { _ in gauss() }, size)
  }

  /// Normal deviates `loc + scale * gauss` (`normal`).
  /// - Throws: ValueError `scale < 0`.
  public func normal(loc: Double = 0, scale: Double = 1, size: [Int]? = nil) throws -> NDArray {
    guard scale >= 0 else { throw NDArrayError.value("scale < 0") }
    let n = try RandomState.count(size)
    return try RandomState.shaped((0..<n).map { _ in loc + scale * gauss() }, size)
  }

  /// Uniform deviates `low + (high - low) * u` (`uniform`).
  public func uniform(low: Double = 0, high: Double = 1, size: [Int]? = nil) throws -> NDArray {
    let range = high - low
    guard range.isFinite else { throw NDArrayError(.overflowError, "Range exceeds valid bounds") }
    let n = try RandomState.count(size)
    return try RandomState.shaped((0..<n).map { _ in low + range * generator.nextDouble() }, size)
  }

  /// A uniform integer in `0...max` by masked rejection (numpy's `random_interval`).
  func interval(_ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    let mask = RandomState.mask(max)
    var value: UInt64
    if max <= UInt64(UInt32.max) {
      repeat { value = UInt64(generator.nextUInt32()) & mask } while value > max
    } else {
      repeat { value = generator.nextUInt64() & mask } while value > max
    }
    return value
  }

  /// The smallest all-ones bit mask covering `value`.
  static func mask(_ value: UInt64) -> UInt64 {
    var mask = value
    mask |= mask >> 1
    mask |= mask >> 2
    mask |= mask >> 4
    mask |= mask >> 8
    mask |= mask >> 16
    mask |= mask >> 32
    return mask
  }
}
