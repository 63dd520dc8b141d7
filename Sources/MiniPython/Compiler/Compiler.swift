/// Compiles the syntax tree into Swift closures with names resolved to slots and cells.
final class Compiler {
  let interp: Interpreter
  let globals: PyModule
  let file: String
  var scope: Scope
  var loopDepth = 0
  var functionDepth = 0
  var classCells: [ClassCell] = []
  /// 'single' mode: module-level expression statements print their value (doctest, REPL).
  var interactive = false

  init(interp: Interpreter, globals: PyModule, file: String) {
    self.interp = interp
    self.globals = globals
    self.file = file
    scope = Scope(kind: .module, parent: nil, qualname: "")
  }

  func syntaxError(_ message: String, _ loc: SourceLocation) -> SyntaxErrorInfo {
    var e = SyntaxErrorInfo(message, at: loc)
    e.display = .locationOnly
    return e
  }

  /// Compiles a module body; the result runs in a module frame.
  func compileModule(_ body: [Stmt]) throws(SyntaxErrorInfo) -> Exec {
    var codes: [Exec] = []
    for s in body { codes.append(try compileBlock([s])) }
    // Generators freed by a statement are closed before the next one runs (their `finally`
    // output comes where CPython prints it for top-level code).
    return { f in
      for c in codes {
        let r = try c(f)
        if !f.interp.pendingFinalizers.isEmpty { try f.interp.runFinalizers() }
        if case .normal = r { continue }
        return r
      }
      return .normal
    }
  }

  /// Compiles a statement list, setting the frame's line before each statement.
  func compileBlock(_ stmts: [Stmt]) throws(SyntaxErrorInfo) -> Exec {
    var codes: [Exec] = []
    var lines: [Int] = []
    for s in stmts {
      codes.append(try compileStatement(s))
      lines.append(s.location.line)
    }
    switch codes.count {
    case 0:
      return { _ in .normal }
    case 1:
      let c = codes[0]
      let l = lines[0]
      return { f in
        f.line = l
        return try c(f)
      }
    default:
      return { f in
        for i in codes.indices {
          f.line = lines[i]
          let r = try codes[i](f)
          if case .normal = r { continue }
          return r
        }
        return .normal
      }
    }
  }

  func compileStatement(_ s: Stmt) throws(SyntaxErrorInfo) -> Exec {
    let loc = s.location
    switch s.kind {
    case .expr(let e):
      let ev = try compileExpr(e)
      if interactive && scope.kind == .module {
        return { f in
          try f.interp.displayHook(try ev(f))
          return .normal
        }
      }
      return { f in
        _ = try ev(f)
        return .normal
      }
    case .assign(let targets, let value):
      let v = try compileExpr(value)
      let stores = try targets.map { (t) throws(SyntaxErrorInfo) in try compileStore(t) }
      if stores.count == 1 {
        let st = stores[0]
        return { f in
          try st(f, try v(f))
          return .normal
        }
      }
      return { f in
        let x = try v(f)
        for st in stores { try st(f, x) }
        return .normal
      }
    case .augAssign(let target, let op, let value):
      return try compileAugAssign(target, op, value)
    case .annAssign(let target, let annotation, let value):
      // In a class body a simple name's annotation goes to `__annotations__` (dataclasses read it).
      var annotate: ((Frame) throws -> Void)?
      if scope.kind == .classBody, case .name(let name) = target.kind {
        let a = try compileExpr(annotation)
        annotate = { f in
          guard let ns = f.classNamespace else { return }
          let key = PyKey(.str("__annotations__"))
          let table: PyDict
          if case .object(let o)? = ns[key], let d = o as? PyDict {
            table = d
          } else {
            table = PyDict()
            ns[key] = .object(table)
          }
          table[PyKey(.str(name))] = try a(f)
        }
      }
      guard let value else {
        return { f in
          try annotate?(f)
          return .normal
        }
      }
      let v = try compileExpr(value)
      let st = try compileStore(target)
      return { f in
        let x = try v(f)
        try annotate?(f)
        try st(f, x)
        return .normal
      }
    case .pass:
      return { _ in .normal }
    case .break:
      if loopDepth == 0 { throw syntaxError("'break' outside loop", loc) }
      return { _ in .breakLoop }
    case .continue:
      if loopDepth == 0 { throw syntaxError("'continue' not properly in loop", loc) }
      return { _ in .continueLoop }
    case .return(let value):
      if functionDepth == 0 { throw syntaxError("'return' outside function", loc) }
      guard let value else {
        return { f in
          f.returnValue = .none
          return .returnValue
        }
      }
      let v = try compileExpr(value)
      return { f in
        f.returnValue = try v(f)
        return .returnValue
      }
    case .if(let test, let body, let orelse):
      let t = try compileCondition(test)
      let b = try compileBlock(body)
      if orelse.isEmpty {
        return { f in try t(f) ? try b(f) : .normal }
      }
      let o = try compileBlock(orelse)
      return { f in try t(f) ? try b(f) : try o(f) }
    case .while(let test, let body, let orelse):
      return try compileWhile(test, body, orelse)
    case .for(let target, let iter, let body, let orelse):
      return try compileFor(target, iter, body, orelse)
    case .functionDef(let name, let args, let body, let decorators):
      return try compileFunctionDef(name: name, args: args, body: body, decorators: decorators, at: loc)
    case .classDef(let name, let bases, let keywords, let body, let decorators):
      return try compileClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators, at: loc)
    case .delete(let targets):
      let dels = try targets.map { (t) throws(SyntaxErrorInfo) in try compileDelete(t) }
      return { f in
        for d in dels { try d(f) }
        return .normal
      }
    case .global(let names):
      if scope.kind == .module { return { _ in .normal } }
      for n in names where scope.slots[n] != nil && !scope.isDeclaredGlobal(n) {
        throw syntaxError("name '\(n)' is assigned to before global declaration", loc)
      }
      return { _ in .normal }
    case .nonlocal(let names):
      if scope.kind == .module { throw syntaxError("nonlocal declaration not allowed at module level", loc) }
      for n in names {
        if case .global = scope.resolveOutward(n, depth: 1) {
          throw syntaxError("no binding for nonlocal '\(n)' found", loc)
        }
      }
      return { _ in .normal }
    case .assert(let test, let msg):
      let t = try compileCondition(test)
      let m = try msg.map { (e) throws(SyntaxErrorInfo) in try compileExpr(e) }
      return { f in
        if try t(f) { return .normal }
        let args = try m.map { [try $0(f)] } ?? []
        throw PyException(ExceptionTypes.assertionError, args: args)
      }
    case .raise(let exc, let cause):
      return try compileRaise(exc, cause)
    case .try(let body, let handlers, let orelse, let finalbody):
      return try compileTry(body, handlers, orelse, finalbody)
    case .with(let items, let body):
      return try compileWith(items, body)
    case .import(let aliases):
      return try compileImport(aliases)
    case .importFrom(let module, let names, let level):
      return try compileImportFrom(module, names, level, at: loc)
    }
  }

  func compileCondition(_ e: Expr) throws(SyntaxErrorInfo) -> (Frame) throws -> Bool {
    if case .compare(let l, let ops, let rs) = e.kind, ops.count == 1 {
      let lc = try compileExpr(l)
      let rc = try compileExpr(rs[0])
      let op = ops[0]
      return { f in
        let a = try lc(f)
        let b = try rc(f)
        if case .int(let x) = a, case .int(let y) = b { return Operators.compareInts(op, x, y) }
        return try f.interp.compareBool(op, a, b)
      }
    }
    let c = try compileExpr(e)
    return { f in
      let v = try c(f)
      if case .bool(let b) = v { return b }
      return try f.interp.truthy(v)
    }
  }

  func compileWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxErrorInfo) -> Exec {
    let t = try compileCondition(test)
    loopDepth += 1
    let b = try compileBlock(body)
    loopDepth -= 1
    let o = try compileBlock(orelse)
    return { f in
      let interp = f.interp
      while try t(f) {
        try interp.tick()
        switch try b(f) {
        case .normal, .continueLoop: continue
        case .breakLoop: return .normal
        case .returnValue: return .returnValue
        }
      }
      return try o(f)
    }
  }

  func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxErrorInfo) -> Exec {
    let it = try compileExpr(iter)
    let st = try compileStore(target)
    loopDepth += 1
    let b = try compileBlock(body)
    loopDepth -= 1
    let o = try compileBlock(orelse)
    return { f in
      let interp = f.interp
      let seq = try it(f)
      if case .object(let obj) = seq, let r = obj as? PyRange {
        var i = r.start
        while r.step > 0 ? i < r.stop : i > r.stop {
          try interp.tick()
          try st(f, .int(i))
          switch try b(f) {
          case .normal, .continueLoop: break
          case .breakLoop: return .normal
          case .returnValue: return .returnValue
          }
          i += r.step
        }
        return try o(f)
      }
      if case .object(let obj) = seq, let l = obj as? PyList, obj.type === BuiltinTypes.list {
        var i = 0
        while i < l.items.count {
          try interp.tick()
          try st(f, l.items[i])
          i += 1
          switch try b(f) {
          case .normal, .continueLoop: break
          case .breakLoop: return .normal
          case .returnValue: return .returnValue
          }
        }
        return try o(f)
      }
      let iterator = try interp.iterator(seq)
      while let v = try iterator.next(interp) {
        try interp.tick()
        try st(f, v)
        switch try b(f) {
        case .normal, .continueLoop: break
        case .breakLoop: return .normal
        case .returnValue: return .returnValue
        }
      }
      return try o(f)
    }
  }

  func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws(SyntaxErrorInfo) -> Exec {
    let v = try compileExpr(value)
    switch target.kind {
    case .attribute(let objExpr, let name):
      let o = try compileExpr(objExpr)
      return { f in
        let obj = try o(f)
        let cur = try f.interp.getAttribute(obj, name)
        try f.interp.setAttribute(obj, name, try f.interp.inplace(op, cur, try v(f)))
        return .normal
      }
    case .subscript(let objExpr, let keyExpr):
      let o = try compileExpr(objExpr)
      let k = try compileExpr(keyExpr)
      return { f in
        let obj = try o(f)
        let key = try k(f)
        let cur = try f.interp.getItem(obj, key)
        try f.interp.setItem(obj, key, try f.interp.inplace(op, cur, try v(f)))
        return .normal
      }
    default:
      let load = try compileExpr(target)
      let st = try compileStore(target)
      if op == .add {
        return { f in
          let a = try load(f)
          let b = try v(f)
          if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.addingReportingOverflow(y)
            if !o {
              try st(f, .int(r))
              return .normal
            }
          } else if case .float(let x) = a, case .float(let y) = b {
            try st(f, .float(x + y))
            return .normal
          }
          try st(f, try f.interp.inplace(op, a, b))
          return .normal
        }
      }
      return { f in
        let a = try load(f)
        try st(f, try f.interp.inplace(op, a, try v(f)))
        return .normal
      }
    }
  }
}
