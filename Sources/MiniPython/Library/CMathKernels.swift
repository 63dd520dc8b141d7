import Foundation

/// The `cmath` functions on finite arguments, as CPython 3.11's Modules/cmathmodule.c computes
/// them (same formulas, so the same last bits). A function reports a domain or range error by
/// throwing `ValueError: math domain error` or `OverflowError: math range error`.
///
/// Arguments with an infinite or nan part take CPython's special values (`CMathSpecialValues`).
enum CMathKernels {
  typealias Parts = ComplexKernels.Parts

  static let largeDouble = Double.greatestFiniteMagnitude / 4
  static let sqrtLargeDouble = largeDouble.squareRoot()
  static let logLargeDouble = Foundation.log(largeDouble)
  static let sqrtMinDouble = Double.leastNormalMagnitude.squareRoot()
  static let ln2 = 0.6931471805599453
  static let ln10 = 2.302585092994046
  static let scaleUp = 53
  static let scaleDown = -27

  static func domainError() -> PyException { PyException.valueError("math domain error") }
  static func rangeError() -> PyException { PyException.overflow("math range error") }

  /// `OverflowError` when finite arguments gave an infinite part.
  static func checkRange(_ z: Parts, _ r: Parts) throws -> Parts {
    if z.real.isFinite && z.imag.isFinite && (r.real.isInfinite || r.imag.isInfinite) { throw rangeError() }
    return r
  }

  static func sqrt(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("sqrt", z.real, z.imag) { return r }
    if z.real == 0 && z.imag == 0 { return (0, z.imag) }
    var ax = Swift.abs(z.real)
    let ay = Swift.abs(z.imag)
    let s: Double
    if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
      ax = scalbn(ax, scaleUp)
      s = scalbn((ax + hypot(ax, scalbn(ay, scaleUp))).squareRoot(), scaleDown)
    } else {
      ax /= 8
      s = 2 * (ax + hypot(ax, ay / 8)).squareRoot()
    }
    let d = ay / (2 * s)
    return z.real >= 0 ? (s, Double(signOf: z.imag, magnitudeOf: d)) : (d, Double(signOf: z.imag, magnitudeOf: s))
  }

  static func exp(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("exp", z.real, z.imag) { return r }
    if !z.real.isFinite {
      let big = z.real > 0 ? Double.infinity : 0
      return (Double(signOf: Foundation.cos(z.imag), magnitudeOf: big), Double(signOf: Foundation.sin(z.imag), magnitudeOf: big))
    }
    let r: Parts
    if z.real > logLargeDouble {
      let l = Foundation.exp(z.real - 1)
      r = (l * cos(z.imag) * M_E, l * sin(z.imag) * M_E)
    } else {
      let l = Foundation.exp(z.real)
      r = (l * cos(z.imag), l * sin(z.imag))
    }
    return try checkRange(z, r)
  }

  /// `c_log`; zero is a domain error.
  static func log(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("log", z.real, z.imag) { return r }
    let ax = Swift.abs(z.real)
    let ay = Swift.abs(z.imag)
    let real: Double
    if ax > largeDouble || ay > largeDouble {
      real = Foundation.log(hypot(ax / 2, ay / 2)) + ln2
    } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
      if ax > 0 || ay > 0 {
        real = Foundation.log(hypot(scalbn(ax, 53), scalbn(ay, 53))) - 53 * ln2
      } else {
        throw domainError()
      }
    } else {
      let h = hypot(ax, ay)
      if 0.71 <= h && h <= 1.73 {
        let am = max(ax, ay)
        let an = min(ax, ay)
        real = log1p((am - 1) * (am + 1) + an * an) / 2
      } else {
        real = Foundation.log(h)
      }
    }
    return (real, atan2(z.imag, z.real))
  }

  static func sinh(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("sinh", z.real, z.imag) { return r }
    if !z.real.isFinite {
      let c = Double(signOf: Foundation.cos(z.imag), magnitudeOf: .infinity)
      return (z.real > 0 ? c : -c, Double(signOf: Foundation.sin(z.imag), magnitudeOf: .infinity))
    }
    let r: Parts
    if Swift.abs(z.real) > logLargeDouble {
      let x = z.real - Double(signOf: z.real, magnitudeOf: 1)
      r = (cos(z.imag) * Foundation.sinh(x) * M_E, sin(z.imag) * Foundation.cosh(x) * M_E)
    } else {
      r = (cos(z.imag) * Foundation.sinh(z.real), sin(z.imag) * Foundation.cosh(z.real))
    }
    return try checkRange(z, r)
  }

  static func cosh(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("cosh", z.real, z.imag) { return r }
    if !z.real.isFinite {
      let s = Double(signOf: Foundation.sin(z.imag), magnitudeOf: .infinity)
      return (Double(signOf: Foundation.cos(z.imag), magnitudeOf: .infinity), z.real > 0 ? s : -s)
    }
    let r: Parts
    if Swift.abs(z.real) > logLargeDouble {
      let x = z.real - Double(signOf: z.real, magnitudeOf: 1)
      r = (cos(z.imag) * Foundation.cosh(x) * M_E, sin(z.imag) * Foundation.sinh(x) * M_E)
    } else {
      r = (cos(z.imag) * Foundation.cosh(z.real), sin(z.imag) * Foundation.sinh(z.real))
    }
    return try checkRange(z, r)
  }

  static func tanh(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("tanh", z.real, z.imag) { return r }
    if !z.real.isFinite {
      return (z.real > 0 ? 1 : -1, Double(signOf: 2 * sin(z.imag) * Foundation.cos(z.imag), magnitudeOf: 0))
    }
    if Swift.abs(z.real) > logLargeDouble {
      return (Double(signOf: z.real, magnitudeOf: 1),
              4 * sin(z.imag) * cos(z.imag) * Foundation.exp(-2 * Swift.abs(z.real)))
    }
    let tx = Foundation.tanh(z.real)
    let ty = tan(z.imag)
    let cx = 1 / Foundation.cosh(z.real)
    let txty = tx * ty
    let denom = 1 + txty * txty
    return (tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx)
  }

  static func asinh(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("asinh", z.real, z.imag) { return r }
    if Swift.abs(z.real) > sqrtLargeDouble || Swift.abs(z.imag) > sqrtLargeDouble {
      let l = Foundation.log(hypot(z.real / 2, z.imag / 2)) + ln2 * 2
      let real = z.imag >= 0 ? Double(signOf: z.real, magnitudeOf: l) : -Double(signOf: -z.real, magnitudeOf: l)
      return (real, atan2(z.imag, Swift.abs(z.real)))
    }
    let s1 = try sqrt((1 + z.imag, -z.real))
    let s2 = try sqrt((1 - z.imag, z.real))
    return (Foundation.asinh(s1.real * s2.imag - s2.real * s1.imag),
            atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))
  }

  static func acos(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("acos", z.real, z.imag) { return r }
    if Swift.abs(z.real) > largeDouble || Swift.abs(z.imag) > largeDouble {
      let l = Foundation.log(hypot(z.real / 2, z.imag / 2)) + ln2 * 2
      let imag = z.real < 0 ? -Double(signOf: z.imag, magnitudeOf: l) : Double(signOf: -z.imag, magnitudeOf: l)
      return (atan2(Swift.abs(z.imag), z.real), imag)
    }
    let s1 = try sqrt((1 - z.real, -z.imag))
    let s2 = try sqrt((1 + z.real, z.imag))
    return (2 * atan2(s1.real, s2.real), Foundation.asinh(s2.real * s1.imag - s2.imag * s1.real))
  }

  static func acosh(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("acosh", z.real, z.imag) { return r }
    if Swift.abs(z.real) > largeDouble || Swift.abs(z.imag) > largeDouble {
      return (Foundation.log(hypot(z.real / 2, z.imag / 2)) + ln2 * 2, atan2(z.imag, z.real))
    }
    let s1 = try sqrt((z.real - 1, z.imag))
    let s2 = try sqrt((z.real + 1, z.imag))
    return (Foundation.asinh(s1.real * s2.real + s1.imag * s2.imag), 2 * atan2(s1.imag, s2.real))
  }

  static func atanh(_ z: Parts) throws -> Parts {
    if let r = try CMathSpecialValues.lookup("atanh", z.real, z.imag) { return r }
    if z.real < 0 {
      let r = try atanh((-z.real, -z.imag))
      return (-r.real, -r.imag)
    }
    let ay = Swift.abs(z.imag)
    if z.real > sqrtLargeDouble || ay > sqrtLargeDouble {
      let h = hypot(z.real / 2, z.imag / 2)
      return (z.real / 4 / h / h, -Double(signOf: -z.imag, magnitudeOf: Double.pi / 2))
    }
    if z.real == 1 && ay < sqrtMinDouble {
      if ay == 0 { throw domainError() }
      return (-Foundation.log(ay.squareRoot() / hypot(ay, 2).squareRoot()),
              Double(signOf: z.imag, magnitudeOf: atan2(2, -ay) / 2))
    }
    return (log1p(4 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4,
            -atan2(-2 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2)
  }

  /// `f(i z)` rotated back: `sin(z) = -i sinh(iz)`, `tan`, `asin`, `atan` the same way.
  static func rotated(_ z: Parts, _ f: (Parts) throws -> Parts) rethrows -> Parts {
    let s = try f((-z.imag, z.real))
    return (s.imag, -s.real)
  }

  /// `cos(z) = cosh(iz)`.
  static func cosine(_ z: Parts) throws -> Parts { try cosh((-z.imag, z.real)) }

  /// `rect(r, phi)`.
  static func rect(_ r: Double, _ phi: Double) throws -> Parts {
    if let z = try CMathSpecialValues.lookup("rect", r, phi) { return z }
    if r.isInfinite {
      let re = Double(signOf: Foundation.cos(phi), magnitudeOf: .infinity)
      let im = Double(signOf: Foundation.sin(phi), magnitudeOf: .infinity)
      return r > 0 ? (re, im) : (-re, -im)
    }
    return phi == 0 ? (r, r * phi) : (r * Foundation.cos(phi), r * Foundation.sin(phi))
  }

  /// `isclose(a, b, rel_tol=, abs_tol=)`.
  static func isClose(_ a: Parts, _ b: Parts, relative: Double, absolute: Double) throws -> Bool {
    if relative < 0 || absolute < 0 { throw PyException.valueError("tolerances must be non-negative") }
    if a.real == b.real && a.imag == b.imag { return true }
    if a.real.isInfinite || a.imag.isInfinite || b.real.isInfinite || b.imag.isInfinite { return false }
    let diff = hypot(a.real - b.real, a.imag - b.imag)
    return diff <= relative * hypot(b.real, b.imag) || diff <= relative * hypot(a.real, a.imag) || diff <= absolute
  }
}
