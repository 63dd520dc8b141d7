#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// CPython's numeric hash (Python/pyhash.c `_Py_HashDouble`): the value modulo the Mersenne
/// prime 2**61 - 1, so equal ints and floats hash alike and `hash(0.5)` is CPython's.
enum NumberHash {
  static let bits = 61
  static let modulus: UInt64 = (1 << 61) - 1

  /// `hash(x)` of a finite float (infinities and nan are handled by the caller).
  static func float(_ value: Double) -> Int {
    var exponent: Int32 = 0
    var m = frexp(value, &exponent)
    var e = Int(exponent)
    var sign: Int64 = 1
    if m < 0 {
      sign = -1
      m = -m
    }
    var x: UInt64 = 0
    while m != 0 {
      x = ((x << 28) & modulus) | x >> UInt64(bits - 28)
      m *= 268_435_456.0
      e -= 28
      let y = UInt64(m)
      m -= Double(y)
      x += y
      if x >= modulus { x -= modulus }
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
    x = ((x << UInt64(e)) & modulus) | x >> UInt64(bits - e)
    var result = Int64(bitPattern: x) &* sign
    if result == -1 { result = -2 }
    return Int(result)
  }
}
