extension Interpreter {
  /// `repr(v)` with CPython's spelling (calls `__repr__` of Python and native classes).
  public func repr(_ v: PyValue) throws -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return Repr.float(d)
    case .str(let s): return Repr.string(s)
    case .object(let o): return try reprObject(o, v)
    }
  }

  /// `str(v)` (calls `__str__`, falling back to `repr`).
  public func str(_ v: PyValue) throws -> String {
    switch v {
    case .str(let s): return s
    case .object(let o):
      if let h = hook(o.type, "__str__") { return try stringResult(try call(h, Arguments([v])), "__str__") }
      if let e = o as? PyBaseExceptionObject { return try ExceptionText.message(of: e, interp: self) }
      return try repr(v)
    case .none, .bool, .int, .float: return try repr(v)
    }
  }

  func stringResult(_ r: PyValue, _ method: String) throws -> String {
    guard case .str(let s) = r else {
      throw PyException.typeError("\(method) returned non-string (type \(r.typeName))")
    }
    return s
  }

  /// Guards against infinite recursion in self-containing containers (`[...]`).
  func guarded(_ o: PyObject, placeholder: String, _ body: () throws -> String) throws -> String {
    let id = ObjectIdentifier(o)
    if reprActive.contains(id) { return placeholder }
    if reprActive.count > 500 { throw PyException(ExceptionTypes.recursionError, "maximum recursion depth exceeded while getting the repr of an object") }
    reprActive.insert(id)
    defer { reprActive.remove(id) }
    return try body()
  }

  func reprObject(_ o: PyObject, _ v: PyValue) throws -> String {
    if let h = hook(o.type, "__repr__") { return try stringResult(try call(h, Arguments([v])), "__repr__") }
    return try builtinRepr(o)
  }

  /// The repr of an object as its built-in class makes it (no `__repr__` hook).
  func builtinRepr(_ o: PyObject) throws -> String {
    if let l = o as? PyList {
      return try guarded(o, placeholder: "[...]") { "[" + (try l.items.map(repr).joined(separator: ", ")) + "]" }
    }
    if let t = o as? PyTuple {
      if t.items.count == 1 { return try guarded(o, placeholder: "(...)") { "(" + (try repr(t.items[0])) + ",)" } }
      return try guarded(o, placeholder: "(...)") { "(" + (try t.items.map(repr).joined(separator: ", ")) + ")" }
    }
    if let d = o as? PyDict {
      return try guarded(o, placeholder: "{...}") {
        "{" + (try d.items.map { (try repr($0.key)) + ": " + (try repr($0.value)) }.joined(separator: ", ")) + "}"
      }
    }
    if let s = o as? PySet {
      // A subclass prints its own name: `S({1, 2})`, `S()`.
      let exact = s.type === BuiltinTypes.set || s.type === BuiltinTypes.frozenset
      let name = exact ? (s.isFrozen ? "frozenset" : "set") : s.type.name
      if s.count == 0 { return name + "()" }
      let body = try guarded(o, placeholder: "...") { "{" + (try s.elements.map(repr).joined(separator: ", ")) + "}" }
      return s.isFrozen || !exact ? name + "(" + body + ")" : body
    }
    if let t = o as? PyType {
      let qual: String
      if case .str(let q)? = t.members["__qualname__"] { qual = q } else { qual = t.name }
      return "<class '" + (t.module == "builtins" ? qual : t.module + "." + qual) + "'>"
    }
    if let r = o as? PyRange {
      return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
    }
    if let s = o as? PySlice { return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))" }
    if let e = o as? PyBaseExceptionObject {
      let args = e.args.count == 1 ? "(" + (try repr(e.args[0])) + ")" : try repr(.tuple(e.args))
      return e.type.name + args
    }
    if let f = o as? PyFunction { return "<function \(f.qualname) at \(Repr.address(f))>" }
    if let b = o as? PyBuiltinFunction {
      if let owner = b.ownerName { return "<method '\(b.name)' of '\(owner)' objects>" }
      return "<built-in function \(b.name)>"
    }
    if let m = o as? PyBoundMethod {
      if let b = m.function.object as? PyBuiltinFunction {
        let r = m.receiver
        return "<built-in method \(b.name) of \(r.typeName) object at \(r.object.map(Repr.address) ?? "0x0")>"
      }
      let name = (m.function.object as? PyFunction)?.qualname ?? "?"
      return "<bound method \(name) of \(try repr(m.receiver))>"
    }
    if let m = o as? PyModule {
      return m.isNative ? "<module '\(m.name)' (built-in)>" : "<module '\(m.name)'>"
    }
    if let c = o as? PyComplex { return Repr.complex(c.real, c.imag) }
    if let b = o as? PyBytes { return Repr.bytes(b.bytes) }
    if let dv = o as? PyDictView {
      return try guarded(o, placeholder: "...") {
        o.type.name + "([" + (try dv.elements.map(repr).joined(separator: ", ")) + "])"
      }
    }
    if o.type === BuiltinTypes.ellipsis { return "Ellipsis" }
    if o.type === BuiltinTypes.notImplementedType { return "NotImplemented" }
    if let g = o as? PyGenerator { return "<generator object \(g.qualname) at \(Repr.address(o))>" }
    if let g = o as? PyGeneratorExpression { return "<generator object \(g.qualname) at \(Repr.address(o))>" }
    return Interpreter.defaultRepr(o)
  }

  /// `object.__repr__`: `<module.Class object at 0x...>`.
  static func defaultRepr(_ o: PyObject) -> String {
    let t = o.type
    let qual: String
    if case .str(let q)? = t.members["__qualname__"] { qual = q } else { qual = t.name }
    let name = t.module == "builtins" ? qual : t.module + "." + qual
    return "<\(name) object at \(Repr.address(o))>"
  }
}

/// The message text of exceptions: `str(exc)` per class.
enum ExceptionText {
  static func message(of e: PyBaseExceptionObject, interp: Interpreter?) throws -> String {
    if let interp, let h = interp.hook(e.type, "__str__") {
      return try interp.stringResult(try interp.call(h, Arguments([.object(e)])), "__str__")
    }
    func s(_ v: PyValue) throws -> String {
      if let interp { return try interp.str(v) }
      return plain(v)
    }
    func r(_ v: PyValue) throws -> String {
      if let interp { return try interp.repr(v) }
      if case .str(let t) = v { return Repr.string(t) }
      return plain(v)
    }
    if e.type.isSubtype(of: ExceptionTypes.keyError), e.args.count == 1 { return try r(e.args[0]) }
    switch e.args.count {
    case 0: return ""
    case 1: return try s(e.args[0])
    default:
      return "(" + (try e.args.map(r).joined(separator: ", ")) + ")"
    }
  }

  static func plain(_ v: PyValue) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return Repr.float(d)
    case .str(let s): return s
    case .object(let o): return "<\(o.type.name) object>"
    }
  }

  /// `str(exc)`, or a fallback when `__str__` itself fails.
  static func safeMessage(of e: PyBaseExceptionObject, interp: Interpreter?) -> String {
    (try? message(of: e, interp: interp)) ?? "<exception str() failed>"
  }
}
