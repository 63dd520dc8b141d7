extension Lexer {
  /// Lexes a string, bytes or f-string literal whose prefix has been consumed.
  mutating func lexString(prefix: String, start: SourceLocation) throws(SyntaxErrorInfo) {
    let quote = chars[pos]
    let triple = peek(1) == quote && peek(2) == quote
    pos += triple ? 3 : 1
    let isRaw = prefix.contains("r")
    let bodyStart = pos
    var bodyEnd = pos
    let startLine = line
    while true {
      guard let c = peek() else {
        let what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
        let detected = chars.last == "\n" ? line - 1 : line
        throw SyntaxErrorInfo("\(what) (detected at line \(detected))", at: start)
      }
      if c == quote {
        if !triple {
          bodyEnd = pos
          pos += 1
          break
        }
        if peek(1) == quote && peek(2) == quote {
          bodyEnd = pos
          pos += 3
          break
        }
      }
      if c == "\n" {
        if !triple {
          throw SyntaxErrorInfo("unterminated string literal (detected at line \(startLine))", at: start)
        }
        pos += 1
        newLine()
        continue
      }
      if c == "\\", let n = peek(1) {
        pos += 2
        if n == "\n" { newLine() }
        continue
      }
      pos += 1
    }
    let raw = text(bodyStart..<bodyEnd)
    if prefix.contains("f") {
      add(.fstring(body: raw, raw: isRaw, quote: String(quote)), from: start)
    } else if isRaw {
      add(prefix.contains("b") ? .bytes(raw) : .string(raw), from: start)
    } else {
      let bytes = prefix.contains("b")
      do {
        let text = try Lexer.unescape(raw, bytes: bytes, at: start)
        add(bytes ? .bytes(text) : .string(text), from: start)
      } catch {
        add(.invalidString(message: error.message), from: start)
      }
    }
  }

  /// Processes backslash escapes of a non-raw literal body.
  /// - Throws: CPython's `(unicode error) 'unicodeescape' codec can't decode bytes in position
  ///   4-5: truncated \xXX escape` (positions as ``escapePosition(_:in:)`` counts them), or for
  ///   bytes `(value error) invalid \x escape at position 4`.
  static func unescape(_ s: String, bytes: Bool, at location: SourceLocation) throws(SyntaxErrorInfo) -> String {
    if !s.unicodeScalars.contains("\\") { return s }
    let cs = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    var start = 0
    func failure(_ message: String) -> SyntaxErrorInfo {
      if bytes { return SyntaxErrorInfo("(value error) invalid \\x escape at position \(start)", at: location) }
      let range = "\(escapePosition(start, in: cs))-\(escapePosition(i, in: cs) - 1)"
      return SyntaxErrorInfo(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(range): \(message)", at: location)
    }
    func hex(_ n: Int, _ kind: String) throws(SyntaxErrorInfo) -> Unicode.Scalar {
      var v: UInt32 = 0
      for _ in 0..<n {
        guard i < cs.count, cs[i].isASCII, let d = Character(cs[i]).hexDigitValue else { throw failure("truncated \\\(kind) escape") }
        v = v * 16 + UInt32(d)
        i += 1
      }
      guard v <= 0x10FFFF else { throw failure("illegal Unicode character") }
      guard let u = Unicode.Scalar(v) else { throw failure("truncated \\\(kind) escape") }
      return u
    }
    while i < cs.count {
      let c = cs[i]
      start = i
      i += 1
      guard c == "\\", i < cs.count else {
        out.append(c)
        continue
      }
      let e = cs[i]
      i += 1
      switch e {
      case "\n": break
      case "\\": out.append("\\")
      case "'": out.append("'")
      case "\"": out.append("\"")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "t": out.append("\t")
      case "v": out.append("\u{0B}")
      case "x": out.append(try hex(2, "xXX"))
      case "u" where !bytes: out.append(try hex(4, "uXXXX"))
      case "U" where !bytes: out.append(try hex(8, "UXXXXXXXX"))
      case "0"..."7":
        var v = e.value - 48
        var k = 0
        while k < 2, i < cs.count, ("0"..."7").contains(cs[i]) {
          v = v * 8 + cs[i].value - 48
          i += 1
          k += 1
        }
        out.append(Unicode.Scalar(v) ?? "?")
      case "N" where !bytes:
        guard i < cs.count, cs[i] == "{" else { throw failure("malformed \\N character escape") }
        i += 1
        let nameStart = i
        while i < cs.count, cs[i] != "}" { i += 1 }
        guard i < cs.count, i > nameStart else { throw failure("malformed \\N character escape") }
        let name = String(String.UnicodeScalarView(cs[nameStart..<i]))
        i += 1
        guard let text = UnicodeNames.lookup(name, namedSequences: false) else {
          throw failure("unknown Unicode character name")
        }
        out.append(contentsOf: text.unicodeScalars)
      default:
        out.append("\\")
        out.append(e)
      }
    }
    return String(out)
  }

  /// Whether `message` is one of ``unescape(_:bytes:at:)``'s.
  static func isDecodingError(_ message: String) -> Bool {
    message.hasPrefix("(unicode error) ") || message.hasPrefix("(value error) ")
  }

  /// The position CPython's error message gives for scalar `index` of a literal body: it
  /// decodes the body's bytes after writing each non-ASCII character as a 10-byte `\Uxxxxxxxx`
  /// escape (and a backslash before one, or at the end, as the 6-byte `\u005c`).
  static func escapePosition(_ index: Int, in cs: [Unicode.Scalar]) -> Int {
    var position = 0
    var j = 0
    while j < index {
      if cs[j] == "\\" {
        position += j + 1 >= cs.count || !cs[j + 1].isASCII ? 6 : 1
        j += 1
        if j >= index { break }
      }
      position += cs[j].isASCII ? 1 : 10
      j += 1
    }
    return position
  }
}
