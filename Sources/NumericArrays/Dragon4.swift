import Foundation

/// numpy's Dragon4 float formatting (`format_float_positional` / `format_float_scientific` in
/// unique mode), built from the shortest round-trip digits Swift prints and glibc's correctly
/// rounded `%e`/`%f` for cut-off or extended digit counts.
struct Dragon4 {
  /// numpy's trim modes: `k` keep, `.` trim zeros keep point, `0` leave one zero, `-` trim point.
  enum Trim: Character {
    case keep = "k"
    case zeros = "."
    case leaveOneZero = "0"
    case dotAndZeros = "-"
  }

  /// Decimal digits `d0.d1d2... × 10^exponent`, without sign.
  struct Digits {
    var digits: [UInt8]
    var exponent: Int
  }

  /// The shortest digits that round-trip in the value's own precision.
  static func shortest(_ value: Double, dtype: DType) -> Digits {
    let text: String
    switch dtype {
    case .float16: return shortestHalf(value.magnitude)
    case .float32: text = Float(value).magnitude.description
    default: text = value.magnitude.description
    }
    return parse(text)
  }

  /// Shortest round-trip digits of a float16 value (Swift prints some float16 integers in full).
  private static func shortestHalf(_ value: Double) -> Digits {
    let half = Float16(value)
    for digits in 0..<5 {
      let text = cFormat(value, "%.\(digits)e")
      if Float16(Double(text) ?? .nan) == half { return parse(text) }
    }
    return parse(cFormat(value, "%.4e"))
  }

  /// Parses `123.45`, `1e-05`, `1.5e+20`, `0.0001` into digits and an exponent.
  static func parse(_ text: String) -> Digits {
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let integer = parts.first.map(String.init) ?? ""
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = Array((integer + fraction).utf8).map { $0 - 48 }
    var pointPosition = integer.count
    while digits.count > 1 && digits.first == 0 {
      digits.removeFirst()
      pointPosition -= 1
    }
    while digits.count > 1 && digits.last == 0 { digits.removeLast() }
    if digits == [0] { return Digits(digits: [0], exponent: 0) }
    return Digits(digits: digits, exponent: exponent + pointPosition - 1)
  }

  /// Correctly rounded digits with `fractionDigits` digits after the first (scientific).
  static func roundedScientific(_ value: Double, fractionDigits: Int) -> Digits {
    parse(cFormat(value.magnitude, "%.\(fractionDigits)e"))
  }

  /// Correctly rounded digits with `fractionDigits` digits after the decimal point.
  static func roundedPositional(_ value: Double, fractionDigits: Int) -> Digits {
    parse(cFormat(value.magnitude, "%.\(fractionDigits)f"))
  }

  static func cFormat(_ value: Double, _ format: String) -> String {
    var buffer = [CChar](repeating: 0, count: 400)
    _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
    return String(cString: buffer)
  }

  /// `dragon4_scientific(x, precision, unique=True, trim, pad_left, exp_digits, min_digits)`.
  static func scientific(
    _ value: Double, dtype: DType, precision: Int = -1, minDigits: Int = -1, trim: Trim,
    padLeft: Int = -1, expDigits: Int = -1
  ) -> String {
    var d = shortest(value, dtype: dtype)
    var keepZeros = false
    let fractionCount = d.digits.count - 1
    if precision >= 0 && fractionCount > precision {
      d = roundedScientific(value, fractionDigits: precision)
    } else if minDigits > fractionCount {
      d = roundedScientific(value, fractionDigits: minDigits)
      keepZeros = true
    }
    var fraction = d.digits.dropFirst().map { Character(String($0)) }
    if !keepZeros { while fraction.last == "0" { fraction.removeLast() } }
    if minDigits > fraction.count { fraction += Array(repeating: "0", count: minDigits - fraction.count) }
    var text = String(d.digits.first ?? 0)
    text += "." + String(fraction)
    if fraction.isEmpty {
      switch trim {
      case .keep, .zeros: break
      case .leaveOneZero: text += "0"
      case .dotAndZeros: text.removeLast()
      }
    }
    var sign = value.sign == .minus ? "-" : ""
    sign += String(repeating: " ", count: max(0, padLeft - 1 - sign.count))
    let exponent = String(abs(d.exponent))
    let width = max(expDigits, 2)
    let padded = String(repeating: "0", count: max(0, width - exponent.count)) + exponent
    return sign + text + "e" + (d.exponent < 0 ? "-" : "+") + padded
  }

  /// `dragon4_positional(x, precision, unique=True, fractional=True, trim, pad_left, pad_right,
  /// min_digits)`.
  static func positional(
    _ value: Double, dtype: DType, precision: Int = -1, minDigits: Int = -1, trim: Trim,
    padLeft: Int = -1, padRight: Int = -1
  ) -> String {
    var d = value == 0 ? Digits(digits: [0], exponent: 0) : shortest(value, dtype: dtype)
    let fractionCount = max(0, d.digits.count - 1 - d.exponent)
    if precision >= 0 && fractionCount > precision {
      d = roundedPositional(value, fractionDigits: precision)
    }
    var integer = ""
    var fraction = ""
    if d.exponent >= 0 {
      for i in 0...d.exponent { integer += String(i < d.digits.count ? d.digits[i] : 0) }
      if d.digits.count > d.exponent + 1 {
        fraction = d.digits[(d.exponent + 1)...].map(String.init).joined()
      }
    } else {
      integer = "0"
      fraction = String(repeating: "0", count: -d.exponent - 1) + d.digits.map(String.init).joined()
    }
    if d.digits == [0] { fraction = "" }
    if minDigits > fraction.count {
      let parts = cFormat(value.magnitude, "%.\(minDigits)f").split(separator: ".")
      integer = String(parts.first ?? "0")
      fraction = String(parts.last ?? "")
    }
    var body = integer + "."
    if fraction.isEmpty {
      switch trim {
      case .keep, .zeros: break
      case .leaveOneZero: body += "0"
      case .dotAndZeros: body.removeLast()
      }
    } else {
      body += fraction
    }
    let sign = value.sign == .minus ? "-" : ""
    let leftWidth = sign.count + integer.count
    var result = String(repeating: " ", count: max(0, padLeft - leftWidth)) + sign + body
    let rightWidth = fraction.isEmpty && trim == .dotAndZeros ? 0 : fraction.count
    if padRight > rightWidth { result += String(repeating: " ", count: padRight - rightWidth) }
    return result
  }
}
