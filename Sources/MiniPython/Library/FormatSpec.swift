import Foundation

// Minimal format-spec support written by the interpreter's author so f-strings work before the
// library lands; `Library/` owns and replaces it (the hook is this one function).
extension Interpreter {
  /// The format-spec mini-language: `format(v, spec)` for built-in values.
  /// - Throws: `ValueError` for specs the value's type does not support.
  public func formatValue(_ v: PyValue, spec: String) throws -> String {
    if spec.isEmpty { return try str(v) }
    var s = Substring(spec)
    var fill: Character = " "
    var align: Character?
    if s.count >= 2, "<>^=".contains(s[s.index(after: s.startIndex)]) {
      fill = s.first!
      align = s[s.index(after: s.startIndex)]
      s = s.dropFirst(2)
    } else if let c = s.first, "<>^=".contains(c) {
      align = c
      s = s.dropFirst()
    }
    var sign: Character = "-"
    if let c = s.first, "+- ".contains(c) {
      sign = c
      s = s.dropFirst()
    }
    if s.first == "0" && align == nil {
      fill = "0"
      align = "="
      s = s.dropFirst()
    }
    var width = 0
    while let c = s.first, let d = c.wholeNumberValue {
      width = width * 10 + d
      s = s.dropFirst()
    }
    var grouping = false
    if s.first == "," {
      grouping = true
      s = s.dropFirst()
    }
    var precision: Int?
    if s.first == "." {
      s = s.dropFirst()
      var p = 0
      while let c = s.first, let d = c.wholeNumberValue {
        p = p * 10 + d
        s = s.dropFirst()
      }
      precision = p
    }
    let type = s.first
    var body: String
    var negative = false
    switch (v, type) {
    case (.str(let text), nil), (.str(let text), "s"):
      body = precision.map { String(text.prefix($0)) } ?? text
      return pad(body, fill: fill, align: align ?? "<", width: width)
    case (.int(let i), nil), (.int(let i), "d"):
      negative = i < 0
      body = String(i.magnitude)
      if grouping { body = group(body) }
    case (.bool(let b), "d"):
      body = b ? "1" : "0"
    case (_, "f"), (_, "F"), (_, "e"), (_, "E"), (_, "g"), (_, "G"), (_, "%"), (.float, nil):
      guard var d = v.numericValue else { throw formatError(v, type) }
      negative = d.sign == .minus && !d.isNaN
      d = Swift.abs(d)
      var t = type ?? "g"
      if t == "%" { d *= 100 }
      let p = precision ?? 6
      if d.isNaN || d.isInfinite {
        body = d.isNaN ? "nan" : "inf"
      } else if type == nil && precision == nil {
        body = Repr.float(d)
      } else {
        if t == "%" { t = "f" }
        body = String(format: "%.\(p)\(t)", d)
        if type == nil, !body.contains("."), !body.contains("e") { body += ".0" }
      }
      if grouping, let dot = body.firstIndex(of: ".") {
        body = group(String(body[..<dot])) + body[dot...]
      }
      if type == "%" { body += "%" }
      if type == "F" || type == "E" || type == "G" { body = body.uppercased() }
    default:
      throw formatError(v, type)
    }
    let signText = negative ? "-" : (sign == "+" ? "+" : (sign == " " ? " " : ""))
    if align == "=" {
      return signText + pad(body, fill: fill, align: ">", width: width - signText.count)
    }
    return pad(signText + body, fill: fill, align: align ?? ">", width: width)
  }

  func formatError(_ v: PyValue, _ type: Character?) -> PyException {
    PyException.valueError("Unknown format code '\(type.map(String.init) ?? "")' for object of type '\(v.typeName)'")
  }

  func group(_ digits: String) -> String {
    var out = ""
    for (i, c) in digits.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return String(out.reversed())
  }

  func pad(_ s: String, fill: Character, align: Character, width: Int) -> String {
    let n = s.count
    guard width > n else { return s }
    let extra = width - n
    switch align {
    case "<": return s + String(repeating: fill, count: extra)
    case "^": return String(repeating: fill, count: extra / 2) + s + String(repeating: fill, count: extra - extra / 2)
    default: return String(repeating: fill, count: extra) + s
    }
  }

  /// `str % args` (printf-style formatting) for `%s`, `%r`, `%d`, `%i`, `%f`, `%e`, `%g`, `%x`, `%%`.
  func percentFormat(_ format: String, _ args: PyValue) throws -> String {
    var values: [PyValue]
    if let t = args.object as? PyTuple { values = t.items } else { values = [args] }
    let mapping = args.object as? PyDict
    var out = ""
    var chars = Substring(format)
    var used = 0
    func nextValue() throws -> PyValue {
      guard used < values.count else { throw PyException.typeError("not enough arguments for format string") }
      defer { used += 1 }
      return values[used]
    }
    while let c = chars.first {
      chars = chars.dropFirst()
      guard c == "%" else {
        out.append(c)
        continue
      }
      var key: String?
      if chars.first == "(", let close = chars.firstIndex(of: ")") {
        key = String(chars[chars.index(after: chars.startIndex)..<close])
        chars = chars[chars.index(after: close)...]
      }
      var flags = ""
      while let f = chars.first, "-+ #0".contains(f) {
        flags.append(f)
        chars = chars.dropFirst()
      }
      var spec = ""
      while let f = chars.first, f.isNumber || f == "." {
        spec.append(f)
        chars = chars.dropFirst()
      }
      guard let conv = chars.first else { throw PyException.valueError("incomplete format") }
      chars = chars.dropFirst()
      if conv == "%" {
        out.append("%")
        continue
      }
      let v: PyValue
      if let key, let mapping {
        guard let x = mapping[key] else { throw PyException.keyError(.str(key)) }
        v = x
      } else {
        v = try nextValue()
      }
      let width = Int(spec.split(separator: ".", omittingEmptySubsequences: false).first ?? "") ?? 0
      let left = flags.contains("-")
      var text: String
      switch conv {
      case "s": text = try str(v)
      case "r": text = try repr(v)
      case "d", "i", "u":
        guard let d = v.numericValue else {
          throw PyException.typeError("%\(conv) format: a real number is required, not \(v.typeName)")
        }
        if case .int(let i) = v { text = String(i) } else { text = String(Int(d.rounded(.towardZero))) }
        if flags.contains("+") && d >= 0 { text = "+" + text }
      case "f", "F", "e", "E", "g", "G":
        guard let d = v.numericValue else {
          throw PyException.typeError("must be real number, not \(v.typeName)")
        }
        text = String(format: "%\(flags.replacingOccurrences(of: "-", with: ""))\(spec.contains(".") ? "." + spec.split(separator: ".").last! : "")\(conv)", d)
      case "x", "X", "o":
        let i = try index(v)
        text = String(i, radix: conv == "o" ? 8 : 16, uppercase: conv == "X")
      case "c":
        if case .str(let s) = v { text = s } else { text = String(Unicode.Scalar(UInt32(try index(v))) ?? "?") }
      default:
        throw PyException.valueError("unsupported format character '\(conv)' (0x\(String(conv.unicodeScalars.first!.value, radix: 16))) at index \(format.count - chars.count - 1)")
      }
      if text.count < width {
        let padding = String(repeating: flags.contains("0") && !left && conv != "s" ? "0" : " ", count: width - text.count)
        text = left ? text + padding : padding + text
      }
      out += text
    }
    if mapping == nil && used < values.count && !(values.count == 1 && args.object is PyDict) {
      throw PyException.typeError("not all arguments converted during string formatting")
    }
    return out
  }
}
