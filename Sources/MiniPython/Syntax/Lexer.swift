/// Turns Python source text into tokens, including INDENT/DEDENT/NEWLINE (CPython's tokenizer rules).
struct Lexer {
  let chars: [Unicode.Scalar]
  var pos = 0
  var line: Int
  var lineStart = 0
  var tokens: [Token] = []
  var indents: [Int] = [0]
  var brackets: [(Unicode.Scalar, SourceLocation)] = []
  var atLineStart = true

  /// Creates a lexer; `firstLine` is the line number of the first line of `source`.
  init(_ source: String, firstLine: Int = 1) {
    chars = Array(source.unicodeScalars)
    line = firstLine
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
          let word = lexWord()
          if let q = peek(), q == "\"" || q == "'", isStringPrefix(word) {
            try lexString(prefix: word.lowercased(), start: start)
          } else if let k = Keyword(rawValue: word) {
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
      var p = pos
      while p < chars.count {
        switch chars[p] {
        case " ": width += 1
        case "\t": width = (width / 8 + 1) * 8
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
      if width > indents[indents.count - 1] {
        indents.append(width)
        add(.indent, from: start)
      } else {
        while width < indents[indents.count - 1] {
          indents.removeLast()
          add(.dedent, from: start)
        }
        if width != indents[indents.count - 1] {
          throw SyntaxErrorInfo(
            .indentationError, "unindent does not match any outer indentation level", at: SourceLocation(line: line, column: p - lineStart + 1))
        }
      }
      return true
    }
  }

  func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    c == "_" || c.properties.isXIDStart || (c.value < 128 && c.properties.isAlphabetic)
  }

  func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
    c == "_" || c.properties.isXIDContinue
  }

  mutating func lexWord() -> String {
    var s = String.UnicodeScalarView()
    while let c = peek(), isIdentifierContinue(c) {
      s.append(c)
      pos += 1
    }
    return String(s)
  }

  func isStringPrefix(_ word: String) -> Bool {
    ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(word.lowercased())
  }

  static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "...", "!="]
  static let twoCharOps: Set<String> = [
    "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
    "^=", "@=", ":=",
  ]
  static let oneCharOps: Set<Unicode.Scalar> = [
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",",
    ":", ".", ";", "=",
  ]

  mutating func lexOperator() throws(SyntaxErrorInfo) {
    let start = here
    let c = chars[pos]
    for n in [3, 2] where pos + n <= chars.count {
      var s = ""
      s.unicodeScalars.append(contentsOf: chars[pos..<pos + n])
      if (n == 3 ? Lexer.threeCharOps : Lexer.twoCharOps).contains(s) {
        pos += n
        add(.op(s), from: start)
        return
      }
    }
    guard Lexer.oneCharOps.contains(c) else {
      if c == "!" || c == "$" || c == "?" || c == "`" {
        throw SyntaxErrorInfo("invalid syntax", at: start)
      }
      let hex = String(c.value, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      throw SyntaxErrorInfo("invalid character '\(c)' (U+\(padded))", at: start)
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
    add(.op(String(c)), from: start)
  }
}
