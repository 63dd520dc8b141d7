/// The integer functions of the `math` module on 64-bit ints: results beyond 64 bits raise
/// `OverflowError: integer overflow` (see Tests/MiniPythonTests/Scripts/DEVIATIONS.md).
enum MathIntegers {
  static func overflow() -> PyException { .overflow("integer overflow: results are limited to 64-bit integers") }

  /// `math.factorial(n)`.
  static func factorial(_ n: Int) throws(PyException) -> Int {
    if n < 0 { throw .valueError("factorial() not defined for negative values") }
    var result = 1
    for i in stride(from: 2, through: n, by: 1) {
      let (p, o) = result.multipliedReportingOverflow(by: i)
      if o { throw overflow() }
      result = p
    }
    return result
  }

  /// `math.gcd(*integers)`.
  static func gcd(_ values: [Int]) throws(PyException) -> Int {
    var g: UInt = 0
    for v in values { g = gcd(g, v.magnitude) }
    guard let r = Int(exactly: g) else { throw overflow() }
    return r
  }

  static func gcd(_ a: UInt, _ b: UInt) -> UInt {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }

  /// `math.lcm(*integers)`.
  static func lcm(_ values: [Int]) throws(PyException) -> Int {
    var l: UInt = 1
    for v in values {
      let m = v.magnitude
      if m == 0 { return 0 }
      let (p, o) = (l / gcd(l, m)).multipliedReportingOverflow(by: m)
      if o { throw overflow() }
      l = p
    }
    guard let r = Int(exactly: l) else { throw overflow() }
    return r
  }

  /// `math.comb(n, k)`.
  static func comb(_ n: Int, _ k: Int) throws(PyException) -> Int {
    if n < 0 { throw .valueError("n must be a non-negative integer") }
    if k < 0 { throw .valueError("k must be a non-negative integer") }
    if k > n { return 0 }
    let steps = min(k, n - k)
    var result = 1
    for i in 0..<steps {
      result = try multiplyThenDivide(result, n - i, i + 1)
    }
    return result
  }

  /// `math.perm(n, k)`; `k` nil means `n`.
  static func perm(_ n: Int, _ k: Int?) throws(PyException) -> Int {
    if n < 0 { throw .valueError("n must be a non-negative integer") }
    let count = k ?? n
    if count < 0 { throw .valueError("k must be a non-negative integer") }
    if count > n { return 0 }
    var result = 1
    for i in 0..<count {
      let (p, o) = result.multipliedReportingOverflow(by: n - i)
      if o { throw overflow() }
      result = p
    }
    return result
  }

  /// `a * b / d` for an exact division, with a 128-bit intermediate product.
  private static func multiplyThenDivide(_ a: Int, _ b: Int, _ d: Int) throws(PyException) -> Int {
    let product = a.magnitude.multipliedFullWidth(by: b.magnitude)
    let divisor = d.magnitude
    guard product.high < divisor else { throw overflow() }
    let (q, _) = divisor.dividingFullWidth(product)
    guard let r = Int(exactly: q) else { throw overflow() }
    return r
  }

  /// `math.isqrt(n)`.
  static func isqrt(_ n: Int) throws(PyException) -> Int {
    if n < 0 { throw .valueError("isqrt() argument must be nonnegative") }
    let target = UInt(n)
    var r = UInt(Double(n).squareRoot())
    while r * r > target { r -= 1 }
    while (r + 1) * (r + 1) <= target { r += 1 }
    return Int(r)
  }

  /// `math.floor`/`ceil`/`trunc` of a float: the integer, or CPython's conversion errors.
  static func integer(_ x: Double, rounding rule: FloatingPointRoundingRule) throws(PyException) -> Int {
    if x.isNaN { throw .valueError("cannot convert float NaN to integer") }
    if x.isInfinite { throw .overflow("cannot convert float infinity to integer") }
    guard let r = Int(exactly: x.rounded(rule)) else { throw overflow() }
    return r
  }
}
