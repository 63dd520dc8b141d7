/// A recursive-descent parser from tokens to the `ast`-named tree.
public struct Parser {
  var tokens: [Token]
  var index = 0
  var depth = 0
  /// The deepest nesting of expressions accepted (CPython stops near 200 parentheses).
  static let maxDepth = 200

  init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses a whole module (`exec` mode).
  /// - Parameters:
  ///   - source: the code.
  ///   - firstLine: the line number of the code's first line.
  /// - Throws: `SyntaxErrorInfo`.
  public static func parseModule(_ source: String, firstLine: Int = 1) throws(SyntaxErrorInfo) -> [Stmt] {
    var parser = Parser(tokens: try Lexer.tokenize(source, firstLine: firstLine))
    return try parser.parseFile()
  }

  /// Parses one expression (`eval` mode), as used by f-string replacement fields.
  static func parseExpression(_ source: String, at location: SourceLocation) throws(SyntaxErrorInfo) -> Expr {
    var lexer = Lexer("(" + source + ")", firstLine: location.line)
    lexer.brackets = []
    try lexer.run()
    var parser = Parser(tokens: lexer.tokens)
    let e = try parser.parseTestListStarExpr()
    parser.skipNewlines()
    guard parser.current.kind == .eof else { throw parser.error("f-string: invalid syntax") }
    return e
  }

  var current: Token { tokens[index] }
  var location: SourceLocation { tokens[index].start }

  func peek(_ k: Int) -> TokenKind {
    index + k < tokens.count ? tokens[index + k].kind : .eof
  }

  mutating func advance() {
    if index < tokens.count - 1 { index += 1 }
  }

  func check(_ op: Operator) -> Bool {
    if case .op(let o) = tokens[index].kind { return o == op }
    return false
  }

  func check(_ k: Keyword) -> Bool {
    if case .keyword(let w) = tokens[index].kind { return w == k }
    return false
  }

  mutating func accept(_ op: Operator) -> Bool {
    if check(op) {
      advance()
      return true
    }
    return false
  }

  mutating func accept(_ k: Keyword) -> Bool {
    if check(k) {
      advance()
      return true
    }
    return false
  }

  mutating func expect(_ op: Operator) throws(SyntaxErrorInfo) {
    guard accept(op) else {
      if op == .colon { throw error("expected ':'") }
      throw invalidSyntax()
    }
  }

  mutating func expect(_ k: Keyword) throws(SyntaxErrorInfo) {
    guard accept(k) else { throw invalidSyntax() }
  }

  func error(_ message: String, at loc: SourceLocation? = nil) -> SyntaxErrorInfo {
    SyntaxErrorInfo(message, at: loc ?? location)
  }

  /// CPython's generic message, pointing at the current token.
  func invalidSyntax() -> SyntaxErrorInfo {
    switch current.kind {
    case .indent:
      return unexpectedIndent()
    case .dedent:
      return SyntaxErrorInfo(.indentationError, "unindent does not match any outer indentation level", at: location)
    case .eof:
      return error("invalid syntax")
    case .newline:
      return error("invalid syntax")
    case .name, .keyword, .int, .bigInt, .float, .imaginary, .string, .bytes, .fstring, .invalidString, .op:
      var e = error("invalid syntax")
      if current.end.line == current.start.line { e.endColumn = current.end.column }
      return e
    }
  }

  /// `IndentationError: unexpected indent`, shown without a caret as CPython does.
  func unexpectedIndent() -> SyntaxErrorInfo {
    var e = SyntaxErrorInfo(.indentationError, "unexpected indent", at: location)
    e.display = .sourceOnly
    return e
  }

  mutating func expectName() throws(SyntaxErrorInfo) -> String {
    guard case .name(let n) = current.kind else { throw invalidSyntax() }
    advance()
    return n
  }

  mutating func skipNewlines() {
    while current.kind == .newline { advance() }
  }

  mutating func enter() throws(SyntaxErrorInfo) {
    depth += 1
    if depth > Parser.maxDepth { throw error("too many nested parentheses") }
  }

  mutating func parseFile() throws(SyntaxErrorInfo) -> [Stmt] {
    var body: [Stmt] = []
    skipNewlines()
    while current.kind != .eof {
      if current.kind == .indent { throw unexpectedIndent() }
      body.append(contentsOf: try parseStatement())
      skipNewlines()
    }
    return body
  }

  /// Parses an indented block after a compound statement header's `:`.
  mutating func parseBlock(after what: String, line: Int) throws(SyntaxErrorInfo) -> [Stmt] {
    if current.kind != .newline {
      return try parseSimpleStatements()
    }
    advance()
    guard current.kind == .indent else {
      throw SyntaxErrorInfo(
        .indentationError, "expected an indented block after \(what) on line \(line)", at: location,
        endColumn: current.end.line == current.start.line ? current.end.column : nil)
    }
    advance()
    var body: [Stmt] = []
    while current.kind != .dedent && current.kind != .eof {
      if current.kind == .indent { throw unexpectedIndent() }
      body.append(contentsOf: try parseStatement())
    }
    advance()
    return body
  }
}
