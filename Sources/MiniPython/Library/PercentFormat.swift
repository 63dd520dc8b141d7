/// printf-style `str % args` (CPython's `PyUnicode_Format`, Objects/unicodeobject.c).
enum PercentFormat {
  /// The flags of one conversion.
  struct Flags {
    var left = false, plus = false, space = false, alternate = false, zero = false
  }

  /// Where the values come from: a tuple, a single value, and possibly a mapping for `%(key)`.
  struct Source {
    let values: [PyValue]
    let isTuple: Bool
    let mapping: PyValue?
    var next = 0

    mutating func take() throws(PyException) -> PyValue {
      guard next < values.count else { throw .typeError("not enough arguments for format string") }
      defer { next += 1 }
      return values[next]
    }
  }

  /// `template % argument`.
  static func format(_ template: String, _ argument: PyValue, _ interp: Interpreter) throws -> String {
    var source: Source
    let isMapping: Bool
    switch argument {
    case .object(let t as PyTuple):
      source = Source(values: t.items, isTuple: true, mapping: nil)
      isMapping = false
    case .object(let o):
      isMapping = o is PyDict || o is PyList || o.type.lookup("__getitem__") != nil
      source = Source(values: [argument], isTuple: false, mapping: isMapping ? argument : nil)
    case .none, .bool, .int, .float, .str:
      isMapping = false
      source = Source(values: [argument], isTuple: false, mapping: nil)
    }
    let s = Array(template.unicodeScalars)
    var out = String.UnicodeScalarView()
    var length = 0
    var i = 0
    var usedMapping = false
    while i < s.count {
      if s[i] != "%" {
        out.append(s[i])
        length += 1
        i += 1
        continue
      }
      i += 1
      guard i < s.count else { throw PyException.valueError("incomplete format") }
      if s[i] == "%" {
        out.append("%")
        length += 1
        i += 1
        continue
      }
      var value: PyValue?
      if s[i] == "(" {
        guard let mapping = source.mapping else { throw PyException.typeError("format requires a mapping") }
        var depth = 1
        let keyStart = i + 1
        i += 1
        while i < s.count && depth > 0 {
          if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1 }
          i += 1
        }
        guard depth == 0 else { throw PyException.valueError("incomplete format key") }
        let key = StrKernels.string(s[keyStart..<(i - 1)])
        value = try interp.getItem(mapping, .str(key))
        usedMapping = true
        source = Source(values: [], isTuple: true, mapping: mapping)
      }
      var flags = Flags()
      flagLoop: while i < s.count {
        switch s[i] {
        case "-": flags.left = true
        case "+": flags.plus = true
        case " ": flags.space = true
        case "#": flags.alternate = true
        case "0": flags.zero = true
        default: break flagLoop
        }
        i += 1
      }
      var width = 0
      if i < s.count && s[i] == "*" {
        guard case .int(let w) = try source.take() else { throw PyException.typeError("* wants int") }
        if w < 0 { flags.left = true }
        width = Int(clamping: w.magnitude)
        i += 1
      } else {
        width = try number(s, &i)
      }
      var precision: Int?
      if i < s.count && s[i] == "." {
        i += 1
        if i < s.count && s[i] == "*" {
          guard case .int(let p) = try source.take() else { throw PyException.typeError("* wants int") }
          precision = max(0, p)
          i += 1
        } else {
          precision = try number(s, &i)
        }
      }
      try interp.checkSize(max(width, precision ?? 0))
      while i < s.count && (s[i] == "h" || s[i] == "l" || s[i] == "L") { i += 1 }
      guard i < s.count else { throw PyException.valueError("incomplete format") }
      let code = s[i]
      i += 1
      let arg = try value ?? source.take()
      let piece = try convert(arg, code: code, at: i - 1, flags: flags, precision: precision, interp)
      let text = pad(piece, width: width, flags: flags).unicodeScalars
      length += text.count
      try interp.checkSize(length)
      out.appendScalars(text)
    }
    if !usedMapping && !isMapping && source.next < source.values.count {
      throw PyException.typeError("not all arguments converted during string formatting")
    }
    return String(out)
  }

  private static func number(_ s: [Unicode.Scalar], _ i: inout Int) throws(PyException) -> Int {
    var n = 0
    while i < s.count, let d = Int(String(s[i])), s[i].isASCII {
      let (m, o1) = n.multipliedReportingOverflow(by: 10)
      let (r, o2) = m.addingReportingOverflow(d)
      if o1 || o2 || r > Int(Int32.max) { throw .valueError("width too big") }
      n = r
      i += 1
    }
    return n
  }

  /// A converted value: its sign-and-prefix part (zero padding goes after it) and the rest.
  struct Piece {
    var head = ""
    var body: String
    var numeric = false
  }

  private static func convert(
    _ arg: PyValue, code: Unicode.Scalar, at index: Int, flags: Flags, precision: Int?, _ interp: Interpreter
  ) throws -> Piece {
    switch code {
    case "s", "r", "a":
      var text = code == "s" ? try interp.str(arg) : try interp.repr(arg)
      if code == "a" { text = Repr.ascii(text) }
      if let p = precision { text = StrKernels.string(text.unicodeScalars.prefix(p)) }
      return Piece(body: text)
    case "d", "i", "u", "x", "X", "o":
      let n = try integer(arg, code: code)
      var digits = String(n.magnitude, radix: code == "o" ? 8 : code == "x" || code == "X" ? 16 : 10)
      if code == "X" { digits = digits.uppercased() }
      if let p = precision, digits.count < p { digits = String(repeating: "0", count: p - digits.count) + digits }
      var head = n < 0 ? "-" : flags.plus ? "+" : flags.space ? " " : ""
      if flags.alternate && code != "d" && code != "i" && code != "u" {
        head += code == "o" ? "0o" : code == "x" ? "0x" : "0X"
      }
      return Piece(head: head, body: digits, numeric: true)
    case "e", "E", "f", "F", "g", "G":
      let x = try real(arg)
      let kind: FloatDigits.Code = code == "e" || code == "E" ? .exponent : code == "f" || code == "F" ? .fixed : .general
      var text = FloatDigits.format(
        x, code: kind, precision: precision ?? 6, alternate: flags.alternate,
        uppercase: code == "E" || code == "F" || code == "G")
      var head = flags.plus ? "+" : flags.space ? " " : ""
      if text.hasPrefix("-") {
        text.removeFirst()
        head = "-"
      }
      return Piece(head: head, body: text, numeric: true)
    case "c":
      switch arg {
      case .int(let n):
        guard n >= 0, n <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(n)) else {
          throw PyException.overflow("%c arg not in range(0x110000)")
        }
        return Piece(body: String(Character(scalar)))
      case .str(let s) where s.unicodeScalars.count == 1:
        return Piece(body: s)
      case .none, .bool, .float, .str, .object:
        throw PyException.typeError("%c requires int or char")
      }
    case "%":
      return Piece(body: "%")
    default:
      let shown = code.isASCII ? String(code) : "?"
      let hex = String(code.value, radix: 16)
      throw PyException.valueError(
        "unsupported format character '\(shown)' (0x\(hex)) at index \(index)")
    }
  }

  private static func integer(_ arg: PyValue, code: Unicode.Scalar) throws(PyException) -> Int {
    switch arg {
    case .int(let n): return n
    case .bool(let b): return b ? 1 : 0
    case .float(let x) where code == "d" || code == "i" || code == "u":
      return try MathIntegers.integer(x, rounding: .towardZero)
    case .none, .float, .str, .object:
      if code == "d" || code == "i" || code == "u" {
        throw .typeError("%\(code) format: a real number is required, not \(arg.typeName)")
      }
      throw .typeError("%\(code) format: an integer is required, not \(arg.typeName)")
    }
  }

  private static func real(_ arg: PyValue) throws(PyException) -> Double {
    switch arg {
    case .float(let x): return x
    case .int(let n): return Double(n)
    case .bool(let b): return b ? 1 : 0
    case .none, .str, .object: throw .typeError("must be real number, not \(arg.typeName)")
    }
  }

  private static func pad(_ piece: Piece, width: Int, flags: Flags) -> String {
    let length = piece.head.unicodeScalars.count + piece.body.unicodeScalars.count
    guard width > length else { return piece.head + piece.body }
    let fill = width - length
    if flags.left { return piece.head + piece.body + String(repeating: " ", count: fill) }
    if flags.zero && piece.numeric { return piece.head + String(repeating: "0", count: fill) + piece.body }
    return String(repeating: " ", count: fill) + piece.head + piece.body
  }
}
