/// The parsed form of a format specification (`format(value, spec)`, `f'{x:spec}'`,
/// `'{:spec}'.format(x)`): `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Parsing follows CPython's `parse_internal_render_format_spec` (Python/formatter_unicode.c),
/// including its error messages.
struct FormatSpec: Equatable {
  /// Where padding goes.
  enum Alignment: Character {
    case left = "<", right = ">", center = "^", afterSign = "="
  }

  /// How non-negative numbers are signed.
  enum Sign: Character {
    case always = "+", negativeOnly = "-", space = " "
  }

  var fill: Character = " "
  /// The alignment written in the spec; nil means the type's default.
  var alignment: Alignment?
  /// The sign option; nil when the spec has none (which behaves as `-`).
  var sign: Sign?
  /// `z`: a negative zero after rounding prints as zero.
  var coerceNegativeZero = false
  /// `#`: the alternate form (`0x` prefixes, kept decimal points).
  var alternate = false
  var width = 0
  /// `,` or `_` when grouping thousands.
  var grouping: Character?
  var precision: Int?
  /// The presentation type; nil when absent.
  var type: Character?
  /// Whether `fill` came from the spec (not the `0` shortcut or the default).
  var fillSpecified = false

  /// Parses `text`; `defaultAlignment` is `>` for numbers and `<` for strings, which decides
  /// what the `0` shortcut means. `typeName` names the object in error messages.
  /// `defaultType` is the presentation type that applies when the spec names none
  /// (`s` for strings), which the grouping check uses.
  /// `limit` bounds the width and precision (the interpreter's container size):
  /// beyond it the result could not be stored, and the spec raises `MemoryError`.
  init(
    parsing text: String, defaultAlignment: Alignment, typeName: String,
    defaultType: Character? = nil, limit: Int = .max
  ) throws(PyException) {
    let chars = Array(text)
    var pos = 0
    func alignmentChar(at i: Int) -> Alignment? {
      i < chars.count ? Alignment(rawValue: chars[i]) : nil
    }
    if chars.count >= 2, let a = alignmentChar(at: 1) {
      fill = chars[0]
      fillSpecified = true
      alignment = a
      pos = 2
    } else if let a = alignmentChar(at: 0) {
      alignment = a
      pos = 1
    }
    if pos < chars.count, let s = Sign(rawValue: chars[pos]) {
      sign = s
      pos += 1
    }
    if pos < chars.count, chars[pos] == "z" {
      coerceNegativeZero = true
      pos += 1
    }
    if pos < chars.count, chars[pos] == "#" {
      alternate = true
      pos += 1
    }
    if !fillSpecified, pos < chars.count, chars[pos] == "0" {
      fill = "0"
      if alignment == nil, defaultAlignment == .right { alignment = .afterSign }
      pos += 1
    }
    width = try Self.readNumber(chars, &pos) ?? 0
    if pos < chars.count, chars[pos] == "," || chars[pos] == "_" {
      grouping = chars[pos]
      pos += 1
    }
    if pos < chars.count, chars[pos] == "," || chars[pos] == "_" {
      if let g = grouping, g != chars[pos] {
        throw PyException.valueError("Cannot specify both ',' and '_'.")
      }
      throw PyException.valueError("Cannot specify '\(chars[pos])' with '\(chars[pos])'.")
    }
    if pos < chars.count, chars[pos] == "." {
      pos += 1
      guard let p = try Self.readNumber(chars, &pos) else {
        throw PyException.valueError("Format specifier missing precision")
      }
      precision = p
    }
    if chars.count - pos > 1 {
      throw PyException.valueError(
        "Invalid format specifier '\(text)' for object of type '\(typeName)'")
    }
    if pos < chars.count { type = chars[pos] }
    if width > limit || (precision ?? 0) > limit { throw PyException(ExceptionTypes.memoryError, args: []) }
    if let g = grouping {
      let allowed: Set<Character?> = g == ","
        ? [nil, "d", "e", "f", "g", "E", "G", "%", "F"]
        : [nil, "d", "e", "f", "g", "E", "G", "%", "F", "b", "o", "x", "X"]
      let effective = type ?? defaultType
      if !allowed.contains(effective) {
        throw PyException.valueError("Cannot specify '\(g)' with '\(effective.map(String.init) ?? "")'.")
      }
    }
  }

  private static func readNumber(_ chars: [Character], _ pos: inout Int) throws(PyException) -> Int? {
    var value = 0
    var digits = 0
    while pos < chars.count, let d = chars[pos].wholeNumberValue, chars[pos].isASCII {
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(d)
      if o1 || o2 || s > Int(Int32.max) {
        throw PyException.valueError("Too many decimal digits in format string")
      }
      value = s
      digits += 1
      pos += 1
    }
    return digits == 0 ? nil : value
  }

  /// Pads `body` (already signed and prefixed as the caller wants) to `width` with the
  /// spec's fill and alignment; `defaultAlignment` applies when the spec has none.
  /// `signAndPrefixCount` is how many leading characters `=` alignment keeps in front.
  func pad(_ body: String, defaultAlignment: Alignment, signAndPrefixCount: Int = 0) -> String {
    let length = body.unicodeScalars.count
    guard width > length else { return body }
    let total = width - length
    let fillText = { (n: Int) in String(repeating: String(self.fill), count: n) }
    switch alignment ?? defaultAlignment {
    case .left: return body + fillText(total)
    case .right: return fillText(total) + body
    case .center: return fillText(total / 2) + body + fillText(total - total / 2)
    case .afterSign:
      let scalars = Array(body.unicodeScalars)
      var head = String.UnicodeScalarView()
      head.append(contentsOf: scalars[..<signAndPrefixCount])
      var tail = String.UnicodeScalarView()
      tail.append(contentsOf: scalars[signAndPrefixCount...])
      return String(head) + fillText(total) + String(tail)
    }
  }
}
