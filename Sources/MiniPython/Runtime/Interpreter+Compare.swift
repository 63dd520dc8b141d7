extension Interpreter {
  static let richNames: [ComparisonOperator: (String, String)] = [
    .eq: ("__eq__", "__eq__"), .notEq: ("__ne__", "__ne__"), .lt: ("__lt__", "__gt__"),
    .ltE: ("__le__", "__ge__"), .gt: ("__gt__", "__lt__"), .gtE: ("__ge__", "__le__"),
  ]

  /// `a op b` for comparison operators; rich comparison hooks may return any value.
  public func compare(_ op: ComparisonOperator, _ a: PyValue, _ b: PyValue) throws -> PyValue {
    switch op {
    case .is: return .bool(a.isIdentical(to: b))
    case .isNot: return .bool(!a.isIdentical(to: b))
    case .in: return .bool(try contains(b, a))
    case .notIn: return .bool(!(try contains(b, a)))
    case .eq, .notEq, .lt, .ltE, .gt, .gtE: break
    }
    if let x = Operators.number(a), let y = Operators.number(b) {
      return .bool(Interpreter.compareNumbers(op, x, y))
    }
    if case .str(let x) = a, case .str(let y) = b { return .bool(Interpreter.compareOrdered(op, x, y)) }
    if op == .eq || op == .notEq, a.isComplex || b.isComplex, let x = a.complexParts, let y = b.complexParts {
      var same = x.real == y.real && x.imag == y.imag
      // An int operand compares exactly with the real part, as CPython's `complex_richcompare`.
      if case .int(let i) = a { same = y.imag == 0 && Operators.compareFloatInt(y.real, i) == 0 }
      if case .int(let i) = b { same = x.imag == 0 && Operators.compareFloatInt(x.real, i) == 0 }
      return .bool(same == (op == .eq))
    }
    let (name, reflected) = Interpreter.richNames[op]!
    let ta = a.type
    let tb = b.type
    if ta !== tb, tb.isSubtype(of: ta), let h = hook(tb, reflected) {
      let r = try call(h, Arguments([b, a]))
      if !isNotImplemented(r) { return r }
    }
    if let h = hook(ta, name) {
      let r = try call(h, Arguments([a, b]))
      if !isNotImplemented(r) { return r }
    } else if op == .notEq, let h = hook(ta, "__eq__") {
      let r = try call(h, Arguments([a, b]))
      if !isNotImplemented(r) { return .bool(!(try truthy(r))) }
    }
    if let r = try builtinCompare(op, a, b) { return .bool(r) }
    if ta !== tb, let h = hook(tb, reflected) {
      let r = try call(h, Arguments([b, a]))
      if !isNotImplemented(r) { return r }
    }
    switch op {
    case .eq: return .bool(a.isIdentical(to: b))
    case .notEq: return .bool(!a.isIdentical(to: b))
    default:
      throw PyException.typeError(
        "'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }
  }

  /// `compare` reduced to a truth value.
  public func compareBool(_ op: ComparisonOperator, _ a: PyValue, _ b: PyValue) throws -> Bool {
    let r = try compare(op, a, b)
    if case .bool(let x) = r { return x }
    return try truthy(r)
  }

  /// `a == b` as a Bool.
  public func equals(_ a: PyValue, _ b: PyValue) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.str(let x), .str(let y)): return x == y
    case (.object(let x), .object(let y)) where x === y: return true
    default: return try compareBool(.eq, a, b)
    }
  }

  static func compareNumbers(_ op: ComparisonOperator, _ x: Operators.Number, _ y: Operators.Number) -> Bool {
    switch (x, y) {
    case (.int(let i), .int(let j)): return Operators.compareInts(op, i, j)
    case (.int(let i), .float(let d)):
      guard let c = Operators.compareFloatInt(d, i) else { return op == .notEq }
      return compareOrdered(op, 0, c)
    case (.float(let d), .int(let j)):
      guard let c = Operators.compareFloatInt(d, j) else { return op == .notEq }
      return compareOrdered(op, c, 0)
    case (.float(let d), .float(let e)): return compareOrdered(op, d, e)
    }
  }

  static func compareOrdered<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
    switch op {
    case .eq: return x == y
    case .notEq: return x != y
    case .lt: return x < y
    case .ltE: return x <= y
    case .gt: return x > y
    case .gtE: return x >= y
    case .is, .isNot, .in, .notIn: return false
    }
  }

  /// Comparisons of built-in containers; nil when the types do not support `op`.
  func builtinCompare(_ op: ComparisonOperator, _ a: PyValue, _ b: PyValue) throws -> Bool? {
    guard case .object(let x) = a, case .object(let y) = b else {
      if op == .eq || op == .notEq {
        let same: Bool
        switch (a, b) {
        case (.none, .none): same = true
        default: same = false
        }
        if case .object = a { return nil }
        if case .object = b { return nil }
        return op == .eq ? same : !same
      }
      return nil
    }
    if let l = x as? PyList, let r = y as? PyList { return try compareSequences(op, l.items, r.items) }
    if let l = x as? PyTuple, let r = y as? PyTuple { return try compareSequences(op, l.items, r.items) }
    if let l = x as? PyBytes, let r = y as? PyBytes {
      return Interpreter.compareOrdered(op, l.bytes.lexicographicallyPrecedes(r.bytes) ? 0 : (l.bytes == r.bytes ? 1 : 2), 1)
    }
    if op == .eq || op == .notEq {
      var same: Bool?
      if let l = x as? PyDict, let r = y as? PyDict {
        var eq = l.count == r.count
        if eq {
          for (k, v) in l.items {
            guard let w = r[try key(k)], try equals(v, w) else {
              eq = false
              break
            }
          }
        }
        same = eq
      } else if let l = x as? PySet, let r = y as? PySet {
        same = l.count == r.count && l.storage.keys.allSatisfy { r.contains($0) }
      } else if let l = x as? PyRange, let r = y as? PyRange {
        same = l.count == r.count && (l.count == 0 || (l.start == r.start && (l.count == 1 || l.step == r.step)))
      } else if let l = x as? PyDictView, let r = y as? PyDictView, l.kind == .keys, r.kind == .keys {
        same = l.target.count == r.target.count && l.target.index.keys.allSatisfy { r.target.index[$0] != nil }
      }
      if let s = same { return op == .eq ? s : !s }
      return nil
    }
    if let l = x as? PySet, let r = y as? PySet {
      let sub = l.storage.keys.allSatisfy { r.contains($0) }
      let sup = r.storage.keys.allSatisfy { l.contains($0) }
      switch op {
      case .lt: return sub && l.count < r.count
      case .ltE: return sub
      case .gt: return sup && l.count > r.count
      case .gtE: return sup
      default: return nil
      }
    }
    return nil
  }

  func compareSequences(_ op: ComparisonOperator, _ a: [PyValue], _ b: [PyValue]) throws -> Bool {
    nestingDepth += 1
    defer { nestingDepth -= 1 }
    if nestingDepth > limits.recursionLimit {
      throw PyException(ExceptionTypes.recursionError, "maximum recursion depth exceeded in comparison")
    }
    var i = 0
    while i < a.count && i < b.count {
      if !(try equals(a[i], b[i])) {
        if op == .eq { return false }
        if op == .notEq { return true }
        return try compareBool(op, a[i], b[i])
      }
      i += 1
    }
    return Interpreter.compareOrdered(op, a.count, b.count)
  }

  /// `item in container`.
  public func contains(_ container: PyValue, _ item: PyValue) throws -> Bool {
    if case .object(let o) = container, let h = pythonHook(o, "__contains__") {
      return try truthy(try call(h, Arguments([container, item])))
    }
    return try builtinContains(container, item)
  }

  /// `item in container` as the built-in classes test it (`dict.__contains__`).
  func builtinContains(_ container: PyValue, _ item: PyValue) throws -> Bool {
    switch container {
    case .str(let s):
      guard case .str(let sub) = item else {
        throw PyException.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
      }
      return sub.isEmpty || s.contains(sub)
    case .object(let o):
      // Identity first, as CPython's PyObject_RichCompare in containment (`nan in [nan]`).
      if let l = o as? PyList { return try l.items.contains { try $0.isIdentical(to: item) || equals($0, item) } }
      if let t = o as? PyTuple { return try t.items.contains { try $0.isIdentical(to: item) || equals($0, item) } }
      if let d = o as? PyDict { return d[try key(item)] != nil }
      if let s = o as? PySet { return s.contains(try key(item)) }
      if let r = o as? PyRange {
        guard case .int(let i) = item else { return try iterContains(container, item) }
        if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
        return (i - r.start) % r.step == 0
      }
      if let v = o as? PyDictView, v.kind == .keys { return v.target[try key(item)] != nil }
      if let h = hook(o.type, "__contains__") { return try truthy(try call(h, Arguments([container, item]))) }
      return try iterContains(container, item)
    case .none, .bool, .int, .float:
      throw PyException.typeError("argument of type '\(container.typeName)' is not iterable")
    }
  }

  func iterContains(_ container: PyValue, _ item: PyValue) throws -> Bool {
    guard let o = container.object, isIterable(o) else {
      throw PyException.typeError("argument of type '\(container.typeName)' is not iterable")
    }
    let it = try iterator(container)
    while let v = try it.next(self) {
      if try equals(v, item) { return true }
    }
    return false
  }
}
