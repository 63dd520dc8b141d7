import Interrupts

extension Interpreter {
  /// Calls any Python callable (function, native function, bound method, class, object with `__call__`).
  /// - Throws: `PyException` raised by the callee, or `TypeError` when the value is not callable.
  public func call(_ callee: PyValue, _ args: Arguments) throws -> PyValue {
    guard case .object(let o) = callee else {
      throw PyException.typeError("'\(callee.typeName)' object is not callable")
    }
    if let fn = o as? PyFunction { return try callFunction(fn, args) }
    if let b = o as? PyBuiltinFunction { return try callBuiltin(b, args) }
    if let m = o as? PyBoundMethod {
      var a = args
      a.positional.insert(m.receiver, at: 0)
      return try call(m.function, a)
    }
    if let t = o as? PyType { return try construct(t, args) }
    if let h = hook(o.type, "__call__") {
      var a = args
      a.positional.insert(callee, at: 0)
      return try call(h, a)
    }
    throw PyException.typeError("'\(o.type.name)' object is not callable")
  }

  /// Calls with positional arguments only.
  public func call(_ callee: PyValue, _ positional: PyValue...) throws -> PyValue {
    try call(callee, Arguments(positional))
  }

  /// Calls the method `name` of `receiver` (`receiver.name(*args, **kwargs)`), finding Python
  /// overrides in subclasses of native classes.
  public func callMethod(_ receiver: PyValue, _ name: String, _ args: Arguments) throws -> PyValue {
    if case .object(let o) = receiver, !(o is PyModule), !(o is PyType), !(o is PySuper) {
      if let m = o.type.lookup(name), o.dict?[name] == nil {
        if let fn = m.object as? PyFunction {
          var a = args
          a.positional.insert(receiver, at: 0)
          return try callFunction(fn, a)
        }
        if let b = m.object as? PyBuiltinFunction, b.isMethod {
          var a = args
          a.positional.insert(receiver, at: 0)
          return try callBuiltin(b, a)
        }
      }
    } else if case .object = receiver {
    } else if let m = receiver.type.lookup(name), let b = m.object as? PyBuiltinFunction, b.isMethod {
      var a = args
      a.positional.insert(receiver, at: 0)
      return try callBuiltin(b, a)
    }
    return try call(try getAttribute(receiver, name), args)
  }

  /// Calls `receiver.name(*positional)`.
  public func callMethod(_ receiver: PyValue, _ name: String, _ positional: PyValue...) throws -> PyValue {
    try callMethod(receiver, name, Arguments(positional))
  }

  func callBuiltin(_ b: PyBuiltinFunction, _ args: Arguments) throws -> PyValue {
    do {
      return try b.body(self, args)
    } catch let e as PyException {
      throw e
    } catch let e as BudgetExceeded {
      throw e
    } catch let e as Interrupted {
      throw e
    } catch {
      throw PyException(ExceptionTypes.all["SystemError"]!, "\(error)")
    }
  }

  func callFunction(_ fn: PyFunction, _ args: Arguments) throws -> PyValue {
    let code = fn.code
    let frame = Frame(code: code.info, slotCount: code.slotCount, parent: fn.closure, interp: self)
    try bind(fn, args, into: frame)
    try tick()
    if code.isGenerator { return .object(makeGenerator(code, frame)) }
    return try withFrame(frame) {
      _ = try code.body(frame)
      return frame.returnValue
    }
  }

  /// Binds call arguments to a function's parameter slots with CPython's checks and messages.
  func bind(_ fn: PyFunction, _ args: Arguments, into frame: Frame) throws {
    let code = fn.code
    let names = code.positionalNames
    let np = names.count
    let pos = args.positional
    let fname = fn.qualname + "()"
    if pos.count <= np {
      for i in 0..<pos.count { frame.slots[i] = pos[i] }
    } else if let vs = code.varargSlot {
      for i in 0..<np { frame.slots[i] = pos[i] }
      frame.slots[vs] = .tuple(Array(pos[np...]))
    } else {
      let required = np - fn.defaults.count
      throw PyException.typeError(ArgumentMessages.tooMany(fn.qualname, min: required, max: np, given: pos.count))
    }
    if let vs = code.varargSlot, frame.slots[vs] == nil { frame.slots[vs] = .object(PyTuple.empty) }
    var kwargs: PyDict?
    if let ks = code.kwargSlot {
      let d = PyDict()
      kwargs = d
      frame.slots[ks] = .object(d)
    }
    var positionalOnlyPassedAsKeyword: [String] = []
    for (name, value) in args.keywords {
      if let i = names.firstIndex(of: name), i >= code.positionalOnlyCount {
        if frame.slots[i] != nil { throw PyException.typeError("\(fname) got multiple values for argument '\(name)'") }
        frame.slots[i] = value
      } else if let k = code.kwOnlyNames.firstIndex(of: name) {
        frame.slots[np + (code.varargSlot == nil ? 0 : 1) + k] = value
      } else if let d = kwargs {
        d[name] = value
      } else if names.firstIndex(of: name) != nil {
        positionalOnlyPassedAsKeyword.append(name)
      } else {
        throw PyException.typeError("\(fname) got an unexpected keyword argument '\(name)'")
      }
    }
    if !positionalOnlyPassedAsKeyword.isEmpty {
      throw PyException.typeError(
        "\(fname) got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassedAsKeyword.joined(separator: ", "))'")
    }
    if pos.count < np {
      let firstDefault = np - fn.defaults.count
      var missing: [String] = []
      for i in pos.count..<np where frame.slots[i] == nil {
        if i >= firstDefault { frame.slots[i] = fn.defaults[i - firstDefault] } else { missing.append(names[i]) }
      }
      if !missing.isEmpty {
        throw PyException.typeError(ArgumentMessages.missing(fn.qualname, missing, keywordOnly: false))
      }
    }
    if !code.kwOnlyNames.isEmpty {
      let base = np + (code.varargSlot == nil ? 0 : 1)
      var missing: [String] = []
      for (k, name) in code.kwOnlyNames.enumerated() where frame.slots[base + k] == nil {
        if let d = fn.kwDefaults[name] { frame.slots[base + k] = d } else { missing.append(name) }
      }
      if !missing.isEmpty {
        throw PyException.typeError(ArgumentMessages.missing(fn.qualname, missing, keywordOnly: true))
      }
    }
  }

  /// Creates an instance: `__new__` then, when it returned an instance of the class, `__init__`.
  func construct(_ t: PyType, _ args: Arguments) throws -> PyValue {
    var newArgs = args
    newArgs.positional.insert(.object(t), at: 0)
    let instance: PyValue
    var newIsObjects = true
    if let n = t.lookup("__new__"), !(t.mro.first { $0.members["__new__"] != nil } === BuiltinTypes.object) {
      newIsObjects = false
      let fn: PyValue
      if let w = n.object as? PyMethodWrapper { fn = w.function } else { fn = n }
      instance = try call(fn, newArgs)
    } else {
      let o = t.makeInstance()
      if let e = o as? PyBaseExceptionObject { e.args = args.positional }
      instance = .object(o)
    }
    guard instance.type.isSubtype(of: t) else { return instance }
    // `dict.__init__` and `list.__init__` run only when a subclass's own `__init__` calls them:
    // otherwise `__new__` already filled the container.
    let initOwner = t.mro.first { $0.members["__init__"] != nil }
    if let initializer = t.lookup("__init__"), initOwner !== BuiltinTypes.object, initOwner !== BuiltinTypes.dict,
      initOwner !== BuiltinTypes.list
    {
      var a = args
      a.positional.insert(instance, at: 0)
      let r = try call(initializer, a)
      if case .none = r {} else {
        throw PyException.typeError("__init__() should return None, not '\(r.typeName)'")
      }
    } else if newIsObjects && (!args.positional.isEmpty || !args.keywords.isEmpty) {
      throw PyException.typeError("\(t.name)() takes no arguments")
    }
    return instance
  }

  /// Creates a class from a class body's namespace (what `type(name, bases, ns)` does).
  func makeClass(name: String, bases: [PyValue], namespace: PyDict, keywords: [(name: String, value: PyValue)]) throws
    -> PyType
  {
    var baseTypes: [PyType] = []
    for b in bases {
      guard let t = b.object as? PyType else {
        throw PyException.typeError("bases must be types")
      }
      baseTypes.append(t)
    }
    let layoutBase = try ClassLayout.bestBase(baseTypes)
    if let k = keywords.first, k.name != "metaclass" {
      throw PyException.typeError("\(name).__init_subclass__() takes no keyword arguments")
    }
    var members: [String: PyValue] = [:]
    for (k, v) in namespace.items {
      guard case .str(let key) = k else { continue }
      if key == "__new__", let fn = v.object as? PyFunction {
        members[key] = .object(PyMethodWrapper(.staticMethod, .object(fn)))
      } else if key == "__init_subclass__" || key == "__class_getitem__", let fn = v.object as? PyFunction {
        members[key] = .object(PyMethodWrapper(.classMethod, .object(fn)))
      } else {
        members[key] = v
      }
    }
    var module = "__main__"
    if case .str(let m)? = members["__module__"] { module = m }
    let t = PyType(name: name, module: module, base: layoutBase, members: members, isImmutable: false)
    if baseTypes.count > 1 {
      t.bases = baseTypes
      t.mro = [t] + (try ClassLayout.linearization(of: baseTypes))
    }
    if let owner = t.mro.dropFirst().first(where: { $0.members["__init_subclass__"] != nil }),
      let w = owner.members["__init_subclass__"]?.object as? PyMethodWrapper
    {
      _ = try call(w.function, Arguments([.object(t)]))
    }
    return t
  }

  /// A protocol hook (`__add__`, `__len__`, ...) defined by a Python or native class, skipping
  /// built-in classes whose behaviour the interpreter implements directly.
  @inline(__always) func hook(_ t: PyType, _ name: String) -> PyValue? {
    if t.module == "builtins" { return nil }
    for c in t.mro where c.module != "builtins" {
      if let v = c.members[name] { return v }
    }
    return nil
  }

  /// Calls a hook found by `hook(_:_:)` with the receiver prepended.
  func callHook(_ h: PyValue, _ receiver: PyValue, _ rest: [PyValue]) throws -> PyValue {
    try call(h, Arguments([receiver] + rest))
  }
}
