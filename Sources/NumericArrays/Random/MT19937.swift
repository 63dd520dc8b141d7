/// The Mersenne Twister MT19937 with numpy's legacy seeding (`mt19937_seed`,
/// `mt19937_init_by_array`) and output functions.
struct MT19937 {
  private static let n = 624
  private static let m = 397
  private var key = [UInt32](repeating: 0, count: 624)
  private var position = 624

  /// numpy's `mt19937_seed` (the legacy path for integer seeds).
  init(seed: UInt32) {
    var s = seed
    for i in 0..<MT19937.n {
      key[i] = s
      s = 1_812_433_253 &* (s ^ (s >> 30)) &+ UInt32(i + 1)
    }
    position = MT19937.n
  }

  /// numpy's `mt19937_init_by_array` (used for array seeds and entropy).
  init(array: [UInt32]) {
    self.init(seed: 19_650_218)
    var i = 1
    var j = 0
    let length = array.count
    for _ in 0..<Swift.max(MT19937.n, length) {
      key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_664_525)) &+ array[j] &+ UInt32(j)
      i += 1
      j += 1
      if i >= MT19937.n {
        key[0] = key[MT19937.n - 1]
        i = 1
      }
      if j >= length { j = 0 }
    }
    for _ in 0..<(MT19937.n - 1) {
      key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= MT19937.n {
        key[0] = key[MT19937.n - 1]
        i = 1
      }
    }
    key[0] = 0x8000_0000
    position = MT19937.n
  }

  private mutating func generate() {
    let upper: UInt32 = 0x8000_0000
    let lower: UInt32 = 0x7fff_ffff
    let matrix: UInt32 = 0x9908_b0df
    for i in 0..<MT19937.n {
      let y = (key[i] & upper) | (key[(i + 1) % MT19937.n] & lower)
      key[i] = key[(i + MT19937.m) % MT19937.n] ^ (y >> 1) ^ ((y & 1) == 1 ? matrix : 0)
    }
    position = 0
  }

  /// The next 32 random bits.
  mutating func nextUInt32() -> UInt32 {
    if position == MT19937.n { generate() }
    var y = key[position]
    position += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// The next 64 random bits (high word first, as numpy's `mt19937_next64`).
  mutating func nextUInt64() -> UInt64 {
    let high = UInt64(nextUInt32())
    return (high << 32) | UInt64(nextUInt32())
  }

  /// A double in [0, 1) with 53 random bits (numpy's `random_sample`).
  mutating func nextDouble() -> Double {
    let a = Double(nextUInt32() >> 5)
    let b = Double(nextUInt32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }
}
