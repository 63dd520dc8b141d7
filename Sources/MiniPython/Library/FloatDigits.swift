#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decimal text of doubles exactly as CPython's `PyOS_double_to_string` writes it
/// (Python/pystrtod.c, `format_float_short`): the shortest round-trip repr, and the `e`,
/// `f`, `g` presentations with a precision, the alternate form and the "add `.0`" rule.
enum FloatDigits {
  /// A presentation code of `PyOS_double_to_string`.
  enum Code {
    /// `e`: one digit, a point, `precision` digits, an exponent.
    case exponent
    /// `f`: `precision` digits after the point.
    case fixed
    /// `g`: `precision` significant digits, exponent form when the exponent is < -4 or
    /// >= the precision.
    case general
    /// `r`: the shortest digits that round-trip, exponent form outside [1e-4, 1e16).
    case repr
  }

  /// The text of `value`, with a leading `-` for negative values (never for nan).
  ///
  /// `addDotZero` writes integral non-exponent results with `.0` (repr, and format specs
  /// without a type); `alternate` keeps trailing zeros and the point (`#`).
  static func format(
    _ value: Double, code: Code, precision: Int, alternate: Bool = false,
    addDotZero: Bool = false, uppercase: Bool = false
  ) -> String {
    if value.isNaN { return uppercase ? "NAN" : "nan" }
    if value.isInfinite { return value < 0 ? (uppercase ? "-INF" : "-inf") : (uppercase ? "INF" : "inf") }
    switch code {
    case .exponent:
      let text = printf(alternate ? "%#.*e" : "%.*e", precision, value)
      return uppercase ? text.uppercased() : text
    case .fixed:
      return printf(alternate ? "%#.*f" : "%.*f", precision, value)
    case .general, .repr:
      let negative = value.sign == .minus
      let (digits, decimalPoint) = code == .repr
        ? shortestDigits(abs(value)) : significantDigits(abs(value), max(precision, 1))
      let body = layout(
        digits: digits, decimalPoint: decimalPoint, code: code, precision: max(precision, 1),
        alternate: alternate, addDotZero: addDotZero, uppercase: uppercase)
      return negative ? "-" + body : body
    }
  }

  /// `repr(value)` for a float.
  static func repr(_ value: Double) -> String {
    format(value, code: .repr, precision: 0, addDotZero: true)
  }

  /// `format_float_short`'s placement of digits, point, zeros and exponent.
  private static func layout(
    digits: [UInt8], decimalPoint: Int, code: Code, precision: Int, alternate: Bool,
    addDotZero: Bool, uppercase: Bool
  ) -> String {
    var decpt = decimalPoint
    var useExponent = false
    var vdigitsEnd = digits.count
    switch code {
    case .general:
      if decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision) { useExponent = true }
      if alternate { vdigitsEnd = precision }
    case .repr:
      if decpt <= -4 || decpt > 16 { useExponent = true }
    case .exponent, .fixed:
      break
    }
    var exponent = 0
    if useExponent {
      exponent = decpt - 1
      decpt = 1
    }
    let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
    if !useExponent && addDotZero {
      vdigitsEnd = max(vdigitsEnd, decpt + 1)
    } else {
      vdigitsEnd = max(vdigitsEnd, decpt)
    }
    let zero = UInt8(ascii: "0")
    let point = UInt8(ascii: ".")
    var out: [UInt8] = []
    if decpt <= 0 {
      out += [UInt8](repeating: zero, count: decpt - vdigitsStart)
      out.append(point)
      out += [UInt8](repeating: zero, count: -decpt)
    } else {
      out += [UInt8](repeating: zero, count: -vdigitsStart)
    }
    if decpt > 0 && decpt <= digits.count {
      out += digits[0..<decpt]
      out.append(point)
      out += digits[decpt...]
    } else {
      out += digits
    }
    if digits.count < decpt {
      out += [UInt8](repeating: zero, count: decpt - digits.count)
      out.append(point)
      out += [UInt8](repeating: zero, count: max(0, vdigitsEnd - decpt))
    } else {
      out += [UInt8](repeating: zero, count: max(0, vdigitsEnd - digits.count))
    }
    if out.last == point && !alternate { out.removeLast() }
    var text = String(decoding: out, as: UTF8.self)
    if useExponent {
      let magnitude = abs(exponent)
      text += (uppercase ? "E" : "e") + (exponent < 0 ? "-" : "+")
        + (magnitude < 10 ? "0" : "") + String(magnitude)
    }
    return text
  }

  /// The shortest round-trip digits of a non-negative finite value (trailing zeros removed)
  /// and the position of the decimal point: value = 0.d1d2... × 10^decimalPoint.
  static func shortestDigits(_ value: Double) -> ([UInt8], Int) {
    if value == 0 { return ([UInt8(ascii: "0")], 1) }
    return parseScientific(value.description)
  }

  /// `count` significant digits of a non-negative finite value, correctly rounded, with
  /// trailing zeros removed (`_Py_dg_dtoa` mode 2), and the decimal point position.
  private static func significantDigits(_ value: Double, _ count: Int) -> ([UInt8], Int) {
    if value == 0 { return ([UInt8(ascii: "0")], 1) }
    return parseScientific(printf("%.*e", count - 1, value))
  }

  /// Splits `d.ddd[e±x]` or `ddd.ddd` text into significant digits and a decimal point.
  private static func parseScientific(_ text: String) -> ([UInt8], Int) {
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits: [UInt8] = []
    var pointAt: Int?
    for byte in mantissa.utf8 {
      if byte == UInt8(ascii: ".") {
        pointAt = digits.count
      } else {
        digits.append(byte)
      }
    }
    var decimalPoint = (pointAt ?? digits.count) + exponent
    while digits.first == UInt8(ascii: "0") && digits.count > 1 {
      digits.removeFirst()
      decimalPoint -= 1
    }
    while digits.last == UInt8(ascii: "0") && digits.count > 1 { digits.removeLast() }
    return (digits, decimalPoint)
  }

  /// C's `snprintf` with one precision argument and one double (correctly rounded in glibc).
  private static func printf(_ format: String, _ precision: Int, _ value: Double) -> String {
    let arguments: [CVarArg] = [Int32(precision), value]
    let length = withVaList(arguments) { vsnprintf(nil, 0, format, $0) }
    guard length >= 0 else { return "" }
    var buffer = [CChar](repeating: 0, count: Int(length) + 1)
    _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
    return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
