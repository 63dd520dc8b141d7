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
    } else if prefix.contains("b") {
      let text = isRaw ? raw : try Lexer.unescape(raw, bytes: true, at: start)
      add(.bytes(text), from: start)
    } else {
      add(.string(isRaw ? raw : try Lexer.unescape(raw, bytes: false, at: start)), from: start)
    }
  }

  /// Processes backslash escapes of a non-raw literal body.
  static func unescape(_ s: String, bytes: Bool, at location: SourceLocation) throws(SyntaxErrorInfo) -> String {
    if !s.unicodeScalars.contains("\\") { return s }
    let cs = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    func hex(_ n: Int, _ kind: String) throws(SyntaxErrorInfo) -> Unicode.Scalar {
      guard i + n < cs.count || i + n == cs.count, i + n <= cs.count else {
        throw SyntaxErrorInfo("(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\\(kind) escape", at: location)
      }
      var digits = ""
      digits.unicodeScalars.append(contentsOf: cs[i..<i + n])
      guard let v = UInt32(digits, radix: 16), let u = Unicode.Scalar(v) else {
        throw SyntaxErrorInfo("(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\\(kind) escape", at: location)
      }
      i += n
      return u
    }
    while i < cs.count {
      let c = cs[i]
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
        throw SyntaxErrorInfo("(unicode error) \\N escapes are not supported", at: location)
      default:
        out.append("\\")
        out.append(e)
      }
    }
    return String(out)
  }
}
