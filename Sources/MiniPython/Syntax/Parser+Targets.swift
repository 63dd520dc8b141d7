extension Parser {
  /// Validates an assignment or deletion target with CPython's messages.
  func checkTarget(_ e: Expr, verb: String, endColumn: Int? = nil) throws(SyntaxErrorInfo) {
    let what: String
    switch e.kind {
    case .constant(.none), .constant(.bool):
      let name: String
      if case .constant(.bool(let b)) = e.kind { name = b ? "True" : "False" } else { name = "None" }
      var err = error("cannot \(verb) \(name)", at: e.location)
      err.endColumn = e.location.column + name.count
      throw err
    case .name, .attribute, .subscript:
      return
    case .tuple(let items), .list(let items):
      for i in items { try checkTarget(i, verb: verb) }
      return
    case .starred(let inner):
      try checkTarget(inner, verb: verb)
      return
    case .constant(.ellipsis): what = "ellipsis"
    case .constant: what = "literal"
    case .call: what = "function call"
    case .binOp, .unaryOp: what = "expression"
    case .boolOp: what = "expression"
    case .compare: what = "comparison"
    case .lambda: what = "lambda"
    case .ifExp: what = "conditional expression"
    case .namedExpr: what = "named expression"
    case .dict: what = "dict literal"
    case .set: what = "set display"
    case .listComp: what = "list comprehension"
    case .setComp: what = "set comprehension"
    case .dictComp: what = "dict comprehension"
    case .generatorExp: what = "generator expression"
    case .yield, .yieldFrom: what = "yield expression"
    case .joinedStr, .formattedValue: what = "f-string expression"
    case .slice: what = "slice"
    }
    let hint = verb == "assign to" && what != "expression" ? " here. Maybe you meant '==' instead of '='?" : ""
    var err = error("cannot \(verb) \(what)\(hint)", at: e.location)
    err.endColumn = endColumn
    throw err
  }

  func checkAugTarget(_ e: Expr) throws(SyntaxErrorInfo) {
    switch e.kind {
    case .name, .attribute, .subscript: return
    case .tuple: throw error("'tuple' is an illegal expression for augmented assignment", at: e.location)
    case .list: throw error("'list' is an illegal expression for augmented assignment", at: e.location)
    case .call: throw error("'function call' is an illegal expression for augmented assignment", at: e.location)
    case .constant: throw error("'literal' is an illegal expression for augmented assignment", at: e.location)
    case .boolOp, .namedExpr, .binOp, .unaryOp, .lambda, .ifExp, .dict, .set, .listComp, .setComp, .dictComp,
      .generatorExp, .yield, .yieldFrom, .compare, .formattedValue, .joinedStr, .starred, .slice:
      throw error("'expression' is an illegal expression for augmented assignment", at: e.location)
    }
  }

  /// `if x = 1:` gets CPython's hint.
  mutating func checkConditionEquals(_ test: Expr) throws(SyntaxErrorInfo) {
    guard check(.assign) else { return }
    advance()
    _ = try parseTest()
    var e = error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: test.location)
    e.endColumn = tokens[index - 1].end.column
    throw e
  }
}
