extension Compiler {
  func compileExprs(_ es: [Expr]) throws(SyntaxErrorInfo) -> [Eval] {
    var out: [Eval] = []
    for e in es { out.append(try compileExpr(e)) }
    return out
  }

  func compileExpr(_ e: Expr) throws(SyntaxErrorInfo) -> Eval {
    if StackGuard.stackPointer() < interp.stackLimit {
      throw SyntaxErrorInfo("too many nested expressions", at: e.location)
    }
    switch e.kind {
    case .constant(let c):
      return try compileConstant(c, at: e.location)
    case .name(let n):
      return compileLoad(n)
    case .binOp(let l, let op, let r):
      return compileBinary(try compileExpr(l), op, try compileExpr(r))
    case .unaryOp(let op, let operand):
      let v = try compileExpr(operand)
      switch op {
      case .not:
        return { f in
          let x = try v(f)
          if case .bool(let b) = x { return .bool(!b) }
          return .bool(!(try f.interp.truthy(x)))
        }
      case .uSub:
        return { f in
          let x = try v(f)
          if case .int(let i) = x, i != Int.min { return .int(-i) }
          if case .float(let d) = x { return .float(-d) }
          return try f.interp.unary(op, x)
        }
      case .uAdd, .invert:
        return { f in try f.interp.unary(op, try v(f)) }
      }
    case .boolOp(let op, let values):
      let vs = try compileExprs(values)
      let isAnd = op == .and
      return { f in
        var last = PyValue.none
        for v in vs {
          last = try v(f)
          let t: Bool
          if case .bool(let b) = last { t = b } else { t = try f.interp.truthy(last) }
          if t != isAnd { return last }
        }
        return last
      }
    case .compare(let left, let ops, let rights):
      let l = try compileExpr(left)
      let rs = try compileExprs(rights)
      if ops.count == 1 {
        let op = ops[0]
        let r = rs[0]
        return { f in
          let a = try l(f)
          let b = try r(f)
          if case .int(let x) = a, case .int(let y) = b { return .bool(Operators.compareInts(op, x, y)) }
          return try f.interp.compare(op, a, b)
        }
      }
      return { f in
        var a = try l(f)
        var result = PyValue.bool(true)
        for (i, op) in ops.enumerated() {
          let b = try rs[i](f)
          result = try f.interp.compare(op, a, b)
          if i < ops.count - 1, !(try f.interp.truthy(result)) { return result }
          a = b
        }
        return result
      }
    case .ifExp(let test, let body, let orelse):
      let t = try compileCondition(test)
      let b = try compileExpr(body)
      let o = try compileExpr(orelse)
      return { f in try t(f) ? try b(f) : try o(f) }
    case .namedExpr(let target, let value):
      let v = try compileExpr(value)
      let st = try compileStore(Expr(kind: .name(target), location: e.location))
      return { f in
        let x = try v(f)
        try st(f, x)
        return x
      }
    case .attribute(let obj, let name):
      let o = try compileExpr(obj)
      return { f in try f.interp.getAttribute(try o(f), name) }
    case .subscript(let obj, let key):
      let o = try compileExpr(obj)
      let k = try compileExpr(key)
      return { f in
        let c = try o(f)
        let i = try k(f)
        if case .object(let co) = c, let l = co as? PyList, co.type === BuiltinTypes.list, case .int(let n) = i {
          let j = n < 0 ? n + l.items.count : n
          if j >= 0 && j < l.items.count { return l.items[j] }
        }
        return try f.interp.getItem(c, i)
      }
    case .slice(let lower, let upper, let step):
      let parts = try [lower, upper, step].map { (x) throws(SyntaxErrorInfo) -> Eval? in
        try x.map { (y) throws(SyntaxErrorInfo) in try compileExpr(y) }
      }
      return { f in
        .object(PySlice(start: try parts[0]?(f) ?? .none, stop: try parts[1]?(f) ?? .none, step: try parts[2]?(f) ?? .none))
      }
    case .call(let fn, let args, let keywords):
      return try compileCall(fn, args, keywords)
    case .list(let items):
      let seq = try compileSequence(items)
      return { f in .object(PyList(try seq(f))) }
    case .tuple(let items):
      let seq = try compileSequence(items)
      return { f in .tuple(try seq(f)) }
    case .set(let items):
      let seq = try compileSequence(items)
      return { f in
        let s = PySet()
        for v in try seq(f) { s.insert(try f.interp.key(v)) }
        return .object(s)
      }
    case .dict(let keys, let values):
      var pairs: [(Eval?, Eval)] = []
      for (k, v) in zip(keys, values) {
        pairs.append((try k.map { (x) throws(SyntaxErrorInfo) in try compileExpr(x) }, try compileExpr(v)))
      }
      return { f in
        let d = PyDict()
        for (k, v) in pairs {
          if let k {
            let key = try f.interp.key(try k(f))
            d[key] = try v(f)
          } else {
            try f.interp.mergeMapping(into: d, try v(f))
          }
        }
        return .object(d)
      }
    case .joinedStr(let parts):
      let ps = try compileExprs(parts)
      return { f in
        var s = ""
        for p in ps {
          let v = try p(f)
          if case .str(let t) = v { s += t } else { s += try f.interp.str(v) }
        }
        return .str(s)
      }
    case .formattedValue(let value, let conversion, let spec):
      let v = try compileExpr(value)
      let sp = try spec.map { (x) throws(SyntaxErrorInfo) in try compileExpr(x) }
      return { f in
        var x = try v(f)
        switch conversion {
        case "r": x = .str(try f.interp.repr(x))
        case "s": x = .str(try f.interp.str(x))
        case "a": x = .str(Repr.ascii(try f.interp.repr(x)))
        default: break
        }
        let specText: String
        if let sp, case .str(let t) = try sp(f) { specText = t } else { specText = "" }
        return .str(try f.interp.format(x, spec: specText))
      }
    case .lambda(let args, let body):
      return try compileLambda(args, body, at: e.location)
    case .listComp(let elt, let gens):
      return try compileComprehension(.list(elt), gens, at: e.location)
    case .setComp(let elt, let gens):
      return try compileComprehension(.set(elt), gens, at: e.location)
    case .dictComp(let k, let v, let gens):
      return try compileComprehension(.dict(k, v), gens, at: e.location)
    case .generatorExp(let elt, let gens):
      return try compileComprehension(.generator(elt), gens, at: e.location)
    case .starred:
      throw syntaxError("can't use starred expression here", e.location)
    case .yield(let value):
      return try compileYield(value, at: e.location)
    case .yieldFrom(let value):
      return try compileYieldFrom(value, at: e.location)
    }
  }

  func compileConstant(_ c: Constant, at loc: SourceLocation) throws(SyntaxErrorInfo) -> Eval {
    let v: PyValue
    switch c {
    case .none: v = .none
    case .ellipsis: v = BuiltinTypes.ellipsisValue
    case .bool(let b): v = .bool(b)
    case .int(let i): v = .int(i)
    case .float(let d): v = .float(d)
    case .str(let s): v = .str(s)
    case .imaginary(let d): v = .object(PyComplex(real: 0, imag: d))
    case .bytes(let s): v = .object(PyBytes(s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
    case .bigInt:
      return { _ in throw PyException.overflow("int too large: integers are limited to 64 bits") }
    }
    return { _ in v }
  }

  /// Evaluates a list of items where `*iterable` entries are spliced in.
  func compileSequence(_ items: [Expr]) throws(SyntaxErrorInfo) -> (Frame) throws -> [PyValue] {
    var parts: [(Eval, Bool)] = []
    for i in items {
      if case .starred(let inner) = i.kind {
        parts.append((try compileExpr(inner), true))
      } else {
        parts.append((try compileExpr(i), false))
      }
    }
    if !parts.contains(where: { $0.1 }) {
      let evs = parts.map(\.0)
      return { f in
        var out: [PyValue] = []
        out.reserveCapacity(evs.count)
        for e in evs { out.append(try e(f)) }
        return out
      }
    }
    return { f in
      var out: [PyValue] = []
      for (e, star) in parts {
        if star {
          out.append(contentsOf: try f.interp.listOfValues(try e(f)))
        } else {
          out.append(try e(f))
        }
      }
      return out
    }
  }

  func compileLoad(_ name: String) -> Eval {
    resolveLoad(name, scope.resolve(name))
  }

  func resolveLoad(_ name: String, _ r: Scope.Resolution) -> Eval {
    switch r {
    case .local(let slot):
      return { f in
        if let v = f.slots[slot] { return v }
        throw PyException(
          ExceptionTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
      }
    case .enclosing(let depth, let slot):
      return { f in
        if let v = f.ancestor(depth).slots[slot] { return v }
        throw PyException.nameError(
          "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
      }
    case .global:
      let cell = globals.cell(name)
      // Most global names are not builtins: no builtins cell is made for them, and the builtins
      // are looked up by name only if the global is unbound when read (a builtin added later).
      let builtin = interp.builtins.existingCell(name)
      return { f in
        if let v = cell.value { return v }
        if let v = builtin?.value ?? f.interp.builtins.existingCell(name)?.value { return v }
        throw PyException.nameError("name '\(name)' is not defined")
      }
    case .classBody(let fallback):
      let next = resolveLoad(name, fallback.resolution)
      return { f in
        if let ns = f.classNamespace, let v = ns[name] { return v }
        return try next(f)
      }
    }
  }
}
