/// Formatting of `int`, `float` and `str` values with a format spec, as CPython's
/// Python/formatter_unicode.c does it.
extension FormatSpec {
  /// `format(value, spec)` for an `int` (`bool` passes its 0/1 and type name).
  static func format(
    int value: Int, spec text: String, typeName: String = "int", limit: Int = .max
  ) throws(PyException) -> String {
    let spec = try FormatSpec(parsing: text, defaultAlignment: .right, typeName: typeName, limit: limit)
    switch spec.type {
    case "e", "E", "f", "F", "g", "G", "%":
      return try spec.formatFloat(Double(value), typeName: typeName)
    case nil, "d", "n", "b", "o", "x", "X", "c":
      return try spec.formatInt(value)
    case let other?:
      throw PyException.valueError("Unknown format code '\(other)' for object of type '\(typeName)'")
    }
  }

  /// `format(value, spec)` for a `float`.
  static func format(float value: Double, spec text: String, limit: Int = .max) throws(PyException) -> String {
    let spec = try FormatSpec(parsing: text, defaultAlignment: .right, typeName: "float", limit: limit)
    return try spec.formatFloat(value, typeName: "float")
  }

  /// `format(value, spec)` for a `str`.
  static func format(string value: String, spec text: String, limit: Int = .max) throws(PyException) -> String {
    let spec = try FormatSpec(
      parsing: text, defaultAlignment: .left, typeName: "str", defaultType: "s", limit: limit)
    if let t = spec.type, t != "s" {
      throw PyException.valueError("Unknown format code '\(t)' for object of type 'str'")
    }
    switch spec.sign {
    case .space?: throw PyException.valueError("Space not allowed in string format specifier")
    case .always?, .negativeOnly?: throw PyException.valueError("Sign not allowed in string format specifier")
    case nil: break
    }
    if spec.coerceNegativeZero {
      throw PyException.valueError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
      throw PyException.valueError("Alternate form (#) not allowed in string format specifier")
    }
    if spec.alignment == .afterSign {
      throw PyException.valueError("'=' alignment not allowed in string format specifier")
    }
    var body = value
    if let p = spec.precision, value.unicodeScalars.count > p {
      body = String(String.UnicodeScalarView(value.unicodeScalars.prefix(p)))
    }
    return spec.pad(body, defaultAlignment: .left)
  }

  private func formatInt(_ value: Int) throws(PyException) -> String {
    if precision != nil {
      throw PyException.valueError("Precision not allowed in integer format specifier")
    }
    if coerceNegativeZero {
      throw PyException.valueError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    if type == "c" {
      if sign != nil { throw PyException.valueError("Sign not allowed with integer format specifier 'c'") }
      if alternate {
        throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'")
      }
      guard value >= 0, value <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(value)) else {
        throw PyException.overflow("%c arg not in range(0x110000)")
      }
      return pad(String(Character(scalar)), defaultAlignment: .right)
    }
    let radix: Int
    var prefix = ""
    switch type {
    case "b": radix = 2; prefix = "0b"
    case "o": radix = 8; prefix = "0o"
    case "x": radix = 16; prefix = "0x"
    case "X": radix = 16; prefix = "0X"
    default: radix = 10
    }
    if !alternate { prefix = "" }
    var digits = String(value.magnitude, radix: radix)
    if type == "X" { digits = digits.uppercased() }
    return layoutNumber(
      negative: value < 0, prefix: prefix, integerDigits: digits, rest: "",
      groupSize: radix == 10 ? 3 : 4)
  }

  /// A float laid out by the spec (sign, grouping, padding). Without a type, `addDotZero`
  /// says whether an integral value gets `.0` (floats; complex parts do not).
  func formatFloat(_ value: Double, typeName: String, addDotZero dotZero: Bool = true) throws(PyException) -> String {
    var code: FloatDigits.Code
    var addDotZero = false
    var uppercase = false
    var percent = false
    var number = value
    var digitsPrecision = precision ?? 6
    switch type {
    case nil:
      addDotZero = dotZero
      code = precision == nil ? .repr : .general
      digitsPrecision = precision ?? 0
    case "e": code = .exponent
    case "E": code = .exponent; uppercase = true
    case "f": code = .fixed
    case "F": code = .fixed; uppercase = true
    case "g", "n": code = .general
    case "G": code = .general; uppercase = true
    case "%": code = .fixed; percent = true; number *= 100
    case let other?:
      throw PyException.valueError("Unknown format code '\(other)' for object of type '\(typeName)'")
    }
    var text = FloatDigits.format(
      number, code: code, precision: digitsPrecision, alternate: alternate,
      addDotZero: addDotZero, uppercase: uppercase)
    var negative = false
    if text.hasPrefix("-") {
      text.removeFirst()
      negative = true
      if coerceNegativeZero && number.isFinite && !text.contains(where: { "123456789".contains($0) }) {
        negative = false
      }
    }
    let integerEnd = text.firstIndex(where: { !$0.isASCII || !$0.isNumber }) ?? text.endIndex
    return layoutNumber(
      negative: negative, prefix: "", integerDigits: String(text[..<integerEnd]),
      rest: String(text[integerEnd...]) + (percent ? "%" : ""), groupSize: 3)
  }

  /// Sign, prefix, grouped integer digits, the rest and the padding, as CPython's
  /// `calc_number_widths` and `fill_number` lay out a number.
  private func layoutNumber(
    negative: Bool, prefix: String, integerDigits: String, rest: String, groupSize: Int
  ) -> String {
    let signText: String
    switch (negative, sign) {
    case (true, _): signText = "-"
    case (false, .always?): signText = "+"
    case (false, .space?): signText = " "
    case (false, .negativeOnly?), (false, nil): signText = ""
    }
    let nonDigitCount = signText.count + prefix.count + rest.unicodeScalars.count
    let zeroPadded = fill == "0" && alignment == .afterSign
    var digits = integerDigits
    if let separator = grouping, !integerDigits.isEmpty {
      let minWidth = zeroPadded ? width - nonDigitCount : 0
      digits = Self.group(integerDigits, minWidth: minWidth, size: groupSize, separator: separator)
    }
    return pad(
      signText + prefix + digits + rest, defaultAlignment: .right,
      signAndPrefixCount: signText.count + prefix.count)
  }

  /// CPython's `_PyUnicode_InsertThousandsGrouping`: separators every `size` digits from the
  /// right, padding with zeros (grouped as well) up to `minWidth` characters.
  static func group(_ digits: String, minWidth: Int, size: Int, separator: Character) -> String {
    let chars = Array(digits)
    var remaining = chars.count
    var width = minWidth
    var pieces: [String] = []
    while true {
      let length = min(size, max(remaining, width, 1))
      let zeros = max(0, length - remaining)
      let count = max(0, min(remaining, length))
      pieces.append(String(repeating: "0", count: zeros) + String(chars[(remaining - count)..<remaining]))
      remaining -= count
      width -= length
      if remaining <= 0 && width <= 0 { break }
      width -= 1
    }
    return pieces.reversed().joined(separator: String(separator))
  }
}
