extension Compiler {
  func compileRaise(_ exc: Expr?, _ cause: Expr?) throws(SyntaxErrorInfo) -> Exec {
    guard let exc else {
      return { f in
        guard let current = f.interp.handlingStack.last else {
          throw PyException.runtimeError("No active exception to reraise")
        }
        throw PyException(current)
      }
    }
    let e = try compileExpr(exc)
    let c = try cause.map { (x) throws(SyntaxErrorInfo) in try compileExpr(x) }
    return { f in
      let interp = f.interp
      let obj = try interp.makeException(try e(f))
      if let c {
        let cv = try c(f)
        if case .none = cv {
          obj.cause = nil
        } else {
          obj.cause = try interp.makeException(cv)
        }
        obj.suppressContext = true
      }
      if obj.context == nil, let ctx = interp.handlingStack.last, ctx !== obj { obj.context = ctx }
      throw PyException(obj)
    }
  }

  func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt])
    throws(SyntaxErrorInfo) -> Exec
  {
    let b = try compileBlock(body)
    var compiled: [(type: Eval?, store: Store?, delete: ((Frame) throws -> Void)?, body: Exec)] = []
    for (i, h) in handlers.enumerated() {
      if h.type == nil && i != handlers.count - 1 {
        throw syntaxError("default 'except:' must be last", h.location)
      }
      let t = try h.type.map { (x) throws(SyntaxErrorInfo) in try compileExpr(x) }
      let nameExpr = h.name.map { Expr(kind: .name($0), location: h.location) }
      let st = try nameExpr.map { (x) throws(SyntaxErrorInfo) in try compileStore(x) }
      let del = try nameExpr.map { (x) throws(SyntaxErrorInfo) in try compileDelete(x, ignoreUnbound: true) }
      compiled.append((t, st, del, try compileBlock(h.body)))
    }
    let o = try compileBlock(orelse)
    let fin = finalbody.isEmpty ? nil : try compileBlock(finalbody)
    let handled: Exec = { f in
      let flow: Flow
      do {
        flow = try b(f)
      } catch let error as PyException {
        let exc = error.object
        let interp = f.interp
        for h in compiled {
          if let t = h.type {
            guard try interp.exceptionMatches(exc, try t(f)) else { continue }
          }
          try h.store?(f, .object(exc))
          interp.handlingStack.append(exc)
          defer { interp.handlingStack.removeLast() }
          let r: Flow
          do {
            r = try h.body(f)
          } catch let inner as PyException {
            if inner.object !== exc, inner.object.context == nil { inner.object.context = exc }
            try h.delete?(f)
            throw inner
          }
          try h.delete?(f)
          return r
        }
        throw error
      }
      if case .normal = flow { return try o(f) }
      return flow
    }
    guard let fin else { return handled }
    return { f in
      let flow: Flow
      do {
        flow = try handled(f)
      } catch {
        let saved = f.returnValue
        let r = try fin(f)
        if case .normal = r {
          f.returnValue = saved
          throw error
        }
        return r
      }
      let saved = f.returnValue
      let r = try fin(f)
      if case .normal = r {
        f.returnValue = saved
        return flow
      }
      return r
    }
  }

  func compileWith(_ items: [WithItem], _ body: [Stmt]) throws(SyntaxErrorInfo) -> Exec {
    var inner = try compileBlock(body)
    for item in items.reversed() {
      let ctx = try compileExpr(item.contextExpr)
      let st = try item.optionalVars.map { (x) throws(SyntaxErrorInfo) in try compileStore(x) }
      let next = inner
      inner = { f in
        let interp = f.interp
        let manager = try ctx(f)
        let exit = try interp.lookupSpecial(manager, "__exit__", protocolName: "context manager")
        let enter = try interp.lookupSpecial(manager, "__enter__", protocolName: "context manager")
        let entered = try interp.call(enter, Arguments())
        try st?(f, entered)
        let flow: Flow
        do {
          flow = try next(f)
        } catch let error as PyException {
          let e = error.object
          let suppress = try interp.call(exit, Arguments([.object(e.type), .object(e), .none]))
          if try interp.truthy(suppress) { return .normal }
          throw error
        }
        _ = try interp.call(exit, Arguments([.none, .none, .none]))
        return flow
      }
    }
    return inner
  }

  func compileImport(_ aliases: [Alias]) throws(SyntaxErrorInfo) -> Exec {
    var steps: [(String, String?, Store)] = []
    for a in aliases {
      let bound = a.asName ?? String(a.name.split(separator: ".")[0])
      steps.append((a.name, a.asName, try compileStore(Expr(kind: .name(bound), location: a.location))))
    }
    return { f in
      for (name, asName, st) in steps {
        let leaf = try f.interp.importModule(name)
        if asName != nil {
          try st(f, .object(leaf))
        } else {
          let top = String(name.split(separator: ".")[0])
          try st(f, .object(try f.interp.importModule(top)))
        }
      }
      return .normal
    }
  }

  func compileImportFrom(_ module: String?, _ names: [Alias], _ level: Int, at loc: SourceLocation)
    throws(SyntaxErrorInfo) -> Exec
  {
    if level > 0 {
      return { _ in
        throw PyException(ExceptionTypes.importError, "attempted relative import with no known parent package")
      }
    }
    let modName = module ?? ""
    if names.count == 1 && names[0].name == "*" {
      if scope.kind != .module { throw syntaxError("import * only allowed at module level", loc) }
      let globals = self.globals
      return { f in
        let m = try f.interp.importModule(modName)
        let exported: [String]
        if case .object(let all)? = m["__all__"] {
          exported = try f.interp.listOfValues(.object(all)).map { try f.interp.str($0) }
        } else {
          exported = m.names.filter { !$0.hasPrefix("_") }
        }
        for n in exported { globals[n] = try f.interp.getAttribute(.object(m), n) }
        return .normal
      }
    }
    var steps: [(String, Store)] = []
    for a in names {
      steps.append((a.name, try compileStore(Expr(kind: .name(a.asName ?? a.name), location: a.location))))
    }
    return { f in
      let m = try f.interp.importModule(modName)
      for (name, st) in steps {
        if let v = m[name] {
          try st(f, v)
        } else if let sub = try? f.interp.importModule(modName + "." + name) {
          try st(f, .object(sub))
        } else {
          throw PyException(
            ExceptionTypes.importError, "cannot import name '\(name)' from '\(modName)' (unknown location)")
        }
      }
      return .normal
    }
  }
}
