extension Lexer {
  /// Lexes an int, float or imaginary literal (with `_` separators, 0x/0o/0b prefixes).
  mutating func lexNumber() throws(SyntaxErrorInfo) {
    let start = here
    var text = ""
    func digits(_ lexer: inout Lexer, _ ok: (Unicode.Scalar) -> Bool) throws(SyntaxErrorInfo) -> String {
      var s = ""
      while let c = lexer.peek() {
        if ok(c) {
          s.unicodeScalars.append(c)
          lexer.pos += 1
        } else if c == "_", let n = lexer.peek(1), ok(n) {
          lexer.pos += 1
        } else {
          break
        }
      }
      return s
    }
    let isDec: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
    if peek() == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
      pos += 2
      if peek() == "_" { pos += 1 }
      let radix: Int
      let ok: (Unicode.Scalar) -> Bool
      switch p {
      case "x", "X":
        radix = 16
        ok = { $0.properties.isASCIIHexDigit }
      case "o", "O":
        radix = 8
        ok = { ("0"..."7").contains($0) }
      default:
        radix = 2
        ok = { $0 == "0" || $0 == "1" }
      }
      let d = try digits(&self, ok)
      let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
      if d.isEmpty || (peek().map { isIdentifierContinue($0) } ?? false) {
        throw SyntaxErrorInfo("invalid \(name) literal", at: start)
      }
      if let v = Int(d, radix: radix) {
        add(.int(v), from: start)
      } else {
        add(.bigInt(d), from: start)
      }
      return
    }
    text = try digits(&self, isDec)
    var isFloat = false
    if peek() == ".", !(peek(1) == "." && peek(2) == ".") {
      isFloat = true
      pos += 1
      text += "." + (try digits(&self, isDec))
    }
    if let e = peek(), e == "e" || e == "E" {
      var k = 1
      if let s = peek(1), s == "+" || s == "-" { k = 2 }
      if let d = peek(k), isDec(d) {
        isFloat = true
        var exp = "e"
        if k == 2, let s = peek(1) { exp.unicodeScalars.append(s) }
        pos += k
        exp += try digits(&self, isDec)
        text += exp
      }
    }
    if let j = peek(), j == "j" || j == "J" {
      pos += 1
      add(.imaginary(Double(text) ?? 0), from: start)
      return
    }
    if let c = peek(), isIdentifierContinue(c) {
      throw SyntaxErrorInfo("invalid decimal literal", at: SourceLocation(line: line, column: column - 1))
    }
    if isFloat {
      add(.float(Double(text.hasPrefix(".") ? "0" + text : text) ?? .infinity), from: start)
    } else {
      if text.count > 1, text.hasPrefix("0"), text.contains(where: { $0 != "0" }) {
        throw SyntaxErrorInfo(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: start)
      }
      if let v = Int(text) {
        add(.int(v), from: start)
      } else {
        add(.bigInt(text), from: start)
      }
    }
  }
}
