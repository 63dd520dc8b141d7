extension Compiler {
  /// Marks the enclosing function as a generator, or rejects `yield` where Python does.
  func enterYield(at loc: SourceLocation) throws(SyntaxErrorInfo) {
    switch scope.kind {
    case .function: scope.isGenerator = true
    // CPython 3.11 shows the source line for a class body but not for the module level.
    case .module: throw syntaxError("'yield' outside function", loc)
    case .classBody: throw yieldError("'yield' outside function", loc)
    case .comprehension:
      let kind: String
      switch scope.qualname.split(separator: ".").last {
      case "<listcomp>": kind = "list comprehension"
      case "<setcomp>": kind = "set comprehension"
      case "<dictcomp>": kind = "dict comprehension"
      default: kind = "generator expression"
      }
      throw yieldError("'yield' inside \(kind)", loc)
    }
  }

  /// A SyntaxError whose caret range covers the yield expression (to its closing bracket, `;`,
  /// comment or the end of the line, as CPython marks it).
  func yieldError(_ message: String, _ loc: SourceLocation) -> SyntaxErrorInfo {
    var e = SyntaxErrorInfo(message, at: loc)
    guard let line = interp.sourceLine(file: file, line: loc.line) else {
      e.display = .locationOnly
      return e
    }
    let chars = Array(line.unicodeScalars)
    var depth = 0
    var end = loc.column - 1
    var i = end
    scan: while i < chars.count {
      switch chars[i] {
      case "(", "[", "{": depth += 1
      case ")", "]", "}":
        if depth == 0 { break scan }
        depth -= 1
      case "#", ";": if depth == 0 { break scan }
      default: break
      }
      i += 1
      if chars[i - 1] != " " && chars[i - 1] != "\t" { end = i }
    }
    e.endColumn = end + 1
    return e
  }

  /// `yield` / `yield value`: suspends the generator; the value is what `send` passes in.
  func compileYield(_ value: Expr?, at loc: SourceLocation) throws(SyntaxErrorInfo) -> Eval {
    try enterYield(at: loc)
    let v = try value.map { (e) throws(SyntaxErrorInfo) in try compileExpr(e) }
    return { f in
      let x = try v?(f) ?? .none
      return try f.interp.yieldValue(x, frame: f)
    }
  }

  /// `yield from iterable`: delegates; the value is the sub-generator's return value.
  func compileYieldFrom(_ value: Expr, at loc: SourceLocation) throws(SyntaxErrorInfo) -> Eval {
    try enterYield(at: loc)
    let v = try compileExpr(value)
    return { f in try f.interp.yieldFrom(try v(f), frame: f) }
  }
}
