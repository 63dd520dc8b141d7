/// The protocol methods of the built-in containers as class members (`dict.__getitem__(d, k)`,
/// `super().__setitem__(k, v)` in a subclass): the built-in behaviour whatever the receiver's
/// class overrides, as the interpreter's fast paths give it to exact built-in values.
enum ContainerProtocol {
  /// The members of the built-in class `name` (`list`, `tuple`, `dict`, `set`, `frozenset`).
  static func members(of name: String) -> [String: NativeFunction] {
    guard ["list", "tuple", "dict", "set", "frozenset"].contains(name) else { return [:] }
    var table: [String: NativeFunction] = [
      "__repr__": { interp, a in .str(try interp.builtinRepr(try receiver(a, name, 0))) },
      "__len__": { interp, a in
        _ = try receiver(a, name, 0)
        return .int(try interp.builtinLength(a.positional[0]))
      },
      "__contains__": { interp, a in
        _ = try receiver(a, name, 1)
        return .bool(try interp.builtinContains(a.positional[0], a.positional[1]))
      },
      "__iter__": { interp, a in
        _ = try receiver(a, name, 0)
        return .object(try interp.builtinIterator(a.positional[0]))
      },
    ]
    guard name == "list" || name == "tuple" || name == "dict" else { return table }
    table["__getitem__"] = { interp, a in
      _ = try receiver(a, name, 1)
      return try interp.builtinGetItem(a.positional[0], a.positional[1])
    }
    guard name != "tuple" else { return table }
    table["__init__"] = { interp, a in
      let o = try receiver(a, name, a.positional.count - 1, keywords: true)
      let rest = Arguments(Array(a.positional.dropFirst()), keywords: a.keywords)
      if let d = o as? PyDict {
        try Constructors.fillDict(interp, d, rest)
      } else if let l = o as? PyList {
        let p = try rest.unpack("list", ["iterable?"])
        l.items = try p[0].map { try interp.listOfValues($0) } ?? []
      }
      return .none
    }
    table["__setitem__"] = { interp, a in
      _ = try receiver(a, name, 2)
      try interp.builtinSetItem(a.positional[0], a.positional[1], a.positional[2])
      return .none
    }
    table["__delitem__"] = { interp, a in
      _ = try receiver(a, name, 1)
      try interp.builtinDeleteItem(a.positional[0], a.positional[1])
      return .none
    }
    return table
  }

  /// The receiver, checked to be an instance of the class, with `count` more arguments.
  private static func receiver(_ a: Arguments, _ name: String, _ count: Int, keywords: Bool = false) throws
    -> PyObject
  {
    guard let o = a.positional.first?.object, o.type.mro.contains(where: { $0.name == name && $0.module == "builtins" })
    else {
      let given = a.positional.first?.typeName ?? "nothing"
      throw PyException.typeError("descriptor requires a '\(name)' object but received a '\(given)'")
    }
    guard a.positional.count == count + 1, keywords || a.keywords.isEmpty else {
      throw PyException.typeError("expected \(count) argument\(count == 1 ? "" : "s"), got \(a.positional.count - 1)")
    }
    return o
  }
}
