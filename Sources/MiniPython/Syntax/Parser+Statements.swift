extension Parser {
  /// Parses one statement line (compound, or simple statements separated by `;`).
  mutating func parseStatement() throws(SyntaxErrorInfo) -> [Stmt] {
    let loc = location
    if case .keyword(let k) = current.kind {
      switch k {
      case .if: return [try parseIf()]
      case .while: return [try parseWhile()]
      case .for: return [try parseFor()]
      case .try: return [try parseTry()]
      case .with: return [try parseWith()]
      case .def: return [try parseFunctionDef(decorators: [], at: loc)]
      case .class: return [try parseClassDef(decorators: [], at: loc)]
      case .False, .None, .True, .and, .as, .assert, .async, .await, .break, .continue, .del, .elif,
        .else, .except, .finally, .from, .global, .import, .in, .is, .lambda, .nonlocal, .not, .or,
        .pass, .raise, .return, .yield:
        break
      }
    }
    if check(.at) {
      var decorators: [Expr] = []
      while accept(.at) {
        decorators.append(try parseNamedExpr())
        guard current.kind == .newline else { throw invalidSyntax() }
        advance()
      }
      let l = location
      if check(.def) { return [try parseFunctionDef(decorators: decorators, at: l)] }
      if check(.class) { return [try parseClassDef(decorators: decorators, at: l)] }
      throw invalidSyntax()
    }
    return try parseSimpleStatements()
  }

  mutating func parseSimpleStatements() throws(SyntaxErrorInfo) -> [Stmt] {
    var stmts = [try parseSmallStatement()]
    while accept(.semicolon) {
      if current.kind == .newline { break }
      stmts.append(try parseSmallStatement())
    }
    guard current.kind == .newline else {
      throw invalidSyntax()
    }
    advance()
    return stmts
  }

  mutating func parseSmallStatement() throws(SyntaxErrorInfo) -> Stmt {
    let loc = location
    func make(_ k: StmtKind) -> Stmt { Stmt(kind: k, location: loc) }
    if case .keyword(let k) = current.kind {
      switch k {
      case .pass:
        advance()
        return make(.pass)
      case .break:
        advance()
        return make(.break)
      case .continue:
        advance()
        return make(.continue)
      case .return:
        advance()
        if current.kind == .newline || check(.semicolon) { return make(.return(nil)) }
        return make(.return(try parseTestListStarExpr()))
      case .raise:
        advance()
        if current.kind == .newline || check(.semicolon) { return make(.raise(exc: nil, cause: nil)) }
        let exc = try parseTest()
        let cause = accept(.from) ? try parseTest() : nil
        return make(.raise(exc: exc, cause: cause))
      case .global, .nonlocal:
        advance()
        var names = [try expectName()]
        while accept(.comma) { names.append(try expectName()) }
        return make(k == .global ? .global(names) : .nonlocal(names))
      case .del:
        advance()
        var targets = [try parseBitOr()]
        while accept(.comma) {
          if current.kind == .newline { break }
          targets.append(try parseBitOr())
        }
        for t in targets { try checkTarget(t, verb: "delete") }
        return make(.delete(targets))
      case .assert:
        advance()
        let test = try parseTest()
        let msg = accept(.comma) ? try parseTest() : nil
        return make(.assert(test: test, msg: msg))
      case .import:
        advance()
        var aliases: [Alias] = []
        repeat {
          let l = location
          let name = try parseDottedName()
          let asName = accept(.as) ? try expectName() : nil
          aliases.append(Alias(name: name, asName: asName, location: l))
        } while accept(.comma)
        return make(.import(aliases))
      case .from:
        return try parseFromImport()
      case .False, .None, .True, .and, .as, .async, .await, .class, .def, .elif, .else, .except,
        .finally, .for, .if, .in, .is, .lambda, .not, .or, .try, .while, .with, .yield:
        break
      }
    }
    return try parseExpressionStatement()
  }

  mutating func parseDottedName() throws(SyntaxErrorInfo) -> String {
    var name = try expectName()
    while accept(.dot) { name += "." + (try expectName()) }
    return name
  }

  mutating func parseFromImport() throws(SyntaxErrorInfo) -> Stmt {
    let loc = location
    advance()
    var level = 0
    while true {
      if accept(.dot) {
        level += 1
      } else if accept(.ellipsis) {
        level += 3
      } else {
        break
      }
    }
    let module = check(.import) ? nil : try parseDottedName()
    try expect(.import)
    var aliases: [Alias] = []
    if accept(.star) {
      aliases.append(Alias(name: "*", asName: nil, location: loc))
    } else {
      let paren = accept(.leftParenthesis)
      repeat {
        if paren && check(.rightParenthesis) { break }
        let l = location
        let name = try expectName()
        let asName = accept(.as) ? try expectName() : nil
        aliases.append(Alias(name: name, asName: asName, location: l))
      } while accept(.comma)
      if paren { try expect(.rightParenthesis) }
      if !paren && aliases.isEmpty { throw invalidSyntax() }
    }
    return Stmt(kind: .importFrom(module: module, names: aliases, level: level), location: loc)
  }

  mutating func parseExpressionStatement() throws(SyntaxErrorInfo) -> Stmt {
    let loc = location
    if case .name("print") = current.kind, case .string = peek(1) {
      var k = index
      while k + 1 < tokens.count, tokens[k + 1].kind != .newline, tokens[k + 1].kind != .eof { k += 1 }
      var e = error("Missing parentheses in call to 'print'. Did you mean print(...)?")
      e.endColumn = tokens[k].end.column
      throw e
    }
    let first = check(.yield) ? try parseYieldExpr() : try parseTestListStarExpr()
    let firstEnd = tokens[max(index - 1, 0)].end.column
    if case .op(let op) = current.kind, let bop = op.augmentedOperation {
      try checkAugTarget(first)
      advance()
      let value = check(.yield) ? try parseYieldExpr() : try parseTestListStarExpr()
      return Stmt(kind: .augAssign(target: first, op: bop, value: value), location: loc)
    }
    if accept(.colon) {
      try checkTarget(first, verb: "assign to")
      let annotation = try parseTest()
      let value = accept(.assign) ? (check(.yield) ? try parseYieldExpr() : try parseTestListStarExpr()) : nil
      return Stmt(kind: .annAssign(target: first, annotation: annotation, value: value), location: loc)
    }
    if check(.assign) {
      var targets = [first]
      var value = first
      while accept(.assign) {
        value = check(.yield) ? try parseYieldExpr() : try parseTestListStarExpr()
        targets.append(value)
      }
      targets.removeLast()
      for t in targets { try checkTarget(t, verb: "assign to", endColumn: firstEnd) }
      return Stmt(kind: .assign(targets: targets, value: value), location: loc)
    }
    if case .starred = first.kind {
      throw error("can't use starred expression here", at: first.location)
    }
    return Stmt(kind: .expr(first), location: loc)
  }

  mutating func parseIf() throws(SyntaxErrorInfo) -> Stmt {
    let loc = location
    let keyword = check(.elif) ? "elif" : "if"
    advance()
    let test = try parseNamedExpr()
    try checkConditionEquals(test)
    try expect(.colon)
    let body = try parseBlock(after: "'\(keyword)' statement", line: loc.line)
    var orelse: [Stmt] = []
    if check(.elif) {
      orelse = [try parseIf()]
    } else if check(.else) {
      let l = location
      advance()
      try expect(.colon)
      orelse = try parseBlock(after: "'else' statement", line: l.line)
    }
    return Stmt(kind: .if(test: test, body: body, orelse: orelse), location: loc)
  }

  mutating func parseElse() throws(SyntaxErrorInfo) -> [Stmt] {
    guard check(.else) else { return [] }
    let l = location
    advance()
    try expect(.colon)
    return try parseBlock(after: "'else' statement", line: l.line)
  }

  mutating func parseWhile() throws(SyntaxErrorInfo) -> Stmt {
    let loc = location
    advance()
    let test = try parseNamedExpr()
    try checkConditionEquals(test)
    try expect(.colon)
    let body = try parseBlock(after: "'while' statement", line: loc.line)
    return Stmt(kind: .while(test: test, body: body, orelse: try parseElse()), location: loc)
  }

  mutating func parseFor() throws(SyntaxErrorInfo) -> Stmt {
    let loc = location
    advance()
    let target = try parseTargetList()
    try checkTarget(target, verb: "assign to")
    try expect(.in)
    let iter = try parseTestListStarExpr()
    try expect(.colon)
    let body = try parseBlock(after: "'for' statement", line: loc.line)
    return Stmt(kind: .for(target: target, iter: iter, body: body, orelse: try parseElse()), location: loc)
  }

  /// Parses `a, *b` style targets (of `for` and comprehensions), stopping before `in`.
  mutating func parseTargetList() throws(SyntaxErrorInfo) -> Expr {
    let loc = location
    var items: [Expr] = []
    var trailingComma = false
    repeat {
      if check(.in) { break }
      if accept(.star) {
        items.append(Expr(kind: .starred(try parseBitOr()), location: loc))
      } else {
        items.append(try parseBitOr())
      }
      trailingComma = check(.comma)
    } while accept(.comma)
    if items.count == 1 && !trailingComma { return items[0] }
    return Expr(kind: .tuple(items), location: loc)
  }

  mutating func parseTry() throws(SyntaxErrorInfo) -> Stmt {
    let loc = location
    advance()
    try expect(.colon)
    let body = try parseBlock(after: "'try' statement", line: loc.line)
    var handlers: [ExceptHandler] = []
    while check(.except) {
      let l = location
      advance()
      var type: Expr?
      var name: String?
      if !check(.colon) {
        type = try parseTest()
        if check(.comma) {
          var items = [type!]
          while accept(.comma) { items.append(try parseTest()) }
          throw error("multiple exception types must be parenthesized", at: items[0].location)
        }
        if accept(.as) { name = try expectName() }
      }
      try expect(.colon)
      let hbody = try parseBlock(after: "'except' statement", line: l.line)
      handlers.append(ExceptHandler(type: type, name: name, body: hbody, location: l))
    }
    let orelse = try parseElse()
    var finalbody: [Stmt] = []
    if check(.finally) {
      let l = location
      advance()
      try expect(.colon)
      finalbody = try parseBlock(after: "'finally' statement", line: l.line)
    }
    if handlers.isEmpty && finalbody.isEmpty {
      throw error("expected 'except' or 'finally' block")
    }
    return Stmt(kind: .try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), location: loc)
  }

  mutating func parseWith() throws(SyntaxErrorInfo) -> Stmt {
    let loc = location
    advance()
    var items: [WithItem] = []
    repeat {
      let e = try parseTest()
      var vars: Expr?
      if accept(.as) {
        let t = try parseTargetList()
        try checkTarget(t, verb: "assign to")
        vars = t
      }
      items.append(WithItem(contextExpr: e, optionalVars: vars))
    } while accept(.comma)
    try expect(.colon)
    let body = try parseBlock(after: "'with' statement", line: loc.line)
    return Stmt(kind: .with(items, body: body), location: loc)
  }

  mutating func parseFunctionDef(decorators: [Expr], at loc: SourceLocation) throws(SyntaxErrorInfo) -> Stmt {
    advance()
    let name = try expectName()
    try expect(.leftParenthesis)
    let args = try parseParameters(closing: .rightParenthesis)
    try expect(.rightParenthesis)
    if accept(.arrow) { _ = try parseTest() }
    try expect(.colon)
    let body = try parseBlock(after: "function definition", line: loc.line)
    return Stmt(kind: .functionDef(name: name, args: args, body: body, decorators: decorators), location: loc)
  }

  mutating func parseClassDef(decorators: [Expr], at loc: SourceLocation) throws(SyntaxErrorInfo) -> Stmt {
    advance()
    let name = try expectName()
    var bases: [Expr] = []
    var keywords: [KeywordArgument] = []
    if accept(.leftParenthesis) {
      (bases, keywords) = try parseCallArguments()
    }
    try expect(.colon)
    let body = try parseBlock(after: "class definition", line: loc.line)
    return Stmt(kind: .classDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators), location: loc)
  }

  /// Parses a parameter list up to `closing` (`)` for def, `:` for lambda).
  mutating func parseParameters(closing: Operator) throws(SyntaxErrorInfo) -> FunctionArguments {
    var a = FunctionArguments()
    var sawStar = false
    var sawDefault = false
    var names = Set<String>()
    func param(_ p: inout Parser) throws(SyntaxErrorInfo) -> Parameter {
      let l = p.location
      let n = try p.expectName()
      if names.contains(n) {
        var e = p.error("duplicate argument '\(n)' in function definition", at: l)
        e.display = .locationOnly
        throw e
      }
      names.insert(n)
      if closing == .rightParenthesis && p.accept(.colon) { _ = try p.parseTest() }
      return Parameter(name: n, location: l)
    }
    while !check(closing) {
      if accept(.doubleStar) {
        a.kwarg = try param(&self)
        _ = accept(.comma)
        break
      } else if accept(.star) {
        if sawStar { throw invalidSyntax() }
        sawStar = true
        if !check(.comma) { a.vararg = try param(&self) }
      } else if accept(.slash) {
        if sawStar || !a.posOnly.isEmpty { throw invalidSyntax() }
        a.posOnly = a.args
        a.args = []
      } else {
        let p = try param(&self)
        let def: Expr? = accept(.assign) ? try parseTest() : nil
        if sawStar {
          a.kwOnly.append(p)
          a.kwDefaults.append(def)
        } else {
          if let d = def {
            a.defaults.append(d)
            sawDefault = true
          } else if sawDefault {
            throw error("non-default argument follows default argument", at: p.location)
          }
          a.args.append(p)
        }
      }
      if !accept(.comma) { break }
    }
    if sawStar && a.vararg == nil && a.kwOnly.isEmpty {
      throw error("named arguments must follow bare *")
    }
    return a
  }
}
