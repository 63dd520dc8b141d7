extension Compiler {
  /// Compiles an assignment target.
  func compileStore(_ target: Expr) throws(SyntaxErrorInfo) -> Store {
    switch target.kind {
    case .name(let name):
      return storeName(name)
    case .attribute(let objExpr, let name):
      let o = try compileExpr(objExpr)
      return { f, v in try f.interp.setAttribute(try o(f), name, v) }
    case .subscript(let objExpr, let keyExpr):
      let o = try compileExpr(objExpr)
      let k = try compileExpr(keyExpr)
      return { f, v in
        let obj = try o(f)
        let key = try k(f)
        if case .object(let co) = obj, let l = co as? PyList, co.type === BuiltinTypes.list, case .int(let n) = key {
          let j = n < 0 ? n + l.items.count : n
          if j >= 0 && j < l.items.count {
            l.items[j] = v
            return
          }
        }
        try f.interp.setItem(obj, key, v)
      }
    case .tuple(let items), .list(let items):
      return try compileUnpack(items, at: target.location)
    case .starred:
      throw syntaxError("starred assignment target must be in a list or tuple", target.location)
    case .boolOp, .namedExpr, .binOp, .unaryOp, .lambda, .ifExp, .dict, .set, .listComp, .setComp, .dictComp,
      .generatorExp, .yield, .yieldFrom, .compare, .call, .formattedValue, .joinedStr, .constant, .slice:
      throw syntaxError("cannot assign to expression", target.location)
    }
  }

  func storeName(_ name: String) -> Store {
    let r: Scope.Resolution
    switch scope.kind {
    case .module:
      r = .global
    case .classBody:
      if scope.isDeclaredGlobal(name) {
        r = .global
      } else if scope.isDeclaredNonlocal(name) {
        r = scope.resolveOutward(name, depth: 1)
      } else {
        return { f, v in f.classNamespace?[name] = v }
      }
    case .function, .comprehension:
      r = scope.resolve(name)
    }
    switch r {
    case .local(let slot):
      return { f, v in f.slots[slot] = v }
    case .enclosing(let depth, let slot):
      return { f, v in f.ancestor(depth).slots[slot] = v }
    case .global, .classBody:
      let cell = globals.cell(name)
      return { _, v in cell.value = v }
    }
  }

  func compileUnpack(_ items: [Expr], at loc: SourceLocation) throws(SyntaxErrorInfo) -> Store {
    var stores: [Store] = []
    var starIndex: Int?
    for (i, item) in items.enumerated() {
      if case .starred(let inner) = item.kind {
        if starIndex != nil { throw syntaxError("multiple starred expressions in assignment", item.location) }
        starIndex = i
        stores.append(try compileStore(inner))
      } else {
        stores.append(try compileStore(item))
      }
    }
    let n = items.count
    return { f, v in
      let values: [PyValue]
      if case .object(let o) = v, let t = o as? PyTuple, o.type.isImmutable {
        values = t.items
      } else if case .object(let o) = v, let l = o as? PyList, o.type.isImmutable {
        values = l.items
      } else {
        values = try f.interp.unpackIterable(v, expected: starIndex == nil ? n : nil)
      }
      if let s = starIndex {
        if values.count < n - 1 {
          throw PyException.valueError("not enough values to unpack (expected at least \(n - 1), got \(values.count))")
        }
        for i in 0..<s { try stores[i](f, values[i]) }
        let restCount = values.count - (n - 1)
        try stores[s](f, .list(Array(values[s..<s + restCount])))
        for i in (s + 1)..<n { try stores[i](f, values[i - 1 + restCount]) }
        return
      }
      if values.count != n {
        if values.count > n { throw PyException.valueError("too many values to unpack (expected \(n))") }
        throw PyException.valueError("not enough values to unpack (expected \(n), got \(values.count))")
      }
      for i in 0..<n { try stores[i](f, values[i]) }
    }
  }

  /// Compiles `del target`.
  func compileDelete(_ target: Expr, ignoreUnbound: Bool = false) throws(SyntaxErrorInfo) -> (Frame) throws -> Void {
    switch target.kind {
    case .name(let name):
      let load = compileLoad(name)
      let r: Scope.Resolution = scope.kind == .module ? .global : scope.resolve(name)
      let globals = self.globals
      return { f in
        if !ignoreUnbound { _ = try load(f) }
        switch r {
        case .local(let s): f.slots[s] = nil
        case .enclosing(let d, let s): f.ancestor(d).slots[s] = nil
        case .global: globals.cells[name]?.value = nil
        case .classBody: f.classNamespace?.remove(PyKey(.str(name)))
        }
      }
    case .attribute(let objExpr, let name):
      let o = try compileExpr(objExpr)
      return { f in try f.interp.deleteAttribute(try o(f), name) }
    case .subscript(let objExpr, let keyExpr):
      let o = try compileExpr(objExpr)
      let k = try compileExpr(keyExpr)
      return { f in try f.interp.deleteItem(try o(f), try k(f)) }
    case .tuple(let items), .list(let items):
      var dels: [(Frame) throws -> Void] = []
      for i in items { dels.append(try compileDelete(i)) }
      return { f in for d in dels { try d(f) } }
    case .boolOp, .namedExpr, .binOp, .unaryOp, .lambda, .ifExp, .dict, .set, .listComp, .setComp, .dictComp,
      .generatorExp, .yield, .yieldFrom, .compare, .call, .formattedValue, .joinedStr, .constant, .slice, .starred:
      throw syntaxError("cannot delete expression", target.location)
    }
  }
}
