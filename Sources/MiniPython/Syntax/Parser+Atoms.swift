extension Parser {
  mutating func parseAtom() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    func make(_ k: ExprKind) -> Expr { Expr(kind: k, location: loc) }
    switch current.kind {
    case .name(let n):
      advance()
      return make(.name(n))
    case .int(let v):
      advance()
      return make(.constant(.int(v)))
    case .bigInt(let d):
      advance()
      return make(.constant(.bigInt(d)))
    case .float(let v):
      advance()
      return make(.constant(.float(v)))
    case .imaginary(let v):
      advance()
      return make(.constant(.imaginary(v)))
    case .string, .fstring, .bytes, .invalidString:
      return try parseStrings()
    case .keyword(.True):
      advance()
      return make(.constant(.bool(true)))
    case .keyword(.False):
      advance()
      return make(.constant(.bool(false)))
    case .keyword(.None):
      advance()
      return make(.constant(.none))
    case .op(.ellipsis):
      advance()
      return make(.constant(.ellipsis))
    case .op(.leftParenthesis):
      advance()
      try enter()
      defer { depth -= 1 }
      if accept(.rightParenthesis) { return make(.tuple([])) }
      if check(.yield) {
        let y = try parseYieldExpr()
        try expect(.rightParenthesis)
        return y
      }
      let first = try parseStarOrNamed()
      if check(.for) {
        let gens = try parseComprehensions()
        try expect(.rightParenthesis)
        return make(.generatorExp(first, gens))
      }
      if accept(.rightParenthesis) {
        if case .starred = first.kind { throw error("cannot use starred expression here", at: first.location) }
        return first
      }
      var items = [first]
      while accept(.comma) {
        if check(.rightParenthesis) { break }
        items.append(try parseStarOrNamed())
      }
      try expect(.rightParenthesis)
      return make(.tuple(items))
    case .op(.leftBracket):
      advance()
      try enter()
      defer { depth -= 1 }
      if accept(.rightBracket) { return make(.list([])) }
      let first = try parseStarOrNamed()
      if check(.for) {
        let gens = try parseComprehensions()
        try expect(.rightBracket)
        return make(.listComp(first, gens))
      }
      var items = [first]
      try checkMissingComma(after: first, closing: .rightBracket)
      while accept(.comma) {
        if check(.rightBracket) { break }
        items.append(try parseStarOrNamed())
        try checkMissingComma(after: items.last!, closing: .rightBracket)
      }
      try expect(.rightBracket)
      return make(.list(items))
    case .op(.leftBrace):
      advance()
      try enter()
      defer { depth -= 1 }
      return try parseBraces(at: loc)
    case .keyword(.yield):
      throw invalidSyntax()
    case .keyword(let k):
      if k == .lambda { return try parseTest() }
      throw invalidSyntax()
    case .op, .newline, .indent, .dedent, .eof:
      throw invalidSyntax()
    }
  }

  /// `yield`, `yield value(s)` or `yield from iterable` (where the grammar allows a yield expression).
  mutating func parseYieldExpr() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    advance()
    if accept(.from) { return Expr(kind: .yieldFrom(try parseTest()), location: loc) }
    switch current.kind {
    case .newline, .eof: return Expr(kind: .yield(nil), location: loc)
    case .op(.rightParenthesis), .op(.semicolon), .op(.assign), .op(.rightBracket), .op(.rightBrace):
      return Expr(kind: .yield(nil), location: loc)
    default: return Expr(kind: .yield(try parseTestListStarExpr()), location: loc)
    }
  }

  /// `[1 2]`: CPython's "Perhaps you forgot a comma?" when another expression follows directly.
  mutating func checkMissingComma(after item: Expr, closing: Operator) throws(SyntaxErrorInfo) {
    switch current.kind {
    case .name, .int, .float, .string, .imaginary, .bigInt, .bytes, .fstring, .invalidString:
      var e = error("invalid syntax. Perhaps you forgot a comma?", at: item.location)
      e.endColumn = current.end.column
      throw e
    case .keyword, .op, .newline, .indent, .dedent, .eof:
      return
    }
  }

  mutating func parseBraces(at loc: SourceLocation) throws(SyntaxErrorInfo) -> Expr {
    func make(_ k: ExprKind) -> Expr { Expr(kind: k, location: loc) }
    if accept(.rightBrace) { return make(.dict(keys: [], values: [])) }
    if accept(.doubleStar) {
      var keys: [Expr?] = [nil]
      var values = [try parseBitOr()]
      try parseDictRest(&keys, &values)
      return make(.dict(keys: keys, values: values))
    }
    let first = try parseStarOrNamed()
    if accept(.colon) {
      let value = try parseTest()
      if check(.for) {
        let gens = try parseComprehensions()
        try expect(.rightBrace)
        return make(.dictComp(key: first, value: value, gens))
      }
      var keys: [Expr?] = [first]
      var values = [value]
      try parseDictRest(&keys, &values)
      return make(.dict(keys: keys, values: values))
    }
    if check(.for) {
      let gens = try parseComprehensions()
      try expect(.rightBrace)
      return make(.setComp(first, gens))
    }
    var items = [first]
    while accept(.comma) {
      if check(.rightBrace) { break }
      items.append(try parseStarOrNamed())
    }
    try expect(.rightBrace)
    return make(.set(items))
  }

  mutating func parseDictRest(_ keys: inout [Expr?], _ values: inout [Expr]) throws(SyntaxErrorInfo) {
    while accept(.comma) {
      if check(.rightBrace) { break }
      if accept(.doubleStar) {
        keys.append(nil)
        values.append(try parseBitOr())
      } else {
        keys.append(try parseTest())
        try expect(.colon)
        values.append(try parseTest())
      }
    }
    try expect(.rightBrace)
  }

  /// Adjacent string literals concatenate; any f-string makes the whole a `JoinedStr`.
  mutating func parseStrings() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    var parts: [Expr] = []
    var literal = ""
    var isF = false
    var isBytes: Bool?
    /// The first literal whose escapes do not decode; CPython reports it after the last one.
    var undecodable: String?
    while true {
      let tok = current
      switch tok.kind {
      case .invalidString(let message):
        undecodable = undecodable ?? message
      case .string(let s):
        if isBytes == true { throw error("cannot mix bytes and nonbytes literals") }
        isBytes = false
        literal += s
      case .bytes(let s):
        if isBytes == false { throw error("cannot mix bytes and nonbytes literals") }
        isBytes = true
        literal += s
      case .fstring(let body, let raw, _):
        if isBytes == true { throw error("cannot mix bytes and nonbytes literals") }
        isBytes = false
        isF = true
        do {
          try parseFString(body, raw: raw, at: tok.start, parts: &parts, literal: &literal)
        } catch {
          var e = error
          if Lexer.isDecodingError(e.message) {
            undecodable = undecodable ?? e.message
          } else {
            if e.message.hasPrefix("f-string") && e.location == tok.start { e.location = tok.end }
            throw e
          }
        }
      default:
        if let message = undecodable { throw self.error(message) }
        if isBytes == true { return Expr(kind: .constant(.bytes(literal)), location: loc) }
        if !isF { return Expr(kind: .constant(.str(literal)), location: loc) }
        if !literal.isEmpty { parts.append(Expr(kind: .constant(.str(literal)), location: loc)) }
        return Expr(kind: .joinedStr(parts), location: loc)
      }
      advance()
    }
  }

  /// Splits an f-string body into literal text and replacement fields.
  func parseFString(_ body: String, raw: Bool, at loc: SourceLocation, parts: inout [Expr], literal: inout String)
    throws(SyntaxErrorInfo)
  {
    let cs = Array(body.unicodeScalars)
    var i = 0
    var text = String.UnicodeScalarView()
    func flushText() throws(SyntaxErrorInfo) {
      if text.isEmpty { return }
      let s = String(text)
      literal += raw ? s : try Lexer.unescape(s, bytes: false, at: loc)
      text = String.UnicodeScalarView()
    }
    while i < cs.count {
      let c = cs[i]
      if c == "{" {
        if i + 1 < cs.count && cs[i + 1] == "{" {
          text.append("{")
          i += 2
          continue
        }
        try flushText()
        let (field, next) = try parseField(cs, from: i + 1, at: loc)
        if !field.debugText.isEmpty { literal += field.debugText }
        if !literal.isEmpty {
          parts.append(Expr(kind: .constant(.str(literal)), location: loc))
          literal = ""
        }
        parts.append(field.expr)
        i = next
      } else if c == "}" {
        guard i + 1 < cs.count && cs[i + 1] == "}" else {
          throw error("f-string: single '}' is not allowed", at: loc)
        }
        text.append("}")
        i += 2
      } else if c == "\\", !raw, i + 1 < cs.count {
        // An escape pair stays literal text; `\N{name}` up to its `}` too (its braces are
        // not a field).
        var end = i + 2
        if cs[i + 1] == "N", end < cs.count, cs[end] == "{" {
          while end < cs.count, cs[end] != "}" { end += 1 }
          end = min(end + 1, cs.count)
        } else if cs[i + 1] != "\\" {
          end = i + 1
        }
        text.append(contentsOf: cs[i..<end])
        i = end
      } else {
        text.append(c)
        i += 1
      }
    }
    try flushText()
  }

  /// Parses one `{expr!c:spec}` field starting after `{`; returns the node and the index after `}`.
  func parseField(_ cs: [Unicode.Scalar], from start: Int, at loc: SourceLocation) throws(SyntaxErrorInfo)
    -> (field: (expr: Expr, debugText: String), next: Int)
  {
    var i = start
    var nesting = 0
    var quote: Unicode.Scalar?
    while i < cs.count {
      let c = cs[i]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "'" || c == "\"" {
        quote = c
      } else if c == "[" || c == "(" || c == "{" {
        nesting += 1
      } else if c == "]" || c == ")" || c == "}" {
        if nesting == 0 { break }
        nesting -= 1
      } else if nesting == 0 && (c == "!" || c == ":") {
        if c == "!" && i + 1 < cs.count && cs[i + 1] == "=" {
          i += 2
          continue
        }
        break
      }
      i += 1
    }
    var exprText = String(String.UnicodeScalarView(cs[start..<min(i, cs.count)]))
    var debugText = ""
    let trimmed = exprText.trimmingTrailingSpaces
    if trimmed.hasSuffix("="), !trimmed.hasSuffix("=="), !trimmed.hasSuffix("!="), !trimmed.hasSuffix("<="),
      !trimmed.hasSuffix(">=")
    {
      debugText = exprText
      exprText = String(trimmed.dropLast())
    }
    if exprText.allSatisfy({ $0 == " " }) {
      throw error("f-string: empty expression not allowed", at: loc)
    }
    let expr = try Parser.parseExpression(exprText, at: loc)
    var conversion: Character? = debugText.isEmpty ? nil : "r"
    var spec: Expr?
    guard i < cs.count else { throw error("f-string: expecting '}'", at: loc) }
    if cs[i] == "!" {
      guard i + 1 < cs.count, "sra".unicodeScalars.contains(cs[i + 1]) else {
        throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: loc)
      }
      conversion = Character(cs[i + 1])
      i += 2
    }
    if i < cs.count && cs[i] == ":" {
      i += 1
      var specParts: [Expr] = []
      var specLiteral = ""
      var j = i
      var depthInSpec = 0
      while j < cs.count {
        if cs[j] == "{" { depthInSpec += 1 } else if cs[j] == "}" {
          if depthInSpec == 0 { break }
          depthInSpec -= 1
        }
        j += 1
      }
      let specBody = String(String.UnicodeScalarView(cs[i..<j]))
      try parseFString(specBody, raw: true, at: loc, parts: &specParts, literal: &specLiteral)
      if !specLiteral.isEmpty { specParts.append(Expr(kind: .constant(.str(specLiteral)), location: loc)) }
      spec = Expr(kind: .joinedStr(specParts), location: loc)
      if !debugText.isEmpty && conversion == "r" && cs[start..<i].contains("!") == false { conversion = nil }
      i = j
    }
    guard i < cs.count, cs[i] == "}" else { throw error("f-string: expecting '}'", at: loc) }
    let node = Expr(kind: .formattedValue(expr, conversion: conversion, formatSpec: spec), location: loc)
    return ((node, debugText), i + 1)
  }
}

extension String {
  var trimmingTrailingSpaces: Substring {
    var s = self[...]
    while s.last == " " { s = s.dropLast() }
    return s
  }
}
