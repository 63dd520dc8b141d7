/// The `builtins` module: one table of functions plus the built-in classes and constants
/// (starlark's `Universe`). Each function links its Python documentation entry.
enum Builtins {
  /// Built-in functions by name.
  nonisolated(unsafe) static let functions: [(String, NativeFunction)] = [
    ("print", print), ("len", len), ("repr", repr), ("abs", abs), ("round", round), ("divmod", divmod),
    ("pow", pow), ("isinstance", isinstance), ("issubclass", issubclass), ("id", id), ("hash", hash),
    ("getattr", getattr), ("setattr", setattr), ("hasattr", hasattr), ("delattr", delattr),
    ("callable", callable), ("format", format), ("chr", chr), ("ord", ord), ("hex", hex), ("bin", bin),
    ("oct", oct), ("vars", vars), ("dir", dir), ("globals", globals), ("locals", globals),
    ("enumerate", enumerate), ("zip", zip), ("map", map), ("filter", filter), ("sorted", sorted),
    ("reversed", reversed), ("min", min), ("max", max), ("sum", sum), ("any", any), ("all", all),
    ("iter", iter), ("next", next), ("ascii", ascii),
  ]

  /// Installs functions, classes and constants into the builtins module.
  static func install(into m: PyModule) {
    m.reserveCapacity(functions.count + ExceptionTypes.all.count + 32)
    for (name, body) in functions { m[name] = .object(PyBuiltinFunction(name: name, body: body)) }
    let types: [PyType] = [
      BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.bool,
      BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set,
      BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.complex, BuiltinTypes.bytes,
      BuiltinTypes.property, BuiltinTypes.classmethod, BuiltinTypes.staticmethod, BuiltinTypes.superType,
    ]
    for t in types { m[t.name] = .object(t) }
    for (name, t) in ExceptionTypes.all { m[name] = .object(t) }
    m["EnvironmentError"] = .object(ExceptionTypes.all["OSError"]!)
    m["IOError"] = .object(ExceptionTypes.all["OSError"]!)
    m["Ellipsis"] = BuiltinTypes.ellipsisValue
    m["NotImplemented"] = BuiltinTypes.notImplemented
    m["__name__"] = .str("builtins")
  }

  /// The single positional argument of a one-argument function.
  static func one(_ name: String, _ a: Arguments) throws -> PyValue {
    try a.noKeywords(name)
    guard a.positional.count == 1 else {
      throw PyException.typeError("\(name)() takes exactly one argument (\(a.positional.count) given)")
    }
    return a.positional[0]
  }

  /// [print](https://docs.python.org/3/library/functions.html#print)
  static func print(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    var sep = " "
    var end = "\n"
    var toStdout = true
    for (k, v) in a.keywords {
      switch k {
      case "sep":
        if case .str(let s) = v { sep = s } else if case .none = v {} else {
          throw PyException.typeError("sep must be None or a string, not \(v.typeName)")
        }
      case "end":
        if case .str(let s) = v { end = s } else if case .none = v {} else {
          throw PyException.typeError("end must be None or a string, not \(v.typeName)")
        }
      case "file":
        if case .none = v {} else { toStdout = v.object?.type.name == "stdout" }
      case "flush": break
      default: throw PyException.typeError("'\(k)' is an invalid keyword argument for print()")
      }
    }
    var parts: [String] = []
    for v in a.positional { parts.append(try interp.str(v)) }
    if toStdout { try interp.write(parts.joined(separator: sep) + end) }
    return .none
  }

  /// [len](https://docs.python.org/3/library/functions.html#len)
  static func len(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    .int(try interp.length(try one("len", a)))
  }

  /// [repr](https://docs.python.org/3/library/functions.html#repr)
  static func repr(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    .str(try interp.repr(try one("repr", a)))
  }

  /// [ascii](https://docs.python.org/3/library/functions.html#ascii)
  static func ascii(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    .str(Repr.ascii(try interp.repr(try one("ascii", a))))
  }

  /// [isinstance](https://docs.python.org/3/library/functions.html#isinstance)
  static func isinstance(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.expect("isinstance", count: 2)
    return .bool(try classCheck(a.positional[0].type, a.positional[1], "isinstance() arg 2"))
  }

  /// [issubclass](https://docs.python.org/3/library/functions.html#issubclass)
  static func issubclass(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.expect("issubclass", count: 2)
    guard let t = a.positional[0].object as? PyType else {
      throw PyException.typeError("issubclass() arg 1 must be a class")
    }
    return .bool(try classCheck(t, a.positional[1], "issubclass() arg 2"))
  }

  static func classCheck(_ t: PyType, _ spec: PyValue, _ what: String) throws -> Bool {
    if let c = spec.object as? PyType { return t.isSubtype(of: c) }
    if let tuple = spec.object as? PyTuple {
      for item in tuple.items where try classCheck(t, item, what) { return true }
      return false
    }
    throw PyException.typeError("\(what) must be a type, a tuple of types, or a union")
  }

  /// [id](https://docs.python.org/3/library/functions.html#id)
  static func id(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try one("id", a)
    if let o = v.object { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
    return .int(PyKey(v).hashValue & 0x7FFF_FFFF_FFFF)
  }

  /// [hash](https://docs.python.org/3/library/functions.html#hash)
  static func hash(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try one("hash", a)
    switch v {
    case .int(let i): return .int(SetOrder.intHash(i))
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .int(ComplexKernels.floatHash(d))
    case .object(let o as PyComplex): return .int(ComplexKernels.hash((o.real, o.imag)))
    case .none, .str, .object:
      let k = try interp.key(v)
      return .int(k.customHash ?? k.hashValue)
    }
  }

  /// [getattr](https://docs.python.org/3/library/functions.html#getattr)
  static func getattr(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.noKeywords("getattr")
    guard a.positional.count == 2 || a.positional.count == 3 else {
      throw PyException.typeError("getattr expected at least 2 arguments, got \(a.positional.count)")
    }
    guard case .str(let name) = a.positional[1] else {
      throw PyException.typeError("attribute name must be string, not '\(a.positional[1].typeName)'")
    }
    if a.positional.count == 3 {
      do { return try interp.getAttribute(a.positional[0], name) } catch let e as PyException
        where e.matches(ExceptionTypes.attributeError)
      { return a.positional[2] }
    }
    return try interp.getAttribute(a.positional[0], name)
  }

  /// [setattr](https://docs.python.org/3/library/functions.html#setattr)
  static func setattr(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.expect("setattr", count: 3)
    guard case .str(let name) = a.positional[1] else {
      throw PyException.typeError("attribute name must be string, not '\(a.positional[1].typeName)'")
    }
    try interp.setAttribute(a.positional[0], name, a.positional[2])
    return .none
  }

  /// [hasattr](https://docs.python.org/3/library/functions.html#hasattr)
  static func hasattr(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.expect("hasattr", count: 2)
    guard case .str(let name) = a.positional[1] else {
      throw PyException.typeError("attribute name must be string, not '\(a.positional[1].typeName)'")
    }
    return .bool(try interp.hasAttribute(a.positional[0], name))
  }

  /// [delattr](https://docs.python.org/3/library/functions.html#delattr)
  static func delattr(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.expect("delattr", count: 2)
    guard case .str(let name) = a.positional[1] else {
      throw PyException.typeError("attribute name must be string, not '\(a.positional[1].typeName)'")
    }
    try interp.deleteAttribute(a.positional[0], name)
    return .none
  }

  /// [callable](https://docs.python.org/3/library/functions.html#callable)
  static func callable(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    guard case .object(let o) = try one("callable", a) else { return .bool(false) }
    return .bool(o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType
      || interp.hook(o.type, "__call__") != nil)
  }

  /// [format](https://docs.python.org/3/library/functions.html#format)
  static func format(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try a.unpack("format", ["value", "format_spec?"])
    var spec = ""
    if let s = p[1] {
      guard case .str(let t) = s else {
        throw PyException.typeError("format() argument 2 must be str, not \(s.typeName)")
      }
      spec = t
    }
    return .str(try interp.format(p[0]!, spec: spec))
  }

  /// [vars](https://docs.python.org/3/library/functions.html#vars)
  static func vars(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    if a.positional.isEmpty { return .object(interp.moduleDict(interp.mainModule)) }
    let v = try one("vars", a)
    if let m = v.object as? PyModule { return .object(interp.moduleDict(m)) }
    if v.object is PyType { return try interp.getAttribute(v, "__dict__") }
    guard let d = v.object?.dict else {
      throw PyException.typeError("vars() argument must have __dict__ attribute")
    }
    return .object(d)
  }

  /// [dir](https://docs.python.org/3/library/functions.html#dir)
  static func dir(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    if a.positional.isEmpty { return .list(interp.mainModule.names.sorted().map { .str($0) }) }
    let v = try one("dir", a)
    var names = Set<String>()
    if let m = v.object as? PyModule {
      names.formUnion(m.names)
    } else {
      let t = (v.object as? PyType) ?? v.type
      for c in t.mro { names.formUnion(c.members.keys) }
      if let d = v.object?.dict, !(v.object is PyType) {
        for k in d.keys { if case .str(let s) = k { names.insert(s) } }
      }
    }
    return .list(names.sorted().map { .str($0) })
  }

  /// [globals](https://docs.python.org/3/library/functions.html#globals): a snapshot of `__main__`.
  static func globals(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    .object(interp.moduleDict(interp.mainModule))
  }
}
