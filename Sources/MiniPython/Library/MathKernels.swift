#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The C library functions whose names `MathKernels` reuses for its checked versions.
private func cLog(_ x: Double) -> Double { log(x) }
private func cFmod(_ x: Double, _ y: Double) -> Double { fmod(x, y) }
private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
private func cAtan2(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
private func cHypot(_ x: Double, _ y: Double) -> Double { hypot(x, y) }
private func cLdexp(_ x: Double, _ e: Int32) -> Double { ldexp(x, e) }
private func cFrexp(_ x: Double, _ e: inout Int32) -> Double { frexp(x, &e) }

/// The numeric work of the `math` module on Swift numbers, with CPython's error rules
/// (Modules/mathmodule.c): a nan from a non-nan argument is `ValueError: math domain error`,
/// an infinity from a finite argument is `OverflowError: math range error` for functions that
/// can overflow (and a domain error for the others).
enum MathKernels {
  static func domainError() -> PyException { .valueError("math domain error") }
  static func rangeError() -> PyException { .overflow("math range error") }

  /// CPython's `math_1`: applies `f` and classifies a non-finite result.
  static func checked(_ x: Double, canOverflow: Bool, _ f: (Double) -> Double) throws(PyException) -> Double {
    let r = f(x)
    if r.isNaN && !x.isNaN { throw domainError() }
    if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
    return r
  }

  /// `math.sqrt`, `exp` and the other one-argument float functions, by name.
  static let unary: [(name: String, canOverflow: Bool, function: @Sendable (Double) -> Double)] = [
    ("sqrt", false, { $0.squareRoot() }), ("exp", true, { exp($0) }), ("exp2", true, { exp2($0) }),
    ("expm1", true, { expm1($0) }), ("log2", false, { logOrNaN($0, log2) }),
    ("log10", false, { logOrNaN($0, log10) }), ("log1p", false, { $0 <= -1 ? .nan : log1p($0) }),
    ("sin", false, { sin($0) }), ("cos", false, { cos($0) }), ("tan", false, { tan($0) }),
    ("asin", false, { asin($0) }), ("acos", false, { acos($0) }), ("atan", false, { atan($0) }),
    ("sinh", true, { sinh($0) }), ("cosh", true, { cosh($0) }), ("tanh", false, { tanh($0) }),
    ("asinh", false, { asinh($0) }), ("acosh", false, { acosh($0) }),
    ("atanh", false, { abs($0) >= 1 ? .nan : atanh($0) }), ("fabs", false, { abs($0) }),
    ("erf", false, { erf($0) }), ("erfc", false, { erfc($0) }), ("cbrt", false, { cbrt($0) }),
  ]

  /// A logarithm that is nan (a domain error) for zero and negative arguments.
  static func logOrNaN(_ x: Double, _ f: (Double) -> Double) -> Double {
    x > 0 || x.isNaN ? f(x) : .nan
  }

  /// `math.log(x)` of a float.
  static func log(_ x: Double) throws(PyException) -> Double {
    try checked(x, canOverflow: false) { logOrNaN($0, cLog) }
  }

  /// `math.pow(x, y)` with C99 Annex F special cases, as CPython's `math_pow`.
  static func pow(_ x: Double, _ y: Double) throws(PyException) -> Double {
    if !x.isFinite || !y.isFinite {
      if x.isNaN { return y == 0 ? 1 : x }
      if y.isNaN { return x == 1 ? 1 : y }
      if x.isInfinite {
        let oddY = y.isFinite && cFmod(abs(y), 2) == 1
        if y > 0 { return oddY ? x : abs(x) }
        if y == 0 { return 1 }
        return oddY ? Double(signOf: x, magnitudeOf: 0) : 0
      }
      if abs(x) == 1 { return 1 }
      if y > 0 && abs(x) > 1 { return y }
      if y < 0 && abs(x) < 1 { return -y }
      return 0
    }
    let r = cPow(x, y)
    if r.isNaN { throw domainError() }
    if r.isInfinite { throw x == 0 ? domainError() : rangeError() }
    return r
  }

  /// `math.fmod(x, y)`.
  static func fmod(_ x: Double, _ y: Double) throws(PyException) -> Double {
    if y.isInfinite && x.isFinite { return x }
    let r = cFmod(x, y)
    if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
    return r
  }

  /// `math.atan2(y, x)`.
  static func atan2(_ y: Double, _ x: Double) -> Double { cAtan2(y, x) }

  /// `math.ldexp(x, i)`.
  static func ldexp(_ x: Double, _ i: Int) throws(PyException) -> Double {
    if x == 0 || !x.isFinite { return x }
    let exponent = Int32(clamping: i)
    let r = cLdexp(x, exponent)
    if r.isInfinite { throw rangeError() }
    return r
  }

  /// `math.frexp(x)`: mantissa in [0.5, 1) and exponent.
  static func frexp(_ x: Double) -> (Double, Int) {
    if x == 0 || !x.isFinite { return (x, 0) }
    var e: Int32 = 0
    let m = cFrexp(x, &e)
    return (m, Int(e))
  }

  /// `math.modf(x)`: fractional and integral parts, both with the sign of `x`.
  static func modf(_ x: Double) -> (Double, Double) {
    if x.isInfinite { return (Double(signOf: x, magnitudeOf: 0), x) }
    if x.isNaN { return (x, x) }
    let whole = x.rounded(.towardZero)
    return (Double(signOf: x, magnitudeOf: abs(x - whole)), whole)
  }

  /// `math.isclose(a, b, rel_tol=, abs_tol=)`.
  static func isClose(_ a: Double, _ b: Double, relative: Double, absolute: Double) throws(PyException) -> Bool {
    if relative < 0 || absolute < 0 { throw .valueError("tolerances must be non-negative") }
    if a == b { return true }
    if a.isInfinite || b.isInfinite { return false }
    let diff = abs(b - a)
    return diff <= abs(relative * b) || diff <= abs(relative * a) || diff <= absolute
  }

  /// `math.hypot(*coordinates)`: the scaled Euclidean norm, exact for a single coordinate.
  static func hypot(_ values: [Double]) -> Double {
    if values.contains(where: { $0.isInfinite }) { return .infinity }
    if values.contains(where: { $0.isNaN }) { return .nan }
    if values.count == 2 { return cHypot(values[0], values[1]) }
    let largest = values.map(abs).max() ?? 0
    if largest == 0 || values.count == 1 { return largest }
    var sum = 0.0
    var compensation = 0.0
    for v in values {
      let scaled = v / largest
      let term = scaled * scaled - compensation
      let next = sum + term
      compensation = (next - sum) - term
      sum = next
    }
    return largest * sum.squareRoot()
  }

  /// `math.fsum(values)`: Shewchuk's exactly rounded sum, as CPython's `math_fsum`.
  static func fsum(_ values: [Double]) throws(PyException) -> Double {
    var partials: [Double] = []
    var specialSum = 0.0
    var infinitySum = 0.0
    for original in values {
      var x = original
      var kept = 0
      for j in partials.indices {
        var y = partials[j]
        if abs(x) < abs(y) { swap(&x, &y) }
        let hi = x + y
        let lo = y - (hi - x)
        if lo != 0 {
          partials[kept] = lo
          kept += 1
        }
        x = hi
      }
      partials.removeSubrange(kept...)
      if x != 0 {
        if !x.isFinite {
          if original.isFinite { throw .overflow("intermediate overflow in fsum") }
          if original.isInfinite { infinitySum += original }
          specialSum += original
          partials.removeAll()
        } else {
          partials.append(x)
        }
      }
    }
    if specialSum != 0 {
      if infinitySum.isNaN { throw .valueError("-inf + inf in fsum") }
      return specialSum
    }
    guard var n = partials.indices.last.map({ $0 + 1 }) else { return 0 }
    n -= 1
    var hi = partials[n]
    var lo = 0.0
    while n > 0 {
      let x = hi
      n -= 1
      let y = partials[n]
      hi = x + y
      lo = y - (hi - x)
      if lo != 0 { break }
    }
    if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
      let y = lo * 2
      let x = hi + y
      if y == x - hi { hi = x }
    }
    return hi
  }
}
