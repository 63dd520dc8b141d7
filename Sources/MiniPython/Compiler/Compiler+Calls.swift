extension Compiler {
  func compileCall(_ fn: Expr, _ args: [Expr], _ keywords: [KeywordArgument]) throws(SyntaxErrorInfo) -> Eval {
    let hasStar = args.contains { if case .starred = $0.kind { return true } else { return false } }
    // Each argument is compiled once (compiling it twice made nested calls cost 2^depth).
    let plain = hasStar ? { _ in [] } : try compileSequence(args)
    var parts: [(Eval, Bool)] = []
    for a in args where hasStar {
      if case .starred(let inner) = a.kind { parts.append((try compileExpr(inner), true)) } else {
        parts.append((try compileExpr(a), false))
      }
    }
    // `f(*x)`: a non-iterable x gets CPython's message naming the callee.
    let starred: (Frame, () throws -> PyValue) throws -> [PyValue] = { f, callee in
      var out: [PyValue] = []
      for (e, star) in parts {
        let v = try e(f)
        guard star else {
          out.append(v)
          continue
        }
        if case .object(let o) = v, !f.interp.isIterable(o) {
          throw PyException.typeError(
            "\(f.interp.callDescription(try callee())) argument after * must be an iterable, not \(v.typeName)")
        } else if case .object = v {} else if case .str = v {} else {
          throw PyException.typeError(
            "\(f.interp.callDescription(try callee())) argument after * must be an iterable, not \(v.typeName)")
        }
        out.append(contentsOf: try f.interp.listOfValues(v))
      }
      return out
    }
    let positional: (Frame, () throws -> PyValue) throws -> [PyValue] = hasStar ? starred : { f, _ in try plain(f) }
    var kws: [(String?, Eval)] = []
    var seen = Set<String>()
    for k in keywords {
      if let n = k.name {
        if seen.contains(n) { throw syntaxError("keyword argument repeated: \(n)", k.value.location) }
        seen.insert(n)
      }
      kws.append((k.name, try compileExpr(k.value)))
    }
    let buildKeywords: (Frame, () throws -> PyValue) throws -> [(name: String, value: PyValue)] = { f, callee in
      var out: [(name: String, value: PyValue)] = []
      for (name, ev) in kws {
        let v = try ev(f)
        if let name {
          out.append((name, v))
        } else {
          try f.interp.appendKeywords(from: v, to: &out, callee: callee)
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
        let callee = { try f.interp.getAttribute(obj, name) }
        let a = try positional(f, callee)
        let k = noKeywords ? [] : try buildKeywords(f, callee)
        return try f.interp.callMethod(obj, name, Arguments(a, keywords: k))
      }
    }
    let callee = try compileExpr(fn)
    if kws.isEmpty && !hasStar {
      return { f in
        let c = try callee(f)
        return try f.interp.call(c, Arguments(try plain(f)))
      }
    }
    return { f in
      let c = try callee(f)
      let a = try positional(f, { c })
      return try f.interp.call(c, Arguments(a, keywords: try buildKeywords(f, { c })))
    }
  }
}
