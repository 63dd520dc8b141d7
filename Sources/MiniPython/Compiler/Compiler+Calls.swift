extension Compiler {
  func compileCall(_ fn: Expr, _ args: [Expr], _ keywords: [KeywordArgument]) throws(SyntaxErrorInfo) -> Eval {
    let hasStar = args.contains { if case .starred = $0.kind { return true } else { return false } }
    let positional = try compileSequence(args)
    var kws: [(String?, Eval)] = []
    var seen = Set<String>()
    for k in keywords {
      if let n = k.name {
        if seen.contains(n) { throw syntaxError("keyword argument repeated: \(n)", k.value.location) }
        seen.insert(n)
      }
      kws.append((k.name, try compileExpr(k.value)))
    }
    let buildKeywords: (Frame) throws -> [(name: String, value: PyValue)] = { f in
      var out: [(name: String, value: PyValue)] = []
      for (name, ev) in kws {
        let v = try ev(f)
        if let name {
          out.append((name, v))
        } else {
          try f.interp.appendKeywords(from: v, to: &out)
        }
      }
      return out
    }
    // Zero-argument super() reads the class cell and the first argument.
    if case .name("super") = fn.kind, args.isEmpty, keywords.isEmpty, let cell = classCells.last,
      scope.kind == .function, scope.slots.values.contains(0)
    {
      let load = compileLoad("super")
      return { f in
        guard let t = cell.type, let first = f.slots[0] else { throw PyException.runtimeError("super(): no arguments") }
        return try f.interp.call(try load(f), Arguments([.object(t), first]))
      }
    }
    // Method calls avoid allocating a bound method.
    if case .attribute(let objExpr, let name) = fn.kind {
      let o = try compileExpr(objExpr)
      let noKeywords = kws.isEmpty
      return { f in
        let obj = try o(f)
        let a = try positional(f)
        let k = noKeywords ? [] : try buildKeywords(f)
        return try f.interp.callMethod(obj, name, Arguments(a, keywords: k))
      }
    }
    let callee = try compileExpr(fn)
    if kws.isEmpty && !hasStar {
      return { f in
        let c = try callee(f)
        return try f.interp.call(c, Arguments(try positional(f)))
      }
    }
    return { f in
      let c = try callee(f)
      let a = try positional(f)
      return try f.interp.call(c, Arguments(a, keywords: try buildKeywords(f)))
    }
  }
}
