/// The `__class__` cell of a class body: methods compiled in it find their class for `super()`.
final class ClassCell {
  var type: PyType?
}

extension Compiler {
  func childQualname(_ name: String) -> String {
    switch scope.kind {
    case .module: return name
    case .classBody: return scope.qualname + "." + name
    case .function, .comprehension: return scope.qualname + ".<locals>." + name
    }
  }

  /// Compiles a function body in a new scope.
  func compileFunctionCode(name: String, args a: FunctionArguments, body: [Stmt], isLambda: Bool, at loc: SourceLocation)
    throws(SyntaxErrorInfo) -> FunctionCode
  {
    let qualname = childQualname(name)
    let fs = Scope(kind: .function, parent: scope, qualname: qualname)
    let positional = (a.posOnly + a.args).map(\.name)
    for n in positional { fs.addLocal(n) }
    let varargSlot = a.vararg.map { fs.addLocal($0.name) }
    for p in a.kwOnly { fs.addLocal(p.name) }
    let kwargSlot = a.kwarg.map { fs.addLocal($0.name) }
    var names: [String] = []
    var globalsDeclared = Set<String>()
    var nonlocalsDeclared = Set<String>()
    LocalNames.collect(body, into: &names, globals: &globalsDeclared, nonlocals: &nonlocalsDeclared)
    for n in globalsDeclared.union(nonlocalsDeclared) where positional.contains(n) {
      throw syntaxError("name '\(n)' is parameter and \(globalsDeclared.contains(n) ? "global" : "nonlocal")", loc)
    }
    fs.declaredGlobal = globalsDeclared
    fs.declaredNonlocal = nonlocalsDeclared
    for n in names where !globalsDeclared.contains(n) && !nonlocalsDeclared.contains(n) { fs.addLocal(n) }
    var doc: String?
    if !isLambda, case .expr(let e)? = body.first?.kind, case .constant(.str(let d)) = e.kind { doc = d }
    let info = CodeInfo(name: name, file: file, firstLine: loc.line, isModule: false)
    let saved = (scope, loopDepth, functionDepth)
    scope = fs
    loopDepth = 0
    functionDepth += 1
    defer { (scope, loopDepth, functionDepth) = saved }
    let compiledBody = try compileBlock(body)
    let code = FunctionCode(
      info: info, qualname: qualname, positionalNames: positional, positionalOnlyCount: a.posOnly.count,
      kwOnlyNames: a.kwOnly.map(\.name), varargSlot: varargSlot, kwargSlot: kwargSlot, slotCount: fs.slotCount, doc: doc)
    code.body = compiledBody
    code.isGenerator = fs.isGenerator
    return code
  }

  func compileDefaults(_ a: FunctionArguments) throws(SyntaxErrorInfo) -> (Frame) throws -> ([PyValue], [String: PyValue]) {
    let defaults = try compileExprs(a.defaults)
    var kw: [(String, Eval)] = []
    for (p, d) in zip(a.kwOnly, a.kwDefaults) {
      if let d { kw.append((p.name, try compileExpr(d))) }
    }
    return { f in
      var dv: [PyValue] = []
      for d in defaults { dv.append(try d(f)) }
      var kv: [String: PyValue] = [:]
      for (n, e) in kw { kv[n] = try e(f) }
      return (dv, kv)
    }
  }

  func compileFunctionDef(name: String, args: FunctionArguments, body: [Stmt], decorators: [Expr], at loc: SourceLocation)
    throws(SyntaxErrorInfo) -> Exec
  {
    let decs = try compileExprs(decorators)
    let defaults = try compileDefaults(args)
    let code = try compileFunctionCode(name: name, args: args, body: body, isLambda: false, at: loc)
    let store = storeName(name)
    let globals = self.globals
    let cell = classCells.last
    return { f in
      var decorators: [PyValue] = []
      for d in decs { decorators.append(try d(f)) }
      let (dv, kv) = try defaults(f)
      let fn = PyFunction(code: code, defaults: dv, kwDefaults: kv, closure: f.closureFrame, globals: globals)
      fn.classCell = cell
      var value = PyValue.object(fn)
      for d in decorators.reversed() { value = try f.interp.call(d, Arguments([value])) }
      try store(f, value)
      return .normal
    }
  }

  func compileLambda(_ args: FunctionArguments, _ body: Expr, at loc: SourceLocation) throws(SyntaxErrorInfo) -> Eval {
    let defaults = try compileDefaults(args)
    let ret = Stmt(kind: .return(body), location: loc)
    let code = try compileFunctionCode(name: "<lambda>", args: args, body: [ret], isLambda: true, at: loc)
    let globals = self.globals
    return { f in
      let (dv, kv) = try defaults(f)
      return .object(PyFunction(code: code, defaults: dv, kwDefaults: kv, closure: f.closureFrame, globals: globals))
    }
  }

  func compileClassDef(name: String, bases: [Expr], keywords: [KeywordArgument], body: [Stmt], decorators: [Expr],
                       at loc: SourceLocation) throws(SyntaxErrorInfo) -> Exec
  {
    let decs = try compileExprs(decorators)
    let baseEvals = try compileSequence(bases)
    var kwEvals: [(String, Eval)] = []
    for k in keywords {
      guard let n = k.name else { throw syntaxError("class keyword unpacking is not supported", loc) }
      kwEvals.append((n, try compileExpr(k.value)))
    }
    let qualname = childQualname(name)
    let cs = Scope(kind: .classBody, parent: scope, qualname: qualname)
    var globalsDeclared = Set<String>()
    var nonlocalsDeclared = Set<String>()
    var names: [String] = []
    LocalNames.collect(body, into: &names, globals: &globalsDeclared, nonlocals: &nonlocalsDeclared)
    cs.declaredGlobal = globalsDeclared
    cs.declaredNonlocal = nonlocalsDeclared
    let info = CodeInfo(name: name, file: file, firstLine: loc.line, isModule: false)
    let store = storeName(name)
    let cell = ClassCell()
    let saved = (scope, loopDepth, functionDepth)
    scope = cs
    loopDepth = 0
    classCells.append(cell)
    defer {
      (scope, loopDepth, functionDepth) = saved
      classCells.removeLast()
    }
    let compiledBody = try compileBlock(body)
    let moduleName = globals.name
    var doc: String?
    if case .expr(let e)? = body.first?.kind, case .constant(.str(let d)) = e.kind { doc = d }
    return { f in
      let interp = f.interp
      var decorators: [PyValue] = []
      for d in decs { decorators.append(try d(f)) }
      let baseValues = try baseEvals(f)
      var kws: [(name: String, value: PyValue)] = []
      for (n, e) in kwEvals { kws.append((n, try e(f))) }
      let ns = PyDict()
      ns["__module__"] = .str(moduleName)
      ns["__qualname__"] = .str(qualname)
      if let doc { ns["__doc__"] = .str(doc) }
      let frame = Frame(code: info, slotCount: 0, parent: f.closureFrame, interp: interp)
      frame.classNamespace = ns
      try interp.withFrame(frame) { _ = try compiledBody(frame) }
      let type = try interp.makeClass(name: name, bases: baseValues, namespace: ns, keywords: kws)
      cell.type = type
      var value = PyValue.object(type)
      for d in decorators.reversed() { value = try interp.call(d, Arguments([value])) }
      try store(f, value)
      return .normal
    }
  }
}
