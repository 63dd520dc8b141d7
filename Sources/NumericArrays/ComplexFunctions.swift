/// numpy 1.23's complex ufunc loops for the transcendental functions (`nc_exp`, `nc_log1p`, ...
/// in `funcs.inc.src`) and `power` (npymath's `npy_cpow`), element by element.
extension NDArray {
  /// The element function of a complex float ufunc, or nil where numpy has no complex loop
  /// (`cbrt`, `floor`, `ceil`, `trunc`).
  static func complexFunction<C: ComplexMath>(_ function: UnaryFloatFunction, _: C.Type) -> ((C) -> C)? {
    typealias R = C.Part
    typealias Inverse = ComplexInverseTrig<R>
    func libm(_ f: ComplexLibmFunction) -> (C) -> C { { C.libm(f, $0) } }
    func parts(_ f: @escaping (R, R) -> (R, R)) -> (C) -> C {
      { let (re, im) = f($0.real, $0.imag); return C(real: re, imag: im) }
    }
    switch function {
    case .exp: return libm(.exp)
    case .exp2: return { C.libm(.exp, C(real: $0.real * R.ln2, imag: $0.imag * R.ln2)) }
    case .expm1:
      return {
        let half = R.sin($0.imag / 2)
        return C(
          real: R.expm1($0.real) * R.cos($0.imag) - 2 * half * half, imag: R.exp($0.real) * R.sin($0.imag))
      }
    case .log: return libm(.log)
    case .log2:
      return { let l = C.libm(.log, $0); return C(real: l.real * R.log2e, imag: l.imag * R.log2e) }
    case .log10:
      return { let l = C.libm(.log, $0); return C(real: l.real * R.log10e, imag: l.imag * R.log10e) }
    case .log1p:
      return {
        let magnitude = R.hypot($0.real + 1, $0.imag)
        return C(real: R.log(magnitude), imag: R.atan2($0.imag, $0.real + 1))
      }
    case .sqrt: return libm(.sqrt)
    case .sin: return libm(.sin)
    case .cos: return libm(.cos)
    case .tan: return libm(.tan)
    case .sinh: return libm(.sinh)
    case .cosh: return libm(.cosh)
    case .tanh: return libm(.tanh)
    case .arcsin: return parts { Inverse.asin($0, $1) }
    case .arccos: return parts { Inverse.acos($0, $1) }
    case .arctan: return parts { Inverse.atan($0, $1) }
    case .arcsinh: return parts { Inverse.asinh($0, $1) }
    case .arccosh: return parts { Inverse.acosh($0, $1) }
    case .arctanh: return parts { Inverse.atanh($0, $1) }
    case .rint: return { C(real: $0.real.rounded(.toNearestOrEven), imag: $0.imag.rounded(.toNearestOrEven)) }
    case .cbrt, .floor, .ceil, .trunc: return nil
    }
  }

  /// npymath's `npy_cpow`: `x ** 0` is 1; a zero base gives 0 for a positive real exponent and
  /// nan otherwise; integral real exponents below 100 in magnitude multiply (repeated squaring,
  /// a division for negative ones); everything else is glibc's `cpow`.
  static func complexPower<C: ComplexMath>(_ a: C, _ b: C) -> C {
    let (ar, ai, br, bi) = (a.real, a.imag, b.real, b.imag)
    if br == 0 && bi == 0 { return C(real: 1, imag: 0) }
    if ar == 0 && ai == 0 {
      return br > 0 && bi == 0 ? C(real: 0, imag: 0) : C(real: .nan, imag: .nan)
    }
    if bi == 0 && br == br.rounded(.towardZero) && br.magnitude < 100 {
      var n = Int(br)
      if n == 1 { return a }
      if n == 2 { return complexProduct(a, a) }
      if n == 3 { return complexProduct(a, complexProduct(a, a)) }
      n = Swift.abs(n)
      var result = C(real: 1, imag: 0)
      var power = a
      var mask = 1
      while true {
        if n & mask != 0 { result = complexProduct(result, power) }
        mask <<= 1
        if n < mask { break }
        power = complexProduct(power, power)
      }
      return br < 0 ? complexDivide(C(real: 1, imag: 0), result) : result
    }
    return C.libmPower(a, b)
  }
}
