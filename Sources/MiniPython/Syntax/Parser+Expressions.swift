extension Parser {
  /// `star_expressions`: a test list possibly with starred items; a tuple when there are commas.
  mutating func parseTestListStarExpr() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    let first = try parseStarOrNamed()
    guard check(.comma) else { return first }
    var items = [first]
    while accept(.comma) {
      if isExpressionEnd { break }
      items.append(try parseStarOrNamed())
    }
    return Expr(kind: .tuple(items), location: loc)
  }

  var isExpressionEnd: Bool {
    switch current.kind {
    case .newline, .eof, .indent, .dedent: return true
    case .op(let o):
      return o == .rightParenthesis || o == .rightBracket || o == .rightBrace || o == .assign
        || o == .colon || o == .semicolon || o.augmentedOperation != nil
    case .keyword(let k): return k == .in
    case .name, .int, .bigInt, .float, .imaginary, .string, .bytes, .fstring, .invalidString: return false
    }
  }

  mutating func parseStarOrNamed() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    if accept(.star) {
      return Expr(kind: .starred(try parseBitOr()), location: loc)
    }
    return try parseNamedExpr()
  }

  /// `named_expression`: `name := test` or a test.
  mutating func parseNamedExpr() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    if case .name(let n) = current.kind, case .op(.walrus) = peek(1) {
      advance()
      advance()
      return Expr(kind: .namedExpr(target: n, value: try parseTest()), location: loc)
    }
    return try parseTest()
  }

  /// `expression`: conditional expressions and lambdas.
  mutating func parseTest() throws(SyntaxErrorInfo) -> Expr {
    try enter()
    defer { depth -= 1 }
    let loc = location
    if accept(.lambda) {
      let args = try parseParameters(closing: .colon)
      try expect(.colon)
      return Expr(kind: .lambda(args, try parseTest()), location: loc)
    }
    let body = try parseOr()
    if accept(.if) {
      let test = try parseOr()
      guard accept(.else) else { throw error("expected 'else' after 'if' expression") }
      let orelse = try parseTest()
      return Expr(kind: .ifExp(test: test, body: body, orelse: orelse), location: loc)
    }
    return body
  }

  mutating func parseOr() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    let first = try parseAnd()
    guard check(.or) else { return first }
    var values = [first]
    while accept(.or) { values.append(try parseAnd()) }
    return Expr(kind: .boolOp(.or, values), location: loc)
  }

  mutating func parseAnd() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    let first = try parseNot()
    guard check(.and) else { return first }
    var values = [first]
    while accept(.and) { values.append(try parseNot()) }
    return Expr(kind: .boolOp(.and, values), location: loc)
  }

  mutating func parseNot() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    if accept(.not) {
      try enter()
      defer { depth -= 1 }
      return Expr(kind: .unaryOp(.not, try parseNot()), location: loc)
    }
    return try parseComparison()
  }

  mutating func parseComparison() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    let left = try parseBitOr()
    var ops: [ComparisonOperator] = []
    var rights: [Expr] = []
    while true {
      let op: ComparisonOperator
      switch current.kind {
      case .op(.equal): op = .eq
      case .op(.notEqual): op = .notEq
      case .op(.less): op = .lt
      case .op(.lessEqual): op = .ltE
      case .op(.greater): op = .gt
      case .op(.greaterEqual): op = .gtE
      case .keyword(.in): op = .in
      case .keyword(.is):
        if case .keyword(.not) = peek(1) {
          advance()
          op = .isNot
        } else {
          op = .is
        }
      case .keyword(.not):
        guard case .keyword(.in) = peek(1) else { return finish() }
        advance()
        op = .notIn
      default:
        return finish()
      }
      advance()
      ops.append(op)
      rights.append(try parseBitOr())
    }
    func finish() -> Expr {
      ops.isEmpty ? left : Expr(kind: .compare(left, ops, rights), location: loc)
    }
  }

  /// A binary operator and its level, from loosest to tightest: `|` 0, `^` 1, `&` 2, shifts 3,
  /// `+ -` 4, `* / // % @` 5.
  static func binaryOperator(_ o: Operator) -> (BinaryOperator, level: Int)? {
    switch o {
    case .verticalBar: return (.bitOr, 0)
    case .circumflex: return (.bitXor, 1)
    case .ampersand: return (.bitAnd, 2)
    case .leftShift: return (.lShift, 3)
    case .rightShift: return (.rShift, 3)
    case .plus: return (.add, 4)
    case .minus: return (.sub, 4)
    case .star: return (.mult, 5)
    case .slash: return (.div, 5)
    case .doubleSlash: return (.floorDiv, 5)
    case .percent: return (.mod, 5)
    case .at: return (.matMult, 5)
    case .leftParenthesis, .rightParenthesis, .leftBracket, .rightBracket, .leftBrace, .rightBrace,
      .comma, .colon, .semicolon, .dot, .ellipsis, .arrow, .walrus, .assign, .doubleStar, .tilde,
      .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .plusEqual, .minusEqual,
      .starEqual, .doubleStarEqual, .slashEqual, .doubleSlashEqual, .percentEqual, .atEqual,
      .ampersandEqual, .verticalBarEqual, .circumflexEqual, .leftShiftEqual, .rightShiftEqual:
      return nil
    }
  }

  /// Binary operators of level `minimum` or tighter, left-associative, by precedence climbing
  /// (one call per operator instead of one per level per operand).
  mutating func parseBinary(level minimum: Int) throws(SyntaxErrorInfo) -> Expr {
    var left = try parseFactor()
    var count = 0
    while case .op(let o) = tokens[index].kind, let (op, level) = Parser.binaryOperator(o), level >= minimum {
      let loc = left.location
      advance()
      count += 1
      if count > 2000 { throw error("too many nested operators") }
      let right = try parseBinary(level: level + 1)
      left = Expr(kind: .binOp(left, op, right), location: loc)
    }
    return left
  }

  mutating func parseBitOr() throws(SyntaxErrorInfo) -> Expr {
    try parseBinary(level: 0)
  }

  mutating func parseFactor() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    let op: UnaryOperator
    switch current.kind {
    case .op(.minus): op = .uSub
    case .op(.plus): op = .uAdd
    case .op(.tilde): op = .invert
    default: return try parsePower()
    }
    advance()
    try enter()
    defer { depth -= 1 }
    let operand = try parseFactor()
    return Expr(kind: .unaryOp(op, operand), location: loc)
  }

  mutating func parsePower() throws(SyntaxErrorInfo) -> Expr {
    let base = try parsePrimary()
    if accept(.doubleStar) {
      try enter()
      defer { depth -= 1 }
      return Expr(kind: .binOp(base, .pow, try parseFactor()), location: base.location)
    }
    return base
  }

  /// `primary`: an atom followed by calls, subscripts and attribute accesses.
  mutating func parsePrimary() throws(SyntaxErrorInfo) -> Expr {
    var e = try parseAtom()
    var trailers = 0
    while true {
      let loc = e.location
      if accept(.dot) {
        e = Expr(kind: .attribute(e, try expectName()), location: loc)
      } else if accept(.leftParenthesis) {
        let (args, kws) = try parseCallArguments()
        e = Expr(kind: .call(e, args: args, keywords: kws), location: loc)
      } else if accept(.leftBracket) {
        let s = try parseSubscriptList()
        try expect(.rightBracket)
        e = Expr(kind: .subscript(e, s), location: loc)
      } else {
        return e
      }
      trailers += 1
      if trailers > 2000 { throw error("too many nested trailers") }
    }
  }

  mutating func parseSubscriptList() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    let first = try parseSliceItem()
    guard check(.comma) else { return first }
    var items = [first]
    while accept(.comma) {
      if check(.rightBracket) { break }
      items.append(try parseSliceItem())
    }
    return Expr(kind: .tuple(items), location: loc)
  }

  mutating func parseSliceItem() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    if accept(.star) { return Expr(kind: .starred(try parseBitOr()), location: loc) }
    var lower: Expr?
    if !check(.colon) {
      lower = try parseNamedExpr()
      if !check(.colon) { return lower! }
    }
    advance()
    var upper: Expr?
    var step: Expr?
    if !check(.colon) && !check(.rightBracket) && !check(.comma) { upper = try parseTest() }
    if accept(.colon) {
      if !check(.rightBracket) && !check(.comma) { step = try parseTest() }
    }
    return Expr(kind: .slice(lower: lower, upper: upper, step: step), location: loc)
  }

  /// Parses call arguments after `(` through the closing `)`.
  mutating func parseCallArguments() throws(SyntaxErrorInfo) -> ([Expr], [KeywordArgument]) {
    var args: [Expr] = []
    var kws: [KeywordArgument] = []
    while !check(.rightParenthesis) {
      let loc = location
      if accept(.doubleStar) {
        kws.append(KeywordArgument(name: nil, value: try parseTest()))
      } else if accept(.star) {
        args.append(Expr(kind: .starred(try parseTest()), location: loc))
      } else if case .name(let n) = current.kind, case .op(.assign) = peek(1) {
        advance()
        advance()
        kws.append(KeywordArgument(name: n, value: try parseTest()))
      } else {
        let e = try parseNamedExpr()
        if check(.for) {
          let gens = try parseComprehensions()
          args.append(Expr(kind: .generatorExp(e, gens), location: loc))
        } else {
          if !kws.isEmpty {
            if kws.contains(where: { $0.name == nil }) {
              throw error("positional argument follows keyword argument unpacking", at: location)
            }
            throw error("positional argument follows keyword argument", at: location)
          }
          if case .op(.assign) = current.kind {
            throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: loc)
          }
          args.append(e)
        }
      }
      if !accept(.comma) { break }
    }
    try expect(.rightParenthesis)
    return (args, kws)
  }

  mutating func parseComprehensions() throws(SyntaxErrorInfo) -> [Comprehension] {
    var gens: [Comprehension] = []
    while accept(.for) {
      let target = try parseTargetList()
      try checkTarget(target, verb: "assign to")
      try expect(.in)
      let iter = try parseOr()
      var ifs: [Expr] = []
      while accept(.if) { ifs.append(try parseOrNoCond()) }
      gens.append(Comprehension(target: target, iter: iter, ifs: ifs))
    }
    return gens
  }

  mutating func parseOrNoCond() throws(SyntaxErrorInfo) -> Expr {
    try parseOr()
  }
}
