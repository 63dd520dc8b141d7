import Foundation

/// The one-argument float functions numpy's ufuncs compute with the C library.
public enum UnaryFloatFunction: String, CaseIterable, Sendable {
  case exp, exp2, expm1, log, log2, log10, log1p, sqrt, cbrt
  case sin, cos, tan, arcsin, arccos, arctan
  case sinh, cosh, tanh, arcsinh, arccosh, arctanh
  case floor, ceil, rint, trunc
}

/// The two-argument float functions (`power`, `fmod`, `arctan2`, `hypot`).
enum BinaryFloatFunction {
  case power, fmod, arctan2, hypot
}

/// Per-type access to the C library's math functions.
protocol FloatMath: FloatElement {
  static func function(_ f: UnaryFloatFunction) -> (Self) -> Self
  static func function(_ f: BinaryFloatFunction) -> (Self, Self) -> Self
}

extension Double: FloatMath {
  static func function(_ f: UnaryFloatFunction) -> (Double) -> Double {
    switch f {
    case .exp: return { Foundation.exp($0) }
    case .exp2: return { Foundation.exp2($0) }
    case .expm1: return { Foundation.expm1($0) }
    case .log: return { Foundation.log($0) }
    case .log2: return { Foundation.log2($0) }
    case .log10: return { Foundation.log10($0) }
    case .log1p: return { Foundation.log1p($0) }
    case .sqrt: return { $0.squareRoot() }
    case .cbrt: return { Foundation.cbrt($0) }
    case .sin: return { Foundation.sin($0) }
    case .cos: return { Foundation.cos($0) }
    case .tan: return { Foundation.tan($0) }
    case .arcsin: return { Foundation.asin($0) }
    case .arccos: return { Foundation.acos($0) }
    case .arctan: return { Foundation.atan($0) }
    case .sinh: return { Foundation.sinh($0) }
    case .cosh: return { Foundation.cosh($0) }
    case .tanh: return { Foundation.tanh($0) }
    case .arcsinh: return { Foundation.asinh($0) }
    case .arccosh: return { Foundation.acosh($0) }
    case .arctanh: return { Foundation.atanh($0) }
    case .floor: return { $0.rounded(.down) }
    case .ceil: return { $0.rounded(.up) }
    case .rint: return { $0.rounded(.toNearestOrEven) }
    case .trunc: return { $0.rounded(.towardZero) }
    }
  }

  static func function(_ f: BinaryFloatFunction) -> (Double, Double) -> Double {
    switch f {
    case .power: return { Foundation.pow($0, $1) }
    case .fmod: return { Foundation.fmod($0, $1) }
    case .arctan2: return { Foundation.atan2($0, $1) }
    case .hypot: return { Foundation.hypot($0, $1) }
    }
  }
}

extension Float: FloatMath {
  static func function(_ f: UnaryFloatFunction) -> (Float) -> Float {
    switch f {
    case .exp: return { Foundation.exp($0) }
    case .exp2: return { Foundation.exp2($0) }
    case .expm1: return { Foundation.expm1($0) }
    case .log: return { Foundation.log($0) }
    case .log2: return { Foundation.log2($0) }
    case .log10: return { Foundation.log10($0) }
    case .log1p: return { Foundation.log1p($0) }
    case .sqrt: return { $0.squareRoot() }
    case .cbrt: return { Foundation.cbrt($0) }
    case .sin: return { Foundation.sin($0) }
    case .cos: return { Foundation.cos($0) }
    case .tan: return { Foundation.tan($0) }
    case .arcsin: return { Foundation.asin($0) }
    case .arccos: return { Foundation.acos($0) }
    case .arctan: return { Foundation.atan($0) }
    case .sinh: return { Foundation.sinh($0) }
    case .cosh: return { Foundation.cosh($0) }
    case .tanh: return { Foundation.tanh($0) }
    case .arcsinh: return { Foundation.asinh($0) }
    case .arccosh: return { Foundation.acosh($0) }
    case .arctanh: return { Foundation.atanh($0) }
    case .floor: return { $0.rounded(.down) }
    case .ceil: return { $0.rounded(.up) }
    case .rint: return { $0.rounded(.toNearestOrEven) }
    case .trunc: return { $0.rounded(.towardZero) }
    }
  }

  static func function(_ f: BinaryFloatFunction) -> (Float, Float) -> Float {
    switch f {
    case .power: return { Foundation.pow($0, $1) }
    case .fmod: return { Foundation.fmod($0, $1) }
    case .arctan2: return { Foundation.atan2($0, $1) }
    case .hypot: return { Foundation.hypot($0, $1) }
    }
  }
}

extension Float16: FloatMath {
  static func function(_ f: UnaryFloatFunction) -> (Float16) -> Float16 {
    let single = Float.function(f)
    return { Float16(single(Float($0))) }
  }

  static func function(_ f: BinaryFloatFunction) -> (Float16, Float16) -> Float16 {
    let single = Float.function(f)
    return { Float16(single(Float($0), Float($1))) }
  }
}
