import CComplexMath
import Foundation

/// The C library's complex functions that numpy 1.23 calls through npymath (glibc's `cexp`,
/// `clog`, `csqrt`, `csin`, ..., `cpow`, in the element's precision).
enum ComplexLibmFunction: Int32 {
  case exp = 0, log, sqrt, sin, cos, tan, sinh, cosh, tanh
}

/// A complex element type with numpy's complex math: glibc's functions and the real functions
/// of its part type (`hypot`, `log1p`, `atan2`, ... as the C library computes them).
protocol ComplexMath: ComplexElement where Part: CatrigReal {
  /// A glibc complex function of one operand.
  static func libm(_ function: ComplexLibmFunction, _ z: Self) -> Self
  /// glibc's `cpow`.
  static func libmPower(_ a: Self, _ b: Self) -> Self
}

extension Complex128: ComplexMath {
  static func libm(_ function: ComplexLibmFunction, _ z: Complex128) -> Complex128 {
    var out = (0.0, 0.0)
    withUnsafeMutablePointer(to: &out) {
      $0.withMemoryRebound(to: Double.self, capacity: 2) {
        quire_complex_unary(function.rawValue, z.real, z.imag, $0)
      }
    }
    return Complex128(real: out.0, imag: out.1)
  }

  static func libmPower(_ a: Complex128, _ b: Complex128) -> Complex128 {
    var out = (0.0, 0.0)
    withUnsafeMutablePointer(to: &out) {
      $0.withMemoryRebound(to: Double.self, capacity: 2) { quire_cpow(a.real, a.imag, b.real, b.imag, $0) }
    }
    return Complex128(real: out.0, imag: out.1)
  }
}

extension Complex64: ComplexMath {
  static func libm(_ function: ComplexLibmFunction, _ z: Complex64) -> Complex64 {
    var out: (Float, Float) = (0, 0)
    withUnsafeMutablePointer(to: &out) {
      $0.withMemoryRebound(to: Float.self, capacity: 2) {
        quire_complex_unary_float(function.rawValue, z.real, z.imag, $0)
      }
    }
    return Complex64(real: out.0, imag: out.1)
  }

  static func libmPower(_ a: Complex64, _ b: Complex64) -> Complex64 {
    var out: (Float, Float) = (0, 0)
    withUnsafeMutablePointer(to: &out) {
      $0.withMemoryRebound(to: Float.self, capacity: 2) {
        quire_cpow_float(a.real, a.imag, b.real, b.imag, $0)
      }
    }
    return Complex64(real: out.0, imag: out.1)
  }
}

/// The real C-library functions numpy's complex code calls, and the constants of its FreeBSD
/// inverse trigonometric functions for one precision.
protocol CatrigReal: FloatMath {
  static func hypot(_ x: Self, _ y: Self) -> Self
  static func atan2(_ y: Self, _ x: Self) -> Self
  static func log(_ x: Self) -> Self
  static func log1p(_ x: Self) -> Self
  static func exp(_ x: Self) -> Self
  static func expm1(_ x: Self) -> Self
  static func sin(_ x: Self) -> Self
  static func cos(_ x: Self) -> Self
  static func asin(_ x: Self) -> Self
  static func acos(_ x: Self) -> Self
  static func atan(_ x: Self) -> Self
  static func atanh(_ x: Self) -> Self
  /// `NPY_LOGE2`, `NPY_LOG2E`, `NPY_LOG10E`, `NPY_E`, `NPY_PI_2` in this precision.
  static var ln2: Self { get }
  static var log2e: Self { get }
  static var log10e: Self { get }
  static var e: Self { get }
  static var halfPi: Self { get }
  /// `pio2_lo`: `halfPi + pio2Lo == halfPi`, inexactly.
  static var pio2Lo: Self { get }
  static var fourSqrtMin: Self { get }
  static var sqrt6Epsilon: Self { get }
  static var sqrt3Epsilon: Self { get }
  static var quarterSqrtMax: Self { get }
  static var sqrtMin: Self { get }
}

extension Double: CatrigReal {
  static func hypot(_ x: Double, _ y: Double) -> Double { Foundation.hypot(x, y) }
  static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }
  static func log(_ x: Double) -> Double { Foundation.log(x) }
  static func log1p(_ x: Double) -> Double { Foundation.log1p(x) }
  static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  static func expm1(_ x: Double) -> Double { Foundation.expm1(x) }
  static func sin(_ x: Double) -> Double { Foundation.sin(x) }
  static func cos(_ x: Double) -> Double { Foundation.cos(x) }
  static func asin(_ x: Double) -> Double { Foundation.asin(x) }
  static func acos(_ x: Double) -> Double { Foundation.acos(x) }
  static func atan(_ x: Double) -> Double { Foundation.atan(x) }
  static func atanh(_ x: Double) -> Double { Foundation.atanh(x) }
  static var ln2: Double { 0.693147180559945309417232121458176568 }
  static var log2e: Double { 1.442695040888963407359924681001892137 }
  static var log10e: Double { 0.434294481903251827651128918916605082 }
  static var e: Double { 2.718281828459045235360287471352662498 }
  static var halfPi: Double { 1.570796326794896619231321691639751442 }
  static var pio2Lo: Double { 6.1232339957367659e-17 }
  static var fourSqrtMin: Double { 5.9666725849601654e-154 }
  static var sqrt6Epsilon: Double { 3.65002414998885671e-08 }
  static var sqrt3Epsilon: Double { 2.5809568279517849e-8 }
  static var quarterSqrtMax: Double { 3.3519519824856489e+153 }
  static var sqrtMin: Double { 1.4916681462400413e-154 }
}

extension Float: CatrigReal {
  static func hypot(_ x: Float, _ y: Float) -> Float { Foundation.hypot(x, y) }
  static func atan2(_ y: Float, _ x: Float) -> Float { Foundation.atan2(y, x) }
  static func log(_ x: Float) -> Float { Foundation.log(x) }
  static func log1p(_ x: Float) -> Float { Foundation.log1p(x) }
  static func exp(_ x: Float) -> Float { Foundation.exp(x) }
  static func expm1(_ x: Float) -> Float { Foundation.expm1(x) }
  static func sin(_ x: Float) -> Float { Foundation.sin(x) }
  static func cos(_ x: Float) -> Float { Foundation.cos(x) }
  static func asin(_ x: Float) -> Float { Foundation.asin(x) }
  static func acos(_ x: Float) -> Float { Foundation.acos(x) }
  static func atan(_ x: Float) -> Float { Foundation.atan(x) }
  static func atanh(_ x: Float) -> Float { Foundation.atanh(x) }
  static var ln2: Float { 0.693147180559945309417232121458176568 }
  static var log2e: Float { 1.442695040888963407359924681001892137 }
  static var log10e: Float { 0.434294481903251827651128918916605082 }
  static var e: Float { 2.718281828459045235360287471352662498 }
  static var halfPi: Float { 1.570796326794896619231321691639751442 }
  static var pio2Lo: Float { 7.5497899549e-9 }
  static var fourSqrtMin: Float { 4.3368086899420177e-19 }
  static var sqrt6Epsilon: Float { 8.4572793338e-4 }
  static var sqrt3Epsilon: Float { 5.9801995673e-4 }
  static var quarterSqrtMax: Float { 4.611685743549481e+18 }
  static var sqrtMin: Float { 1.0842021724855044e-19 }
}
