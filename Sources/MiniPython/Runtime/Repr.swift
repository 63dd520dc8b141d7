/// The text forms of values that need no Python code: floats, strings, addresses.
public enum Repr {
  /// CPython's `repr(float)`: shortest round-trip digits, exponent form outside [1e-4, 1e16).
  public static func float(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    // Swift's description has the same shortest digits and the same layout, except that it
    // switches to exponent form at 2^53 instead of 10^16 (checked against CPython on 300,000
    // doubles).
    let description = d.description
    if !description.hasSuffix("e+15") { return description }
    let (digits, pointPos) = shortestDigits(d.magnitude)
    let sign = d < 0 ? "-" : ""
    let e = pointPos - 1
    if e >= -4 && e < 16 {
      if pointPos <= 0 { return sign + "0." + String(repeating: "0", count: -pointPos) + digits }
      if pointPos >= digits.count { return sign + digits + String(repeating: "0", count: pointPos - digits.count) + ".0" }
      let i = digits.index(digits.startIndex, offsetBy: pointPos)
      return sign + digits[..<i] + "." + digits[i...]
    }
    var m = String(digits.first!)
    if digits.count > 1 { m += "." + digits.dropFirst() }
    let es = e < 0 ? "-" : "+"
    let ed = String(abs(e))
    return sign + m + "e" + es + (ed.count < 2 ? "0" + ed : ed)
  }

  /// The shortest round-trip decimal digits of a positive finite double and the position of the
  /// decimal point (value = 0.DIGITS × 10^pointPos).
  public static func shortestDigits(_ d: Double) -> (digits: String, pointPos: Int) {
    let s = d.description
    var mant = Substring(s)
    var exp = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mant = s[..<e]
      exp = Int(s[s.index(after: e)...]) ?? 0
    }
    let parts = mant.split(separator: ".", omittingEmptySubsequences: false)
    let intPart = parts[0]
    let fracPart = parts.count > 1 ? parts[1] : ""
    var digits = Array(intPart + fracPart)
    var pointPos = intPart.count + exp
    while digits.first == "0" {
      digits.removeFirst()
      pointPos -= 1
    }
    while digits.last == "0" { digits.removeLast() }
    if digits.isEmpty { return ("0", 1) }
    return (String(digits), pointPos)
  }

  /// CPython's `repr(str)`: quotes chosen as CPython does, escapes for unprintable characters.
  public static func string(_ s: String) -> String {
    let hasSingle = s.contains("'")
    let quote: Character = hasSingle && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for u in s.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if Character(u) == quote {
          out += "\\" + String(quote)
        } else if isPrintable(u) {
          out.unicodeScalars.append(u)
        } else {
          out += escape(u)
        }
      }
    }
    out.append(quote)
    return out
  }

  static func escape(_ u: Unicode.Scalar) -> String {
    let v = u.value
    let hex = String(v, radix: 16)
    if v < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
    if v < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
    return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// Python's `str.isprintable` for one character.
  public static func isPrintable(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x20 || u.value == 0x7F { return false }
    if u.value < 0x7F { return true }
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
      return false
    case .spaceSeparator:
      return u == " "
    default:
      return true
    }
  }

  /// `ascii()` applied to a repr: non-ASCII characters escaped.
  static func ascii(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      if u.value < 128 { out.unicodeScalars.append(u) } else { out += escape(u) }
    }
    return out
  }

  /// CPython's `repr(bytes)`.
  public static func bytes(_ b: [UInt8]) -> String {
    let hasSingle = b.contains(39)
    let quote: UInt8 = hasSingle && !b.contains(34) ? 34 : 39
    var out = "b" + String(UnicodeScalar(quote))
    for c in b {
      switch c {
      case 92: out += "\\\\"
      case 10: out += "\\n"
      case 13: out += "\\r"
      case 9: out += "\\t"
      case quote: out += "\\" + String(UnicodeScalar(quote))
      case 32..<127: out.unicodeScalars.append(UnicodeScalar(c))
      default:
        let h = String(c, radix: 16)
        out += "\\x" + (h.count < 2 ? "0" + h : h)
      }
    }
    return out + String(UnicodeScalar(quote))
  }

  /// An object address as CPython prints it (`0x7f...`).
  public static func address(_ o: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
  }

  /// A complex number as `repr(complex)` prints it (CPython's `complex_repr`): the parts in
  /// float repr without `.0`, no real part when it is `+0`, otherwise parentheses and an
  /// always-signed imaginary part (a nan's sign is not shown: `(1+nanj)`).
  public static func complex(_ re: Double, _ im: Double) -> String {
    func part(_ d: Double) -> String {
      let s = float(d)
      return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }
    if re == 0 && re.sign == .plus { return part(im) + "j" }
    let imText = part(im)
    return "(" + part(re) + (imText.hasPrefix("-") ? "" : "+") + imText + "j)"
  }
}
