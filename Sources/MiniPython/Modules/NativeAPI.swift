/// Conveniences for native modules: defining methods, properties and attributes of classes,
/// and functions of modules. See `NativeModules.md` in the documentation catalog.
extension PyType {
  /// Defines a method (the receiver is `arguments.positional[0]`); use dunder names for
  /// operator and protocol hooks (`__add__`, `__getitem__`, `__len__`, `__repr__`...).
  public func defineMethod(_ name: String, _ body: @escaping NativeFunction) {
    members[name] = .object(PyBuiltinFunction(name: name, isMethod: true, ownerName: self.name, body: body))
  }

  /// Defines a static method (no receiver).
  public func defineStaticMethod(_ name: String, _ body: @escaping NativeFunction) {
    members[name] = .object(PyMethodWrapper(.staticMethod, .object(PyBuiltinFunction(name: name, body: body))))
  }

  /// Defines a class method (the class is `arguments.positional[0]`).
  public func defineClassMethod(_ name: String, _ body: @escaping NativeFunction) {
    members[name] = .object(PyMethodWrapper(.classMethod, .object(PyBuiltinFunction(name: name, body: body))))
  }

  /// Defines a computed attribute. The getter receives the instance; the setter the instance and the value.
  public func defineProperty(
    _ name: String, get: @escaping (Interpreter, PyValue) throws -> PyValue,
    set: ((Interpreter, PyValue, PyValue) throws -> Void)? = nil
  ) {
    let getter = PyBuiltinFunction(name: name) { interp, a in try get(interp, a.receiver) }
    var setter = PyValue.none
    if let set {
      setter = .object(
        PyBuiltinFunction(name: name) { interp, a in
          guard a.positional.count == 2 else { throw PyException.typeError("\(name) setter takes one value") }
          try set(interp, a.positional[0], a.positional[1])
          return .none
        })
    }
    members[name] = .object(PyProperty(getter: .object(getter), setter: setter))
  }

  /// Defines a class attribute (a constant shared by all instances).
  public func defineAttribute(_ name: String, _ value: PyValue) {
    members[name] = value
  }
}

extension PyModule {
  /// Defines a module-level function.
  public func defineFunction(_ name: String, _ body: @escaping NativeFunction) {
    self[name] = .object(PyBuiltinFunction(name: name, body: body))
  }

  /// Adds a class under its own name.
  public func defineClass(_ type: PyType) {
    self[type.name] = .object(type)
  }
}

extension Interpreter {
  /// `format(value, spec)`: `__format__` of Python/native classes, else the format-spec
  /// mini-language of `Library/` (`formatValue`).
  public func format(_ v: PyValue, spec: String) throws -> String {
    if let o = v.object, let h = hook(o.type, "__format__") {
      return try stringResult(try call(h, Arguments([v, .str(spec)])), "__format__")
    }
    return try formatValue(v, spec: spec)
  }
}
