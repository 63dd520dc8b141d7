/// Turns Python source text into tokens, including INDENT/DEDENT/NEWLINE (CPython's tokenizer rules).
struct Lexer {
  let chars: [Unicode.Scalar]
  /// The source's bytes when it is pure ASCII (then byte and scalar offsets agree).
  let ascii: [UInt8]?
  var pos = 0
  var line: Int
  var lineStart = 0
  var tokens: [Token] = []
  var indents: [Int] = [0]
  /// Indentation widths with tabs counted as one column (CPython's check for inconsistent tabs).
  var altIndents: [Int] = [0]
  var brackets: [(Unicode.Scalar, SourceLocation)] = []
  var atLineStart = true

  /// Creates a lexer; `firstLine` is the line number of the first line of `source`.
  init(_ source: String, firstLine: Int = 1) {
    let bytes = Array(source.utf8)
    if bytes.allSatisfy({ $0 < 0x80 }) {
      chars = bytes.map { Unicode.Scalar($0) }
      ascii = bytes
    } else {
      chars = Array(source.unicodeScalars)
      ascii = nil
    }
    line = firstLine
    // About one token per three characters in typical code: one allocation instead of a dozen.
    tokens.reserveCapacity(chars.count / 3 + 16)
  }

  var column: Int { pos - lineStart + 1 }
  var here: SourceLocation { SourceLocation(line: line, column: column) }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let i = pos + offset
    return i < chars.count ? chars[i] : nil
  }

  mutating func add(_ kind: TokenKind, from start: SourceLocation) {
    tokens.append(Token(kind: kind, start: start, end: here))
  }

  mutating func newLine() {
    line += 1
    lineStart = pos
  }

  /// Tokenizes the whole input.
  static func tokenize(_ source: String, firstLine: Int = 1) throws(SyntaxErrorInfo) -> [Token] {
    var lexer = Lexer(source, firstLine: firstLine)
    try lexer.run()
    return lexer.tokens
  }

  mutating func run() throws(SyntaxErrorInfo) {
    while true {
      if atLineStart && brackets.isEmpty {
        if try !handleIndentation() { break }
      }
      guard let c = peek() else { break }
      let start = here
      switch c {
      case " ", "\t", "\u{0C}":
        pos += 1
      case "#":
        while let d = peek(), d != "\n" { pos += 1 }
      case "\r":
        pos += 1
      case "\n":
        pos += 1
        if brackets.isEmpty {
          add(.newline, from: start)
          atLineStart = true
        }
        newLine()
      case "\\":
        var p = pos + 1
        if p < chars.count, chars[p] == "\r" { p += 1 }
        guard p < chars.count, chars[p] == "\n" else {
          throw SyntaxErrorInfo("unexpected character after line continuation character", at: start)
        }
        pos = p + 1
        newLine()
        if pos >= chars.count {
          throw SyntaxErrorInfo("unexpected EOF while parsing", at: here)
        }
      case "0"..."9":
        try lexNumber()
      case ".":
        if let d = peek(1), ("0"..."9").contains(d) {
          try lexNumber()
        } else {
          try lexOperator()
        }
      case "\"", "'":
        try lexString(prefix: "", start: start)
      default:
        if isIdentifierStart(c) {
          let wordStart = pos
          let word = lexWord()
          if let q = peek(), q == "\"" || q == "'", isStringPrefix(word) {
            try lexString(prefix: word.lowercased(), start: start)
          } else if let k = Keyword.named(chars[wordStart..<pos]) {
            add(.keyword(k), from: start)
          } else {
            add(.name(word), from: start)
          }
        } else {
          try lexOperator()
        }
      }
    }
    if let (open, loc) = brackets.last {
      throw SyntaxErrorInfo("'\(open)' was never closed", at: loc)
    }
    if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
      add(.newline, from: here)
    }
    while indents.count > 1 {
      indents.removeLast()
      add(.dedent, from: here)
    }
    add(.eof, from: here)
  }

  /// Measures the indentation of a new logical line and emits INDENT/DEDENT tokens.
  /// Returns false at end of input.
  mutating func handleIndentation() throws(SyntaxErrorInfo) -> Bool {
    while true {
      var width = 0
      var alt = 0
      var p = pos
      while p < chars.count {
        switch chars[p] {
        case " ":
          width += 1
          alt += 1
        case "\t":
          width = (width / 8 + 1) * 8
          alt += 1
        case "\u{0C}": width = 0
        default: break
        }
        if chars[p] != " " && chars[p] != "\t" && chars[p] != "\u{0C}" { break }
        p += 1
      }
      if p >= chars.count {
        pos = p
        return false
      }
      let c = chars[p]
      if c == "\n" || c == "#" || c == "\r" {
        // Blank or comment-only line: no tokens.
        pos = p
        while let d = peek(), d != "\n" { pos += 1 }
        if peek() == "\n" {
          pos += 1
          newLine()
          continue
        }
        return false
      }
      if c == "\\" {
        pos = p
        atLineStart = false
        return true
      }
      pos = p
      atLineStart = false
      let start = here
      var lineEnd = p
      while lineEnd < chars.count, chars[lineEnd] != "\n" { lineEnd += 1 }
      func tabError() -> SyntaxErrorInfo {
        var e = SyntaxErrorInfo(.tabError, "inconsistent use of tabs and spaces in indentation", at: start)
        e.display = .sourceOnly
        return e
      }
      if width > indents[indents.count - 1] {
        if alt <= altIndents[altIndents.count - 1] { throw tabError() }
        indents.append(width)
        altIndents.append(alt)
        add(.indent, from: start)
      } else {
        while width < indents[indents.count - 1] {
          indents.removeLast()
          altIndents.removeLast()
          add(.dedent, from: start)
        }
        if width != indents[indents.count - 1] {
          throw SyntaxErrorInfo(
            .indentationError, "unindent does not match any outer indentation level",
            at: SourceLocation(line: line, column: lineEnd - lineStart + 1))
        }
        if alt != altIndents[altIndents.count - 1] { throw tabError() }
      }
      return true
    }
  }

  @inline(__always) func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 }
    return c.properties.isXIDStart
  }

  @inline(__always) func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || (v >= 48 && v <= 57) }
    return c.properties.isXIDContinue
  }

  mutating func lexWord() -> String {
    let start = pos
    while pos < chars.count, isIdentifierContinue(chars[pos]) { pos += 1 }
    return text(start..<pos)
  }

  /// The source text of a range of scalar offsets.
  func text(_ r: Range<Int>) -> String {
    if let ascii { return String(decoding: ascii[r], as: UTF8.self) }
    var s = String.UnicodeScalarView()
    for i in r { s.append(chars[i]) }
    return String(s)
  }

  func isStringPrefix(_ word: String) -> Bool {
    ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(word.lowercased())
  }

  /// The operator starting with `c` (followed by `d`, `e`) and its length, by longest match.
  static func matchOperator(_ c: Unicode.Scalar, _ d: Unicode.Scalar?, _ e: Unicode.Scalar?) -> (Operator, Int)? {
    switch c {
    case "*":
      if d == "*" { return e == "=" ? (.doubleStarEqual, 3) : (.doubleStar, 2) }
      return d == "=" ? (.starEqual, 2) : (.star, 1)
    case "/":
      if d == "/" { return e == "=" ? (.doubleSlashEqual, 3) : (.doubleSlash, 2) }
      return d == "=" ? (.slashEqual, 2) : (.slash, 1)
    case "<":
      if d == "<" { return e == "=" ? (.leftShiftEqual, 3) : (.leftShift, 2) }
      return d == "=" ? (.lessEqual, 2) : (.less, 1)
    case ">":
      if d == ">" { return e == "=" ? (.rightShiftEqual, 3) : (.rightShift, 2) }
      return d == "=" ? (.greaterEqual, 2) : (.greater, 1)
    case ".": return d == "." && e == "." ? (.ellipsis, 3) : (.dot, 1)
    case "!": return d == "=" ? (.notEqual, 2) : nil
    case "=": return d == "=" ? (.equal, 2) : (.assign, 1)
    case "-": return d == ">" ? (.arrow, 2) : d == "=" ? (.minusEqual, 2) : (.minus, 1)
    case "+": return d == "=" ? (.plusEqual, 2) : (.plus, 1)
    case "%": return d == "=" ? (.percentEqual, 2) : (.percent, 1)
    case "&": return d == "=" ? (.ampersandEqual, 2) : (.ampersand, 1)
    case "|": return d == "=" ? (.verticalBarEqual, 2) : (.verticalBar, 1)
    case "^": return d == "=" ? (.circumflexEqual, 2) : (.circumflex, 1)
    case "@": return d == "=" ? (.atEqual, 2) : (.at, 1)
    case ":": return d == "=" ? (.walrus, 2) : (.colon, 1)
    case "~": return (.tilde, 1)
    case "(": return (.leftParenthesis, 1)
    case ")": return (.rightParenthesis, 1)
    case "[": return (.leftBracket, 1)
    case "]": return (.rightBracket, 1)
    case "{": return (.leftBrace, 1)
    case "}": return (.rightBrace, 1)
    case ",": return (.comma, 1)
    case ";": return (.semicolon, 1)
    default: return nil
    }
  }

  mutating func lexOperator() throws(SyntaxErrorInfo) {
    let start = here
    let c = chars[pos]
    guard let (op, length) = Lexer.matchOperator(c, peek(1), peek(2)) else {
      if c == "!" || c == "$" || c == "?" || c == "`" {
        throw SyntaxErrorInfo("invalid syntax", at: start)
      }
      let hex = String(c.value, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      throw SyntaxErrorInfo("invalid character '\(c)' (U+\(padded))", at: start)
    }
    if length > 1 {
      pos += length
      add(.op(op), from: start)
      return
    }
    pos += 1
    switch c {
    case "(", "[", "{":
      brackets.append((c, start))
    case ")", "]", "}":
      guard let (open, _) = brackets.popLast() else {
        throw SyntaxErrorInfo("unmatched '\(c)'", at: start)
      }
      let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
      if expected != c {
        throw SyntaxErrorInfo("closing parenthesis '\(c)' does not match opening parenthesis '\(open)'", at: start)
      }
    default:
      break
    }
    add(.op(op), from: start)
  }
}
