import Foundation

/// Complex arithmetic as CPython 3.11's Objects/complexobject.c computes it (`_Py_c_quot`,
/// `_Py_c_pow`, `c_powi`, `complex_hash`), so results agree to the last bit.
enum ComplexKernels {
  typealias Parts = (real: Double, imag: Double)

  static func product(_ a: Parts, _ b: Parts) -> Parts {
    (a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
  }

  /// `_Py_c_quot`; nil when `b` is zero.
  static func quotient(_ a: Parts, _ b: Parts) -> Parts? {
    let absReal = Swift.abs(b.real)
    let absImag = Swift.abs(b.imag)
    if absReal >= absImag {
      if absReal == 0 { return nil }
      let ratio = b.imag / b.real
      let denom = b.real + b.imag * ratio
      return ((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
    }
    if absImag >= absReal {
      let ratio = b.real / b.imag
      let denom = b.real * ratio + b.imag
      return ((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
    }
    return (.nan, .nan)
  }

  /// `a / b` with CPython's `ZeroDivisionError`.
  static func divide(_ a: Parts, _ b: Parts) throws -> PyValue {
    guard let q = quotient(a, b) else { throw PyException.zeroDivision("complex division by zero") }
    return .complex(q.real, q.imag)
  }

  /// `a ** b` (`complex_pow`): repeated squaring for small integral exponents, polar form
  /// otherwise; `ZeroDivisionError` for zero to a negative or complex power, `OverflowError`
  /// for an infinite result.
  static func power(_ a: Parts, _ b: Parts) throws -> PyValue {
    var zeroDivision = false
    let p: Parts
    if b.imag == 0, b.real == b.real.rounded(.down), Swift.abs(b.real) <= 100 {
      let n = Int(b.real)
      if n >= 0 {
        p = unsignedPower(a, n)
      } else if let q = quotient((1, 0), unsignedPower(a, -n)) {
        p = q
      } else {
        zeroDivision = true
        p = (0, 0)
      }
    } else if b.real == 0 && b.imag == 0 {
      p = (1, 0)
    } else if a.real == 0 && a.imag == 0 {
      zeroDivision = b.imag != 0 || b.real < 0
      p = (0, 0)
    } else {
      let vabs = hypot(a.real, a.imag)
      var len = Foundation.pow(vabs, b.real)
      let at = atan2(a.imag, a.real)
      var phase = at * b.real
      if b.imag != 0 {
        len /= exp(at * b.imag)
        phase += b.imag * log(vabs)
      }
      p = (len * cos(phase), len * sin(phase))
    }
    if zeroDivision { throw PyException.zeroDivision("0.0 to a negative or complex power") }
    if p.real.isInfinite || p.imag.isInfinite { throw PyException.overflow("complex exponentiation") }
    return .complex(p.real, p.imag)
  }

  /// `c_powu`.
  static func unsignedPower(_ x: Parts, _ n: Int) -> Parts {
    var r: Parts = (1, 0)
    var p = x
    var mask = 1
    while mask > 0 && n >= mask {
      if n & mask != 0 { r = product(r, p) }
      mask <<= 1
      p = product(p, p)
    }
    return r
  }

  /// `abs(z)` (`_Py_c_abs`): `OverflowError` when finite parts give an infinite modulus.
  static func magnitude(_ z: Parts) throws -> Double {
    if z.real.isInfinite || z.imag.isInfinite { return .infinity }
    if z.real.isNaN || z.imag.isNaN { return .nan }
    let r = hypot(z.real, z.imag)
    if r.isInfinite { throw PyException.overflow("absolute value too large") }
    return r
  }

  /// `hash(z)` (`complex_hash`): equal to the hash of the real part when the imaginary part is 0.
  static func hash(_ z: Parts) -> Int {
    let combined = UInt(bitPattern: floatHash(z.real)) &+ 1_000_003 &* UInt(bitPattern: floatHash(z.imag))
    let h = Int(bitPattern: combined)
    return h == -1 ? -2 : h
  }

  /// `hash(float)` (nan hashes as 0 here; CPython uses the object's address).
  static func floatHash(_ d: Double) -> Int {
    if let i = Int(exactly: d) { return SetOrder.intHash(i) }
    if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
    if d.isNaN { return 0 }
    return NumberHash.float(d)
  }
}
