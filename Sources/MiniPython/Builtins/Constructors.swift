import Foundation

/// `__new__` of the built-in classes: what `int(x)`, `list(it)`, `range(n)` ... do. The first
/// positional argument is the class being instantiated.
enum Constructors {
  nonisolated(unsafe) static let table: [String: NativeFunction] = [
    "int": int, "float": float, "str": str, "bool": bool, "list": list, "tuple": tuple, "dict": dict,
    "set": set, "frozenset": frozenset, "range": range, "slice": slice, "type": type, "object": object,
    "property": property, "classmethod": classmethod, "staticmethod": staticmethod, "super": superObject,
    "complex": ComplexConstructor.make, "bytes": bytes,
  ]

  static func args(_ a: Arguments) -> Arguments {
    Arguments(Array(a.positional.dropFirst()), keywords: a.keywords)
  }

  static func int(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("int", ["x?", "base?"])
    guard let x = p[0] else { return .int(0) }
    if let b = p[1] {
      guard case .str(let s) = x else { throw PyException.typeError("int() can't convert non-string with explicit base") }
      return .int(try parseInt(s, base: try interp.index(b)))
    }
    switch x {
    case .int: return x
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .int(try floatToInt(d))
    case .str(let s): return .int(try parseInt(s, base: 10))
    case .object(let o):
      for name in ["__int__", "__index__", "__trunc__"] {
        if let h = interp.hook(o.type, name) { return try interp.call(h, Arguments([x])) }
      }
      if let b = o as? PyBytes, let s = String(bytes: b.bytes, encoding: .utf8) { return .int(try parseInt(s, base: 10)) }
    case .none: break
    }
    throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(x.typeName)'")
  }

  static func floatToInt(_ d: Double) throws -> Int {
    if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw PyException.overflow("cannot convert float infinity to integer") }
    guard let i = Int(exactly: d.rounded(.towardZero)) else { throw Operators.overflow() }
    return i
  }

  static func parseInt(_ text: String, base: Int) throws -> Int {
    var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    let invalid = PyException.valueError("invalid literal for int() with base \(base): \(Repr.string(text))")
    guard base == 0 || (2...36).contains(base) else { throw PyException.valueError("int() base must be >= 2 and <= 36, or 0") }
    var negative = false
    if s.hasPrefix("-") || s.hasPrefix("+") {
      negative = s.hasPrefix("-")
      s = s.dropFirst()
    }
    var b = base
    let lower = s.lowercased()
    for (prefix, pb) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (b == 0 || b == pb) {
      b = pb
      s = s.dropFirst(2)
      if s.hasPrefix("_") { s = s.dropFirst() }
    }
    if b == 0 {
      if s.count > 1 && s.hasPrefix("0") && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
      b = 10
    }
    if s.isEmpty || s.hasPrefix("_") || s.hasSuffix("_") || s.contains("__") { throw invalid }
    guard let mag = UInt(s.replacingOccurrences(of: "_", with: ""), radix: b) else {
      if s.allSatisfy({ $0.isHexDigit || $0 == "_" }) && s.count > 15 { throw Operators.overflow() }
      throw invalid
    }
    if negative {
      guard mag <= UInt(Int.max) + 1 else { throw Operators.overflow() }
      return mag == UInt(Int.max) + 1 ? Int.min : -Int(mag)
    }
    guard mag <= UInt(Int.max) else { throw Operators.overflow() }
    return Int(mag)
  }

  static func float(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("float", ["x?"])
    guard let x = p[0] else { return .float(0) }
    switch x {
    case .float: return x
    case .int(let i): return .float(Double(i))
    case .bool(let b): return .float(b ? 1 : 0)
    case .str(let s):
      if let d = parseFloat(s) { return .float(d) }
      throw PyException.valueError("could not convert string to float: \(Repr.string(s))")
    case .object(let o):
      if let h = interp.hook(o.type, "__float__") { return try interp.call(h, Arguments([x])) }
      if let h = interp.hook(o.type, "__index__") { return .float(Double(try interp.index(try interp.call(h, Arguments([x]))))) }
    case .none: break
    }
    throw PyException.typeError("float() argument must be a string or a real number, not '\(x.typeName)'")
  }

  static func parseFloat(_ text: String) -> Double? {
    let s = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    switch s {
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan", "+nan", "-nan": return .nan
    default: break
    }
    if s.isEmpty || s.contains("__") || s.hasPrefix("_") || s.hasSuffix("_") { return nil }
    let cleaned = s.replacingOccurrences(of: "_", with: "")
    guard cleaned.allSatisfy({ "0123456789.e+-".contains($0) }), cleaned.contains(where: \.isNumber) else { return nil }
    return Double(cleaned)
  }

  static func str(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("str", ["object?", "encoding?", "errors?"])
    guard let x = p[0] else { return .str("") }
    if p[1] != nil || p[2] != nil {
      guard let b = x.object as? PyBytes else {
        if case .str = x { throw PyException.typeError("decoding str is not supported") }
        throw PyException.typeError("decoding to str: need a bytes-like object, \(x.typeName) found")
      }
      let (codec, errors) = try BuiltinMethodTables.codecArguments("str", p[1], p[2])
      return .str(try Codecs.decode(b.bytes, codec, errors: errors))
    }
    return .str(try interp.str(x))
  }

  static func bool(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("bool", ["x?"])
    return .bool(try p[0].map { try interp.truthy($0) } ?? false)
  }

  static func list(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let t = a.receiver.object as? PyType ?? BuiltinTypes.list
    let l = PyList([], type: t)
    if !t.isImmutable { l.dict = PyDict() }
    // A subclass with its own `__init__` fills itself (through `list.__init__`), as in CPython.
    if interp.hook(t, "__init__") != nil { return .object(l) }
    let p = try args(a).unpack("list", ["iterable?"])
    l.items = try p[0].map { try interp.listOfValues($0) } ?? []
    return .object(l)
  }

  static func tuple(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("tuple", ["iterable?"])
    let t = a.receiver.object as? PyType ?? BuiltinTypes.tuple
    if t === BuiltinTypes.tuple, let x = p[0], let given = x.object as? PyTuple, given.type === t { return x }
    let tuple = PyTuple(try p[0].map { try interp.listOfValues($0) } ?? [], type: t)
    if !t.isImmutable { tuple.dict = PyDict() }
    return .object(tuple)
  }

  static func dict(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let t = a.receiver.object as? PyType ?? BuiltinTypes.dict
    let d = PyDict(type: t)
    if !t.isImmutable { d.dict = PyDict() }
    // A subclass with its own `__init__` fills itself (through `dict.__init__`), as in CPython.
    if interp.hook(t, "__init__") != nil { return .object(d) }
    try fillDict(interp, d, args(a))
    return .object(d)
  }

  /// `dict.__init__` of a new dict: a mapping or pairs, then the keywords.
  static func fillDict(_ interp: Interpreter, _ d: PyDict, _ rest: Arguments) throws {
    guard rest.positional.count <= 1 else {
      throw PyException.typeError("dict expected at most 1 argument, got \(rest.positional.count)")
    }
    if let src = rest.positional.first { try interp.updateDict(d, from: src) }
    for (k, v) in rest.keywords { d[k] = v }
  }

  static func set(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("set", ["iterable?"])
    let t = a.receiver.object as? PyType ?? BuiltinTypes.set
    let s = PySet(type: t)
    if !t.isImmutable { s.dict = PyDict() }
    if let x = p[0] { for v in try interp.listOfValues(x) { s.insert(try interp.key(v)) } }
    return .object(s)
  }

  static func frozenset(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("frozenset", ["iterable?"])
    let t = a.receiver.object as? PyType ?? BuiltinTypes.frozenset
    let s = PySet(frozen: true, type: t)
    if !t.isImmutable { s.dict = PyDict() }
    if let x = p[0] { for v in try interp.listOfValues(x) { s.insert(try interp.key(v)) } }
    return .object(s)
  }

  static func range(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let r = args(a)
    try r.noKeywords("range")
    let n = try r.positional.map { try interp.index($0) }
    switch n.count {
    case 1: return .object(PyRange(start: 0, stop: n[0], step: 1))
    case 2: return .object(PyRange(start: n[0], stop: n[1], step: 1))
    case 3:
      if n[2] == 0 { throw PyException.valueError("range() arg 3 must not be zero") }
      return .object(PyRange(start: n[0], stop: n[1], step: n[2]))
    default:
      throw PyException.typeError(
        n.isEmpty ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got \(n.count)")
    }
  }

  static func slice(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let r = args(a).positional
    switch r.count {
    case 1: return .object(PySlice(start: .none, stop: r[0], step: .none))
    case 2: return .object(PySlice(start: r[0], stop: r[1], step: .none))
    case 3: return .object(PySlice(start: r[0], stop: r[1], step: r[2]))
    default: throw PyException.typeError("slice expected at least 1 argument, got \(r.count)")
    }
  }

  static func type(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let r = args(a).positional
    if r.count == 1 { return .object(r[0].type) }
    guard r.count == 3, case .str(let name) = r[0], let ns = r[2].object as? PyDict else {
      throw PyException.typeError("type() takes 1 or 3 arguments")
    }
    let bases = try interp.listOfValues(r[1])
    if ns["__module__"] == nil { ns["__module__"] = .str("__main__") }
    return .object(try interp.makeClass(name: name, bases: bases, namespace: ns, keywords: []))
  }

  static func object(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let t = a.receiver.object as? PyType ?? BuiltinTypes.object
    return .object(t.makeInstance())
  }

  static func property(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("property", ["fget?", "fset?", "fdel?", "doc?"])
    var doc = p[3] ?? .none
    if doc.isNone, let g = p[0] { doc = (try? interp.getAttribute(g, "__doc__")) ?? .none }
    return .object(PyProperty(getter: p[0] ?? .none, setter: p[1] ?? .none, deleter: p[2] ?? .none, doc: doc))
  }

  static func classmethod(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    .object(PyMethodWrapper(.classMethod, try Builtins.one("classmethod", args(a))))
  }

  static func staticmethod(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    .object(PyMethodWrapper(.staticMethod, try Builtins.one("staticmethod", args(a))))
  }

  static func superObject(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let r = args(a).positional
    guard r.count == 2, let t = r[0].object as? PyType else {
      throw PyException.runtimeError("super(): no arguments")
    }
    let receiverType = (r[1].object as? PyType) ?? r[1].type
    guard receiverType.isSubtype(of: t) else {
      throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type")
    }
    return .object(PySuper(startAfter: t, receiver: r[1]))
  }

  static func bytes(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try args(a).unpack("bytes", ["source?", "encoding?", "errors?"])
    guard let x = p[0] else { return .object(PyBytes([])) }
    if case .str(let s) = x {
      guard p[1] != nil else { throw PyException.typeError("string argument without an encoding") }
      let (codec, errors) = try BuiltinMethodTables.codecArguments("bytes", p[1], p[2])
      return .object(PyBytes(try Codecs.encode(s, codec, errors: errors)))
    }
    if case .int(let n) = x {
      try interp.checkSize(n)
      if n < 0 { throw PyException.valueError("negative count") }
      return .object(PyBytes([UInt8](repeating: 0, count: n)))
    }
    var out: [UInt8] = []
    for v in try interp.listOfValues(x) {
      let i = try interp.index(v)
      guard (0...255).contains(i) else { throw PyException.valueError("bytes must be in range(0, 256)") }
      out.append(UInt8(i))
    }
    return .object(PyBytes(out))
  }
}

extension Interpreter {
  /// `dict.update(src)`: from a mapping (keys()) or an iterable of pairs.
  public func updateDict(_ d: PyDict, from src: PyValue) throws {
    if let other = src.object as? PyDict {
      for (k, v) in other.items { d[try key(k)] = v }
      return
    }
    if let o = src.object, o.type.lookup("keys") != nil, !(o is PyList) {
      for k in try listOfValues(try callMethod(src, "keys", Arguments())) { d[try key(k)] = try getItem(src, k) }
      return
    }
    for (i, item) in try listOfValues(src).enumerated() {
      let pair: [PyValue]
      do { pair = try listOfValues(item) } catch let e as PyException where e.matches(ExceptionTypes.typeError) {
        throw PyException.typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
      }
      guard pair.count == 2 else {
        throw PyException.valueError(
          "dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
      }
      d[try key(pair[0])] = pair[1]
    }
  }

  /// How CPython names a callee in argument errors: `__main__.f()`, `print()`, `int()`.
  func callDescription(_ v: PyValue) -> String {
    switch v.object {
    case let f as PyFunction: return "\(f.module).\(f.qualname)()"
    case let b as PyBuiltinFunction: return "\(b.name)()"
    case let m as PyBoundMethod: return callDescription(m.function)
    case let t as PyType: return "\(t.name)()"
    default: return "\(v.typeName) object"
    }
  }

  /// `{**mapping}` in a dict display.
  func mergeMapping(into d: PyDict, _ src: PyValue) throws {
    guard src.object is PyDict || src.object.map({ $0.type.lookup("keys") != nil }) == true else {
      throw PyException.typeError("'\(src.typeName)' object is not a mapping")
    }
    try updateDict(d, from: src)
  }

  /// `f(**mapping)`: appends the mapping's items as keyword arguments.
  func appendKeywords(from src: PyValue, to out: inout [(name: String, value: PyValue)], callee: () throws -> PyValue)
    throws
  {
    let d = PyDict()
    guard src.object is PyDict || src.object.map({ $0.type.lookup("keys") != nil }) == true else {
      throw PyException.typeError("\(callDescription(try callee())) argument after ** must be a mapping, not \(src.typeName)")
    }
    try updateDict(d, from: src)
    for (k, v) in d.items {
      guard case .str(let name) = k else { throw PyException.typeError("keywords must be strings") }
      if out.contains(where: { $0.name == name }) {
        throw PyException.typeError("got multiple values for keyword argument '\(name)'")
      }
      out.append((name, v))
    }
  }
}
