/// Members of `object`, `property` and `BaseException` that Python code can call explicitly
/// (`super().__init__(...)`, `object.__setattr__`, `property.setter`).
enum CoreMethods {
  static func method(_ name: String, owner: String, _ body: @escaping NativeFunction) -> PyValue {
    .object(PyBuiltinFunction(name: name, isMethod: true, ownerName: owner, body: body))
  }

  static var object: [String: PyValue] {
    [
      "__init__": method("__init__", owner: "object") { _, _ in .none },
      "__new__": .object(
        PyBuiltinFunction(name: "__new__") { _, a in
          guard let t = a.positional.first?.object as? PyType else {
            throw PyException.typeError("object.__new__(X): X is not a type object")
          }
          return .object(t.makeInstance())
        }),
      "__setattr__": method("__setattr__", owner: "object") { interp, a in
        guard a.positional.count == 3, case .str(let name) = a.positional[1], let o = a.positional[0].object else {
          throw PyException.typeError("expected 3 arguments")
        }
        if let d = o.dict {
          d[name] = a.positional[2]
          return .none
        }
        try interp.setAttribute(a.positional[0], name, a.positional[2])
        return .none
      },
      "__getattribute__": method("__getattribute__", owner: "object") { interp, a in
        guard a.positional.count == 2, case .str(let name) = a.positional[1] else {
          throw PyException.typeError("expected 2 arguments")
        }
        return try interp.getAttribute(a.positional[0], name)
      },
      "__repr__": method("__repr__", owner: "object") { interp, a in
        guard let o = a.receiver.object else { return .str(try interp.repr(a.receiver)) }
        return .str(Interpreter.defaultRepr(o))
      },
      "__str__": method("__str__", owner: "object") { interp, a in .str(try interp.repr(a.receiver)) },
      "__eq__": method("__eq__", owner: "object") { _, a in
        a.positional.count == 2 && a.positional[0].isIdentical(to: a.positional[1]) ? .bool(true) : BuiltinTypes.notImplemented
      },
      "__hash__": method("__hash__", owner: "object") { _, a in
        .int(a.receiver.object.map { ObjectIdentifier($0).hashValue >> 4 } ?? 0)
      },
    ]
  }

  static var property: [String: NativeFunction] {
    [
      "setter": { _, a in
        guard let p = a.receiver.object as? PyProperty, a.positional.count == 2 else {
          throw PyException.typeError("setter() takes exactly one argument")
        }
        return .object(PyProperty(getter: p.getter, setter: a.positional[1], deleter: p.deleter, doc: p.doc))
      },
      "getter": { _, a in
        guard let p = a.receiver.object as? PyProperty, a.positional.count == 2 else {
          throw PyException.typeError("getter() takes exactly one argument")
        }
        return .object(PyProperty(getter: a.positional[1], setter: p.setter, deleter: p.deleter, doc: p.doc))
      },
      "deleter": { _, a in
        guard let p = a.receiver.object as? PyProperty, a.positional.count == 2 else {
          throw PyException.typeError("deleter() takes exactly one argument")
        }
        return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: a.positional[1], doc: p.doc))
      },
    ]
  }

  static var baseException: [String: PyValue] {
    [
      "__init__": method("__init__", owner: "BaseException") { _, a in
        if let e = a.receiver.object as? PyBaseExceptionObject {
          e.args = Array(a.positional.dropFirst())
          // `StopIteration(v).value`, as a generator's `return v` gives it.
          if e.type.isSubtype(of: ExceptionTypes.stopIteration) { e.attributes["value"] = e.args.first ?? PyValue.none }
        }
        return .none
      },
      "with_traceback": method("with_traceback", owner: "BaseException") { _, a in a.receiver },
      "add_note": method("add_note", owner: "BaseException") { _, a in .none },
    ]
  }
}

