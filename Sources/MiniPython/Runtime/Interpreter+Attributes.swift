extension Interpreter {
  /// `getattr(value, name)`.
  /// - Throws: `AttributeError` with CPython's message when the attribute does not exist.
  public func getAttribute(_ v: PyValue, _ name: String) throws -> PyValue {
    guard case .object(let o) = v else {
      if let a = v.type.lookup(name) { return bindMember(a, to: v, owner: v.type) }
      switch (v, name) {
      case (_, "__class__"): return .object(v.type)
      case (.int, "real"), (.int, "numerator"), (.bool, "real"): return v
      case (.int, "imag"), (.bool, "imag"): return .int(0)
      case (.int, "denominator"): return .int(1)
      case (.float, "real"): return v
      case (.float, "imag"): return .float(0)
      default: throw noAttribute(v, name)
      }
    }
    if let m = o as? PyModule {
      if let x = m[name] { return x }
      if let sub = modules[m.name + "." + name] { return .object(sub) }
      if name == "__dict__" { return .object(moduleDict(m)) }
      throw PyException.attributeError("module '\(m.name)' has no attribute '\(name)'")
    }
    if let t = o as? PyType { return try typeAttribute(t, name) }
    if let s = o as? PySuper { return try superAttribute(s, name) }
    let t = o.type
    let attr = t.lookup(name)
    if let a = attr, let p = a.object as? PyProperty {
      if case .none = p.getter { throw PyException.attributeError("property '\(name)' of '\(t.name)' object has no getter") }
      return try call(p.getter, Arguments([v]))
    }
    if let d = o.dict, let x = d[name] { return x }
    if let a = attr { return bindMember(a, to: v, owner: t) }
    if let x = try specialAttribute(o, name) { return x }
    if let g = hook(t, "__getattr__") { return try call(g, Arguments([v, .str(name)])) }
    throw noAttribute(v, name)
  }

  func noAttribute(_ v: PyValue, _ name: String) -> PyException {
    PyException.attributeError("'\(v.typeName)' object has no attribute '\(name)'")
  }

  /// Binds a class member read through an instance: functions become bound methods.
  func bindMember(_ a: PyValue, to receiver: PyValue, owner: PyType) -> PyValue {
    guard case .object(let ao) = a else { return a }
    if ao is PyFunction { return .object(PyBoundMethod(receiver: receiver, function: a)) }
    if let b = ao as? PyBuiltinFunction, b.isMethod { return .object(PyBoundMethod(receiver: receiver, function: a)) }
    if let w = ao as? PyMethodWrapper {
      switch w.kind {
      case .classMethod: return .object(PyBoundMethod(receiver: .object(receiver.type), function: w.function))
      case .staticMethod: return w.function
      }
    }
    return a
  }

  func typeAttribute(_ t: PyType, _ name: String) throws -> PyValue {
    switch name {
    case "__name__": return .str(t.name)
    case "__qualname__": return t.members["__qualname__"] ?? .str(t.name)
    case "__module__": return .str(t.module)
    case "__mro__": return .tuple(t.mro.map { .object($0) })
    case "__bases__": return .tuple(t.bases.map { .object($0) })
    case "__base__": return t.base.map { .object($0) } ?? .none
    case "__class__": return .object(t.type)
    case "__doc__": return t.members["__doc__"] ?? t.doc.map { .str($0) } ?? .none
    case "__dict__":
      let d = PyDict()
      for (k, v) in t.members.sorted(by: { $0.key < $1.key }) { d[k] = v }
      return .object(d)
    default: break
    }
    guard let a = t.lookup(name) else {
      if name == "mro" {
        return .object(PyBuiltinFunction(name: "mro") { _, _ in .list(t.mro.map { .object($0) }) })
      }
      throw PyException.attributeError("type object '\(t.name)' has no attribute '\(name)'")
    }
    if let w = a.object as? PyMethodWrapper {
      switch w.kind {
      case .classMethod: return .object(PyBoundMethod(receiver: .object(t), function: w.function))
      case .staticMethod: return w.function
      }
    }
    return a
  }

  func superAttribute(_ s: PySuper, _ name: String) throws -> PyValue {
    let start: PyType
    if let t = s.receiver.object as? PyType, t.isSubtype(of: s.startAfter) { start = t } else { start = s.receiver.type }
    var after = false
    for c in start.mro {
      if after, let a = c.members[name] {
        if s.receiver.object is PyType, s.receiver.object.map({ $0 === start }) == true {
          if let w = a.object as? PyMethodWrapper, w.kind == .classMethod {
            return .object(PyBoundMethod(receiver: s.receiver, function: w.function))
          }
          return a
        }
        if let p = a.object as? PyProperty { return try call(p.getter, Arguments([s.receiver])) }
        return bindMember(a, to: s.receiver, owner: c)
      }
      if c === s.startAfter { after = true }
    }
    throw PyException.attributeError("'super' object has no attribute '\(name)'")
  }

  /// Attributes every object of a kind has without a class member (`__class__`, `args`, `__name__`...).
  func specialAttribute(_ o: PyObject, _ name: String) throws -> PyValue? {
    if name == "__class__" { return .object(o.type) }
    if name == "__dict__", let d = o.dict { return .object(d) }
    if let e = o as? PyBaseExceptionObject {
      switch name {
      case "args": return .tuple(e.args)
      case "__cause__": return e.cause.map { .object($0) } ?? .none
      case "__context__": return e.context.map { .object($0) } ?? .none
      case "__suppress_context__": return .bool(e.suppressContext)
      case "__traceback__": return .none
      default: return nil
      }
    }
    if let f = o as? PyFunction {
      switch name {
      case "__name__": return .str(f.name)
      case "__qualname__": return .str(f.qualname)
      case "__module__": return .str(f.module)
      case "__doc__": return f.doc
      case "__defaults__": return f.defaults.isEmpty ? .none : .tuple(f.defaults)
      default: return nil
      }
    }
    if let b = o as? PyBuiltinFunction {
      switch name {
      case "__name__", "__qualname__": return .str(b.name)
      case "__doc__": return .none
      default: return nil
      }
    }
    if let m = o as? PyBoundMethod {
      switch name {
      case "__self__": return m.receiver
      case "__func__": return m.function
      case "__name__", "__qualname__", "__doc__", "__module__": return try getAttribute(m.function, name)
      default: return nil
      }
    }
    if let p = o as? PyProperty {
      switch name {
      case "fget": return p.getter
      case "fset": return p.setter
      case "__doc__": return p.doc
      default: return nil
      }
    }
    if let s = o as? PySlice {
      switch name {
      case "start": return s.start
      case "stop": return s.stop
      case "step": return s.step
      default: return nil
      }
    }
    if let r = o as? PyRange {
      switch name {
      case "start": return .int(r.start)
      case "stop": return .int(r.stop)
      case "step": return .int(r.step)
      default: return nil
      }
    }
    if let c = o as? PyComplex {
      switch name {
      case "real": return .float(c.real)
      case "imag": return .float(c.imag)
      default: return nil
      }
    }
    return nil
  }

  func moduleDict(_ m: PyModule) -> PyDict {
    let d = PyDict()
    for n in m.names { d[n] = m[n] }
    return d
  }

  /// `setattr(value, name, newValue)`.
  public func setAttribute(_ v: PyValue, _ name: String, _ value: PyValue) throws {
    guard case .object(let o) = v else {
      throw PyException.attributeError("'\(v.typeName)' object has no attribute '\(name)'")
    }
    if let m = o as? PyModule {
      m[name] = value
      return
    }
    if let t = o as? PyType {
      if t.isImmutable { throw PyException.typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'") }
      t.members[name] = value
      return
    }
    let t = o.type
    if let setter = hook(t, "__setattr__") {
      _ = try call(setter, Arguments([v, .str(name), value]))
      return
    }
    if let a = t.lookup(name), let p = a.object as? PyProperty {
      if case .none = p.setter { throw PyException.attributeError("property '\(name)' of '\(t.name)' object has no setter") }
      _ = try call(p.setter, Arguments([v, value]))
      return
    }
    if let e = o as? PyBaseExceptionObject {
      switch name {
      case "args":
        e.args = try listOfValues(value)
        return
      case "__cause__":
        e.cause = value.object as? PyBaseExceptionObject
        e.suppressContext = true
        return
      default:
        e.attributes[name] = value
        return
      }
    }
    if let f = o as? PyFunction {
      switch name {
      case "__name__": f.name = try str(value)
      case "__qualname__": f.qualname = try str(value)
      case "__doc__": f.doc = value
      default: f.attributes[name] = value
      }
      return
    }
    guard let d = o.dict else {
      if o is PyComplex && (name == "real" || name == "imag") { throw PyException.attributeError("readonly attribute") }
      if t.lookup(name) != nil {
        throw PyException.attributeError("'\(t.name)' object attribute '\(name)' is read-only")
      }
      throw PyException.attributeError("'\(t.name)' object has no attribute '\(name)'")
    }
    d[name] = value
  }

  /// `delattr(value, name)`.
  public func deleteAttribute(_ v: PyValue, _ name: String) throws {
    guard case .object(let o) = v else { throw noAttribute(v, name) }
    if let m = o as? PyModule {
      guard m[name] != nil else { throw PyException.attributeError("module '\(m.name)' has no attribute '\(name)'") }
      m[name] = nil
      return
    }
    if let t = o as? PyType, !t.isImmutable {
      guard t.members.removeValue(forKey: name) != nil else {
        throw PyException.attributeError("type object '\(t.name)' has no attribute '\(name)'")
      }
      return
    }
    if let a = o.type.lookup(name), let p = a.object as? PyProperty, case .object = p.deleter {
      _ = try call(p.deleter, Arguments([v]))
      return
    }
    guard let d = o.dict, d.remove(PyKey(.str(name))) != nil else {
      throw PyException.attributeError(o.dict == nil ? "'\(o.type.name)' object has no attribute '\(name)'" : name)
    }
  }

  /// `hasattr(value, name)`: true unless reading raises `AttributeError`.
  public func hasAttribute(_ v: PyValue, _ name: String) throws -> Bool {
    do {
      _ = try getAttribute(v, name)
      return true
    } catch let e as PyException where e.matches(ExceptionTypes.attributeError) {
      return false
    }
  }

  /// A special method looked up on the class (not the instance), bound to `v`.
  func lookupSpecial(_ v: PyValue, _ name: String, protocolName: String) throws -> PyValue {
    if let h = v.type.lookup(name) { return bindMember(h, to: v, owner: v.type) }
    throw PyException.typeError("'\(v.typeName)' object does not support the \(protocolName) protocol")
  }
}
