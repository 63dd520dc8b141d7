/// Compile-time scope: which names are locals (and their slots), globals or free.
final class Scope {
  enum Kind { case module, function, classBody, comprehension }
  let kind: Kind
  let parent: Scope?
  var slots: [String: Int] = [:]
  var declaredGlobal: Set<String> = []
  var declaredNonlocal: Set<String> = []
  /// Names assigned in a class body (looked up in the class namespace first).
  var classNames: Set<String> = []
  let qualname: String
  /// A function scope containing `yield` (a generator function).
  var isGenerator = false

  init(kind: Kind, parent: Scope?, qualname: String) {
    self.kind = kind
    self.parent = parent
    self.qualname = qualname
  }

  var slotCount: Int { slots.count }

  @discardableResult func addLocal(_ name: String) -> Int {
    if let s = slots[name] { return s }
    let s = slots.count
    slots[name] = s
    return s
  }

  /// Where a name lives, seen from this scope.
  enum Resolution {
    case local(Int)
    case enclosing(depth: Int, slot: Int)
    case global
    /// A class body name: class namespace first, then `fallback`.
    case classBody(fallback: Box)
  }

  final class Box {
    let resolution: Resolution
    init(_ r: Resolution) { resolution = r }
  }

  func resolve(_ name: String) -> Resolution {
    switch kind {
    case .module:
      return .global
    case .classBody:
      if isDeclaredGlobal(name) { return .global }
      return .classBody(fallback: Box(resolveOutward(name, depth: 1)))
    case .function, .comprehension:
      if isDeclaredGlobal(name) { return .global }
      if !isDeclaredNonlocal(name), let s = slots[name] { return .local(s) }
      return resolveOutward(name, depth: 1)
    }
  }

  // `global` and `nonlocal` are rare: skip hashing the name when none was declared (a Set
  // hashes its argument even when empty).
  func isDeclaredGlobal(_ name: String) -> Bool { !declaredGlobal.isEmpty && declaredGlobal.contains(name) }
  func isDeclaredNonlocal(_ name: String) -> Bool { !declaredNonlocal.isEmpty && declaredNonlocal.contains(name) }

  /// Resolves in the enclosing function scopes, skipping class bodies.
  func resolveOutward(_ name: String, depth: Int) -> Resolution {
    var s = parent
    var d = depth
    while let scope = s {
      switch scope.kind {
      case .module:
        return .global
      case .classBody:
        s = scope.parent
        continue
      case .function, .comprehension:
        if scope.isDeclaredGlobal(name) { return .global }
        if !scope.isDeclaredNonlocal(name), let slot = scope.slots[name] {
          return .enclosing(depth: d, slot: slot)
        }
        d += 1
        s = scope.parent
      }
    }
    return .global
  }
}

/// Collects the names a function body binds (its locals), CPython's symtable pass.
enum LocalNames {
  static func collect(_ body: [Stmt], into names: inout [String], globals: inout Set<String>, nonlocals: inout Set<String>) {
    for s in body { collect(s, &names, &globals, &nonlocals) }
  }

  static func add(_ n: String, _ names: inout [String]) {
    if !names.contains(n) { names.append(n) }
  }

  static func target(_ e: Expr, _ names: inout [String]) {
    switch e.kind {
    case .name(let n): add(n, &names)
    case .tuple(let items), .list(let items): for i in items { target(i, &names) }
    case .starred(let inner): target(inner, &names)
    case .attribute, .subscript: break
    case .boolOp, .namedExpr, .binOp, .unaryOp, .lambda, .ifExp, .dict, .set, .listComp, .setComp, .dictComp,
      .generatorExp, .yield, .yieldFrom, .compare, .call, .formattedValue, .joinedStr, .constant, .slice:
      break
    }
  }

  static func collect(_ s: Stmt, _ names: inout [String], _ globals: inout Set<String>, _ nonlocals: inout Set<String>) {
    switch s.kind {
    case .functionDef(let name, _, _, _), .classDef(let name, _, _, _, _):
      add(name, &names)
    case .assign(let targets, let value):
      for t in targets { target(t, &names) }
      walrus(value, &names)
    case .augAssign(let t, _, _), .annAssign(let t, _, _):
      target(t, &names)
    case .for(let t, _, let body, let orelse):
      target(t, &names)
      collect(body, into: &names, globals: &globals, nonlocals: &nonlocals)
      collect(orelse, into: &names, globals: &globals, nonlocals: &nonlocals)
    case .while(let test, let body, let orelse):
      walrus(test, &names)
      collect(body, into: &names, globals: &globals, nonlocals: &nonlocals)
      collect(orelse, into: &names, globals: &globals, nonlocals: &nonlocals)
    case .if(let test, let body, let orelse):
      walrus(test, &names)
      collect(body, into: &names, globals: &globals, nonlocals: &nonlocals)
      collect(orelse, into: &names, globals: &globals, nonlocals: &nonlocals)
    case .with(let items, let body):
      for i in items { if let v = i.optionalVars { target(v, &names) } }
      collect(body, into: &names, globals: &globals, nonlocals: &nonlocals)
    case .try(let body, let handlers, let orelse, let finalbody):
      collect(body, into: &names, globals: &globals, nonlocals: &nonlocals)
      for h in handlers {
        if let n = h.name { add(n, &names) }
        collect(h.body, into: &names, globals: &globals, nonlocals: &nonlocals)
      }
      collect(orelse, into: &names, globals: &globals, nonlocals: &nonlocals)
      collect(finalbody, into: &names, globals: &globals, nonlocals: &nonlocals)
    case .import(let aliases):
      for a in aliases { add(a.asName ?? String(a.name.split(separator: ".")[0]), &names) }
    case .importFrom(_, let aliases, _):
      for a in aliases where a.name != "*" { add(a.asName ?? a.name, &names) }
    case .delete(let targets):
      for t in targets { target(t, &names) }
    case .global(let ns):
      globals.formUnion(ns)
    case .nonlocal(let ns):
      nonlocals.formUnion(ns)
    case .expr(let e), .return(.some(let e)):
      walrus(e, &names)
    case .return(nil), .raise, .assert, .pass, .break, .continue:
      break
    }
  }

  /// Names bound by `:=` anywhere in an expression (not inside lambdas).
  static func walrus(_ e: Expr, _ names: inout [String]) {
    var stack = [e]
    while let x = stack.popLast() {
      if case .namedExpr(let t, _) = x.kind { add(t, &names) }
      if case .lambda = x.kind { continue }
      x.forEachChild { stack.append($0) }
    }
  }
}
