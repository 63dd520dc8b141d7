/// What a comprehension builds.
enum ComprehensionKind {
  case list(Expr), set(Expr), dict(Expr, Expr), generator(Expr)
}

extension Compiler {
  func compileComprehension(_ kind: ComprehensionKind, _ gens: [Comprehension], at loc: SourceLocation)
    throws(SyntaxErrorInfo) -> Eval
  {
    let firstIter = try compileExpr(gens[0].iter)
    let name: String
    switch kind {
    case .list: name = "<listcomp>"
    case .set: name = "<setcomp>"
    case .dict: name = "<dictcomp>"
    case .generator: name = "<genexpr>"
    }
    let cs = Scope(kind: .comprehension, parent: scope, qualname: childQualname(name))
    var names: [String] = []
    for g in gens { LocalNames.target(g.target, &names) }
    for n in names { cs.addLocal(n) }
    let saved = (scope, loopDepth)
    scope = cs
    loopDepth = 0
    defer { (scope, loopDepth) = saved }
    var levels: [(iter: Eval?, store: Store, ifs: [(Frame) throws -> Bool])] = []
    for (i, g) in gens.enumerated() {
      let it = i == 0 ? nil : try compileExpr(g.iter)
      var ifs: [(Frame) throws -> Bool] = []
      for c in g.ifs { ifs.append(try compileCondition(c)) }
      levels.append((it, try compileStore(g.target), ifs))
    }
    if case .generator(let e) = kind {
      return try compileLazyGenerator(element: try compileExpr(e), firstIter: firstIter, levels: levels, name: name, at: loc)
    }
    let emit: (Frame, PyObject) throws -> Void
    switch kind {
    case .list(let e), .generator(let e):
      let ev = try compileExpr(e)
      emit = { f, out in
        let l = unsafeDowncast(out, to: PyList.self)
        l.items.append(try ev(f))
        if l.items.count & 0xFFFF == 0 { try f.interp.checkSize(l.items.count) }
      }
    case .set(let e):
      let ev = try compileExpr(e)
      emit = { f, out in unsafeDowncast(out, to: PySet.self).insert(try f.interp.key(try ev(f))) }
    case .dict(let k, let v):
      let kv = try compileExpr(k)
      let vv = try compileExpr(v)
      emit = { f, out in
        let key = try f.interp.key(try kv(f))
        unsafeDowncast(out, to: PyDict.self)[key] = try vv(f)
      }
    }
    let info = CodeInfo(name: name, file: file, firstLine: loc.line, isModule: false)
    let slotCount = cs.slotCount
    func run(_ level: Int, _ f: Frame, _ iterable: PyValue, _ out: PyObject) throws {
      let interp = f.interp
      let lv = levels[level]
      let iterator = try interp.iterator(iterable)
      outer: while let v = try iterator.next(interp) {
        try interp.tick()
        try lv.store(f, v)
        for c in lv.ifs where !(try c(f)) { continue outer }
        if level + 1 == levels.count {
          try emit(f, out)
        } else {
          try run(level + 1, f, try levels[level + 1].iter!(f), out)
        }
      }
    }
    return { f in
      let iterable = try firstIter(f)
      let out: PyObject
      switch kind {
      case .list, .generator: out = PyList()
      case .set: out = PySet()
      case .dict: out = PyDict()
      }
      let frame = Frame(code: info, slotCount: slotCount, parent: f.closureFrame, interp: f.interp)
      try f.interp.withFrame(frame) { try run(0, frame, iterable, out) }
      return .object(out)
    }
  }
}

extension Compiler {
  /// A generator expression: evaluated lazily, one element per `next`, with a stack of
  /// iterators for its `for` clauses (the first iterable is evaluated at creation, as in Python).
  func compileLazyGenerator(
    element: @escaping Eval, firstIter: @escaping Eval,
    levels: [(iter: Eval?, store: Store, ifs: [(Frame) throws -> Bool])], name: String, at loc: SourceLocation
  ) throws(SyntaxErrorInfo) -> Eval {
    let info = CodeInfo(name: name, file: file, firstLine: loc.line, isModule: false)
    let slotCount = scope.slotCount
    return { [qualname = scope.qualname] f in
      let interp = f.interp
      let first = try interp.iterator(try firstIter(f))
      let frame = Frame(code: info, slotCount: slotCount, parent: f.closureFrame, interp: interp)
      var stack: [PyIteratorObject] = [first]
      return .object(
        PyGeneratorExpression(qualname: qualname) { interp in
          try interp.withFrame(frame) { () throws -> PyValue? in
            outer: while let top = stack.last {
              guard let v = try top.next(interp) else {
                stack.removeLast()
                continue
              }
              try interp.tick()
              let level = levels[stack.count - 1]
              try level.store(frame, v)
              for c in level.ifs where !(try c(frame)) { continue outer }
              if stack.count == levels.count { return try element(frame) }
              stack.append(try interp.iterator(try levels[stack.count].iter!(frame)))
            }
            return nil
          }
        })
    }
  }
}
