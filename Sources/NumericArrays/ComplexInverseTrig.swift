/// numpy 1.23's own complex inverse trigonometric and hyperbolic functions (npymath's port of
/// FreeBSD's `catrig.c`, after Hull, Fairgrieve and Tang): numpy's wheels do not use glibc's
/// `casin`, `cacos`, `catan`, `casinh`, `cacosh`, `catanh`, so these give numpy's bits.
enum ComplexInverseTrig<R: CatrigReal> {
  typealias Pair = (R, R)

  static var epsilon: R { R.ulpOfOne }
  static var recipEpsilon: R { 1 / R.ulpOfOne }

  /// `(hypot(a, b) - b) / 2`, computed without cancellation.
  private static func f(_ a: R, _ b: R, _ hypotAB: R) -> R {
    if b < 0 { return (hypotAB - b) / 2 }
    if b == 0 { return a / 2 }
    return a * a / (hypotAB + b) / 2
  }

  /// The shared core of `casinh` and `cacos` for `x, y >= 0` below `1/epsilon`: `rx` is
  /// Re(casinh(x + iy)); when `B` is not usable, `sqrtA2my2` and `newY` replace it.
  private static func hardWork(_ x: R, _ y: R) -> (rx: R, bIsUsable: Bool, b: R, sqrtA2my2: R, newY: R) {
    let r = R.hypot(x, y + 1)
    let s = R.hypot(x, y - 1)
    var a = (r + s) / 2
    if a < 1 { a = 1 }
    let rx: R
    if a < 10 {
      if y == 1 && x < epsilon * epsilon / 128 {
        rx = x.squareRoot()
      } else if x >= epsilon * (y - 1).magnitude {
        let am1 = f(x, 1 + y, r) + f(x, 1 - y, s)
        rx = R.log1p(am1 + (am1 * (a + 1)).squareRoot())
      } else if y < 1 {
        rx = x / ((1 - y) * (1 + y)).squareRoot()
      } else {
        rx = R.log1p((y - 1) + ((y - 1) * (y + 1)).squareRoot())
      }
    } else {
      rx = R.log(a + (a * a - 1).squareRoot())
    }
    if y < R.fourSqrtMin {
      return (rx, false, 0, a * (2 / epsilon), y * (2 / epsilon))
    }
    let b = y / a
    if b <= 0.6417 { return (rx, true, b, 0, y) }
    if y == 1 && x < epsilon / 128 {
      return (rx, false, b, x.squareRoot() * ((a + y) / 2).squareRoot(), y)
    }
    if x >= epsilon * (y - 1).magnitude {
      let amy = f(x, y + 1, r) + f(x, y - 1, s)
      return (rx, false, b, (amy * (a + y)).squareRoot(), y)
    }
    if y > 1 {
      let scale = 4 / epsilon / epsilon
      return (rx, false, b, x * scale * y / ((y + 1) * (y - 1)).squareRoot(), y * scale)
    }
    return (rx, false, b, ((1 - y) * (1 + y)).squareRoot(), y)
  }

  /// `clog` for finite `|z|` above about `1/epsilon`.
  private static func logOfLarge(_ x: R, _ y: R) -> Pair {
    let ax = Swift.max(x.magnitude, y.magnitude)
    let ay = Swift.min(x.magnitude, y.magnitude)
    let real: R
    if ax > R.greatestFiniteMagnitude / 2 {
      real = R.log(R.hypot(x / R.e, y / R.e)) + 1
    } else if ax > R.quarterSqrtMax || ay < R.sqrtMin {
      real = R.log(R.hypot(x, y))
    } else {
      real = R.log(ax * ax + ay * ay) / 2
    }
    return (real, R.atan2(y, x))
  }

  static func acos(_ x: R, _ y: R) -> Pair {
    let sx = x.sign == .minus
    let sy = y.sign == .minus
    let (ax, ay) = (x.magnitude, y.magnitude)
    if x.isNaN || y.isNaN {
      if x.isInfinite { return (y + y, -.infinity) }
      if y.isInfinite { return (x + x, -y) }
      if x == 0 { return (R.halfPi + R.pio2Lo, y + y) }
      return (.nan, .nan)
    }
    if ax > recipEpsilon || ay > recipEpsilon {
      let (wx, wy) = logOfLarge(x, y)
      let ry = wx + R.ln2
      return (wy.magnitude, sy ? ry : -ry)
    }
    if x == 1 && y == 0 { return (0, -y) }
    if ax < R.sqrt6Epsilon / 4 && ay < R.sqrt6Epsilon / 4 { return (R.halfPi - (x - R.pio2Lo), -y) }
    let work = hardWork(ay, ax)
    let rx: R
    if work.bIsUsable {
      rx = sx ? R.acos(-work.b) : R.acos(work.b)
    } else {
      rx = R.atan2(work.sqrtA2my2, sx ? -work.newY : work.newY)
    }
    return (rx, sy ? work.rx : -work.rx)
  }

  static func asinh(_ x: R, _ y: R) -> Pair {
    let (ax, ay) = (x.magnitude, y.magnitude)
    if x.isNaN || y.isNaN {
      if x.isInfinite { return (x, y + y) }
      if y.isInfinite { return (y, x + x) }
      if y == 0 { return (x + x, y) }
      return (.nan, .nan)
    }
    if ax > recipEpsilon || ay > recipEpsilon {
      var (wx, wy) = x.sign == .minus ? logOfLarge(-x, -y) : logOfLarge(x, y)
      wx += R.ln2
      return (R(signOf: x, magnitudeOf: wx), R(signOf: y, magnitudeOf: wy))
    }
    if x == 0 && y == 0 { return (x, y) }
    if ax < R.sqrt6Epsilon / 4 && ay < R.sqrt6Epsilon / 4 { return (x, y) }
    let work = hardWork(ax, ay)
    let ry = work.bIsUsable ? R.asin(work.b) : R.atan2(work.newY, work.sqrtA2my2)
    return (R(signOf: x, magnitudeOf: work.rx), R(signOf: y, magnitudeOf: ry))
  }

  /// `Re(1 / (x + iy))` without spurious underflow, for `|z|` above `1/epsilon`.
  private static func realPartReciprocal(_ x: R, _ y: R) -> R {
    let cutoff = (R.significandBitCount + 1) / 2 + 1
    let ix = Int(x.exponentBitPattern)
    let iy = Int(y.exponentBitPattern)
    if ix - iy >= cutoff || x.isInfinite { return 1 / x }
    if iy - ix >= cutoff { return x / y / y }
    let bias = Int(R.greatestFiniteMagnitude.exponent)
    if ix <= bias + (bias + 1) / 2 - cutoff { return x / (x * x + y * y) }
    let scale = R(
      sign: .plus, exponentBitPattern: R.RawExponent(2 * bias + 1 - ix), significandBitPattern: 0)
    let (sx, sy) = (x * scale, y * scale)
    return sx / (sx * sx + sy * sy) * scale
  }

  static func atanh(_ x: R, _ y: R) -> Pair {
    let (ax, ay) = (x.magnitude, y.magnitude)
    if y == 0 && ax <= 1 { return (R.atanh(x), y) }
    if x == 0 { return (x, R.atan(y)) }
    if x.isNaN || y.isNaN {
      if x.isInfinite { return (R(signOf: x, magnitudeOf: 0), y + y) }
      if y.isInfinite { return (R(signOf: x, magnitudeOf: 0), R(signOf: y, magnitudeOf: R.halfPi + R.pio2Lo)) }
      return (.nan, .nan)
    }
    if ax > recipEpsilon || ay > recipEpsilon {
      return (realPartReciprocal(x, y), R(signOf: y, magnitudeOf: R.halfPi + R.pio2Lo))
    }
    if ax < R.sqrt3Epsilon / 2 && ay < R.sqrt3Epsilon / 2 { return (x, y) }
    let rx: R
    if ax == 1 && ay < epsilon {
      rx = (R.ln2 - R.log(ay)) / 2
    } else {
      let difference = ax - 1
      let sumSquares = ay < R.sqrtMin ? difference * difference : difference * difference + ay * ay
      rx = R.log1p(4 * ax / sumSquares) / 4
    }
    let ry: R
    if ax == 1 {
      ry = R.atan2(2, -ay) / 2
    } else if ay < epsilon {
      ry = R.atan2(2 * ay, (1 - ax) * (1 + ax)) / 2
    } else {
      ry = R.atan2(2 * ay, (1 - ax) * (1 + ax) - ay * ay) / 2
    }
    return (R(signOf: x, magnitudeOf: rx), R(signOf: y, magnitudeOf: ry))
  }

  static func asin(_ x: R, _ y: R) -> Pair {
    let w = asinh(y, x)
    return (w.1, w.0)
  }

  static func atan(_ x: R, _ y: R) -> Pair {
    let w = atanh(y, x)
    return (w.1, w.0)
  }

  static func acosh(_ x: R, _ y: R) -> Pair {
    let (rx, ry) = acos(x, y)
    if rx.isNaN && ry.isNaN { return (ry, rx) }
    if rx.isNaN { return (ry.magnitude, rx) }
    if ry.isNaN { return (ry, ry) }
    return (ry.magnitude, R(signOf: y, magnitudeOf: rx))
  }
}
