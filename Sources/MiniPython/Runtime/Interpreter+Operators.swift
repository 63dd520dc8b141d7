extension Interpreter {
  static let dunder: [BinaryOperator: (String, String, String)] = [
    .add: ("__add__", "__radd__", "__iadd__"), .sub: ("__sub__", "__rsub__", "__isub__"),
    .mult: ("__mul__", "__rmul__", "__imul__"), .matMult: ("__matmul__", "__rmatmul__", "__imatmul__"),
    .div: ("__truediv__", "__rtruediv__", "__itruediv__"), .mod: ("__mod__", "__rmod__", "__imod__"),
    .pow: ("__pow__", "__rpow__", "__ipow__"), .lShift: ("__lshift__", "__rlshift__", "__ilshift__"),
    .rShift: ("__rshift__", "__rrshift__", "__irshift__"), .bitOr: ("__or__", "__ror__", "__ior__"),
    .bitXor: ("__xor__", "__rxor__", "__ixor__"), .bitAnd: ("__and__", "__rand__", "__iand__"),
    .floorDiv: ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
  ]

  /// `a op b` with Python semantics, dispatching to `__op__`/`__rop__` hooks.
  public func binary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws -> PyValue {
    if let r = try Operators.numeric(op, a, b) { return r }
    let (name, rname, _) = Interpreter.dunder[op]!
    let ta = a.type
    let tb = b.type
    let ha = hook(ta, name)
    let hb = ta === tb ? nil : hook(tb, rname)
    if let hb, tb.isSubtype(of: ta), tb !== ta {
      let r = try call(hb, Arguments([b, a]))
      if !isNotImplemented(r) { return r }
    }
    if let ha {
      let r = try call(ha, Arguments([a, b]))
      if !isNotImplemented(r) { return r }
    }
    if let r = try builtinBinary(op, a, b) { return r }
    if let hb {
      let r = try call(hb, Arguments([b, a]))
      if !isNotImplemented(r) { return r }
    }
    throw binaryTypeError(op, a, b)
  }

  func binaryTypeError(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) -> PyException {
    if op == .add, case .str = a {
      return PyException.typeError("can only concatenate str (not \"\(b.typeName)\") to str")
    }
    if op == .add, let l = a.object, l is PyList || l is PyTuple, b.object?.type !== l.type {
      return PyException.typeError("can only concatenate \(a.typeName) (not \"\(b.typeName)\") to \(a.typeName)")
    }
    if op == .mult, isSequence(a) || isSequence(b) {
      let other = isSequence(a) ? b : a
      if !(isSequence(a) && isSequence(b)) || true {
        return PyException.typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
      }
    }
    let sym = op == .pow ? "** or pow()" : op.rawValue
    return PyException.typeError("unsupported operand type(s) for \(sym): '\(a.typeName)' and '\(b.typeName)'")
  }

  func isSequence(_ v: PyValue) -> Bool {
    switch v {
    case .str: return true
    case .object(let o): return o is PyList || o is PyTuple || o is PyBytes
    case .none, .bool, .int, .float: return false
    }
  }

  func isNotImplemented(_ v: PyValue) -> Bool {
    if case .object(let o) = v { return o.type === BuiltinTypes.notImplementedType }
    return false
  }

  /// Operators of built-in non-numeric types: str/list/tuple concatenation and repetition,
  /// `%` formatting, set algebra, dict union, complex arithmetic.
  func builtinBinary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws -> PyValue? {
    switch (a, b) {
    case (.str(let x), .str(let y)) where op == .add:
      try checkSize(x.utf8.count + y.utf8.count)
      return .str(x + y)
    case (.str(let s), _) where op == .mod:
      return .str(try percentFormat(s, b))
    case (.str(let s), _) where op == .mult:
      guard let n = repeatCount(b) else { return nil }
      try checkRepeatSize(s.utf8.count, n)
      return .str(n <= 0 ? "" : String(repeating: s, count: n))
    case (_, .str(let s)) where op == .mult:
      guard let n = repeatCount(a) else { return nil }
      try checkRepeatSize(s.utf8.count, n)
      return .str(n <= 0 ? "" : String(repeating: s, count: n))
    default: break
    }
    guard let x = a.object ?? b.object else { return nil }
    if a.isComplex || b.isComplex { return try complexBinary(op, a, b) }
    if op == .mult {
      let (seq, count) = x === a.object ? (x, b) : (x, a)
      if let n = repeatCount(count) {
        if let l = seq as? PyList {
          try checkRepeatSize(l.items.count, n)
          return .list(Array([[PyValue]](repeating: l.items, count: max(n, 0)).joined()))
        }
        if let t = seq as? PyTuple {
          try checkRepeatSize(t.items.count, n)
          return .tuple(Array([[PyValue]](repeating: t.items, count: max(n, 0)).joined()))
        }
        if let b = seq as? PyBytes {
          try checkRepeatSize(b.bytes.count, n)
          return .object(PyBytes(Array([[UInt8]](repeating: b.bytes, count: max(n, 0)).joined())))
        }
      }
      return nil
    }
    guard case .object(let l) = a, case .object(let r) = b else { return nil }
    switch op {
    case .add:
      if let p = l as? PyList, let q = r as? PyList {
        try checkSize(p.items.count + q.items.count)
        return .list(p.items + q.items)
      }
      if let p = l as? PyTuple, let q = r as? PyTuple { return .tuple(p.items + q.items) }
      if let p = l as? PyBytes, let q = r as? PyBytes { return .object(PyBytes(p.bytes + q.bytes)) }
    case .bitOr, .bitAnd, .sub, .bitXor:
      if let p = l as? PySet, let q = r as? PySet { return .object(setAlgebra(op, p, q)) }
      if l is PyDictView || r is PyDictView, let p = try setOperand(a), let q = try setOperand(b) {
        return .object(setAlgebra(op, p, q))
      }
      if op == .bitOr, let p = l as? PyDict, let q = r as? PyDict {
        let d = PyDict()
        for (k, v) in p.items { d[try key(k)] = v }
        for (k, v) in q.items { d[try key(k)] = v }
        return .object(d)
      }
    default: break
    }
    return nil
  }

  /// `checkSize` for `count` elements repeated `n` times, without an overflow trap.
  func checkRepeatSize(_ count: Int, _ n: Int) throws {
    let (total, overflow) = count.multipliedReportingOverflow(by: max(n, 0))
    try checkSize(overflow ? .max : total)
  }

  /// A dict keys or items view, or a set, as a set (the set operators of views); nil otherwise.
  func setOperand(_ v: PyValue) throws -> PySet? {
    guard case .object(let o) = v else { return nil }
    if let s = o as? PySet { return s }
    guard let view = o as? PyDictView, view.kind != .values else { return nil }
    let s = PySet()
    for e in view.elements { s.insert(try key(e)) }
    return s
  }

  func repeatCount(_ v: PyValue) -> Int? {
    switch v {
    case .int(let n): return n
    case .bool(let b): return b ? 1 : 0
    case .none, .float, .str, .object: return nil
    }
  }

  func setAlgebra(_ op: BinaryOperator, _ p: PySet, _ q: PySet) -> PySet {
    let out = PySet(frozen: p.isFrozen)
    let pk = p.order.compactMap { $0 }
    let qk = q.order.compactMap { $0 }
    switch op {
    case .bitOr: for k in pk + qk { out.insert(k) }
    case .bitAnd: for k in pk where q.contains(k) { out.insert(k) }
    case .sub: for k in pk where !q.contains(k) { out.insert(k) }
    default:
      for k in pk where !q.contains(k) { out.insert(k) }
      for k in qk where !p.contains(k) { out.insert(k) }
    }
    return out
  }

  /// Arithmetic with a `complex` operand (the other a number); nil otherwise, so `//`, `%`
  /// and the bitwise operators raise CPython's `TypeError`.
  func complexBinary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws -> PyValue? {
    guard a.isComplex || b.isComplex, let x = a.complexParts, let y = b.complexParts else { return nil }
    switch op {
    case .add: return .complex(x.real + y.real, x.imag + y.imag)
    case .sub: return .complex(x.real - y.real, x.imag - y.imag)
    case .mult:
      let p = ComplexKernels.product(x, y)
      return .complex(p.real, p.imag)
    case .div: return try ComplexKernels.divide(x, y)
    case .pow: return try ComplexKernels.power(x, y)
    default: return nil
    }
  }

  /// `a op= b`: in place for lists (`+=` extends), otherwise like `binary`.
  public func inplace(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws -> PyValue {
    if case .object(let o) = a {
      if op == .add, let l = o as? PyList {
        let extra = try listOfValues(b)
        try checkSize(l.items.count + extra.count)
        l.items.append(contentsOf: extra)
        return a
      }
      if let h = hook(o.type, Interpreter.dunder[op]!.2) {
        let r = try call(h, Arguments([a, b]))
        if !isNotImplemented(r) { return r }
      }
    }
    return try binary(op, a, b)
  }

  /// `op a` for `-`, `+`, `~`, `not`.
  public func unary(_ op: UnaryOperator, _ a: PyValue) throws -> PyValue {
    switch (op, a) {
    case (.not, _): return .bool(!(try truthy(a)))
    case (.uSub, .int(let i)):
      if i == Int.min { throw Operators.overflow() }
      return .int(-i)
    case (.uSub, .bool(let b)): return .int(b ? -1 : 0)
    case (.uSub, .float(let d)): return .float(-d)
    case (.uAdd, .int), (.uAdd, .float): return a
    case (.uAdd, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
    default: break
    }
    let name: String
    switch op {
    case .uSub: name = "__neg__"
    case .uAdd: name = "__pos__"
    case .invert: name = "__invert__"
    case .not: name = "__bool__"
    }
    if let h = hook(a.type, name) { return try call(h, Arguments([a])) }
    if let c = a.object as? PyComplex {
      if op == .uSub { return .complex(-c.real, -c.imag) }
      if op == .uAdd { return a }
    }
    throw PyException.typeError("bad operand type for unary \(op.rawValue): '\(a.typeName)'")
  }

  /// Python truth value (`bool(v)`).
  public func truthy(_ v: PyValue) throws -> Bool {
    switch v {
    case .none: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .str(let s): return !s.isEmpty
    case .object(let o):
      if let l = o as? PyList { return !l.items.isEmpty }
      if let t = o as? PyTuple { return !t.items.isEmpty }
      if let d = o as? PyDict { return d.count > 0 }
      if let s = o as? PySet { return s.count > 0 }
      if let r = o as? PyRange { return r.count > 0 }
      if let c = o as? PyComplex { return c.real != 0 || c.imag != 0 }
      if let b = o as? PyBytes { return !b.bytes.isEmpty }
      if let v = o as? PyDictView { return v.target.count > 0 }
      if let h = hook(o.type, "__bool__") {
        let r = try call(h, Arguments([v]))
        guard case .bool(let b) = r else {
          throw PyException.typeError("__bool__ should return bool, returned \(r.typeName)")
        }
        return b
      }
      if let h = hook(o.type, "__len__") {
        let r = try call(h, Arguments([v]))
        return try index(r) != 0
      }
      return o.type !== BuiltinTypes.noneType
    }
  }
}
