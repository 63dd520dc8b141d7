/// The methods of `dict`.
extension BuiltinMethodTables {
  /// `dict.get`, `dict.items`, ... keyed by name.
  nonisolated(unsafe) static let dict: [String: NativeFunction] = [
    "get": { interp, a in
      let v = try MethodArguments.positional(a, "get", 1...2, style: .expected)
      let d = try dictReceiver(a)
      return d[try interp.key(v[0])] ?? (v.count > 1 ? v[1] : .none)
    },
    "keys": { _, a in try view(a, .keys) },
    "values": { _, a in try view(a, .values) },
    "items": { _, a in try view(a, .items) },
    "pop": { interp, a in
      let v = try MethodArguments.positional(a, "pop", 1...2, style: .expected)
      let d = try dictReceiver(a)
      if let value = d.remove(try interp.key(v[0])) { return value }
      if v.count > 1 { return v[1] }
      throw PyException.keyError(v[0])
    },
    "popitem": { _, a in
      _ = try MethodArguments.positional(a, "dict.popitem", 0...0)
      let d = try dictReceiver(a)
      guard let last = d.entries.last(where: { $0 != nil }) ?? nil else {
        throw PyException.keyError(.str("popitem(): dictionary is empty"))
      }
      d.remove(last.key)
      return .tuple([last.key.value, last.value])
    },
    "setdefault": { interp, a in
      let v = try MethodArguments.positional(a, "setdefault", 1...2, style: .expected)
      let d = try dictReceiver(a)
      let key = try interp.key(v[0])
      if let existing = d[key] { return existing }
      let value = v.count > 1 ? v[1] : .none
      d[key] = value
      return value
    },
    "update": { interp, a in
      if a.positional.count > 2 {
        throw PyException.typeError("update expected at most 1 argument, got \(a.positional.count - 1)")
      }
      let d = try dictReceiver(a)
      if a.positional.count == 2 { try merge(a.positional[1], into: d, interp) }
      for (name, value) in a.keywords { d[PyKey(.str(name))] = value }
      return .none
    },
    "copy": { _, a in
      _ = try MethodArguments.positional(a, "dict.copy", 0...0)
      return .object(copy(try dictReceiver(a)))
    },
    "clear": { _, a in
      _ = try MethodArguments.positional(a, "dict.clear", 0...0)
      try dictReceiver(a).removeAll()
      return .none
    },
    "fromkeys": { interp, a in
      // Read from the class (`dict.fromkeys(keys)`) there is no receiver; read from an instance
      // the dict comes first.
      var given = a.positional
      if given.count >= 2, given.first?.object is PyDict { given.removeFirst() }
      guard (1...2).contains(given.count) else {
        throw PyException.typeError("fromkeys expected at least 1 argument, got \(given.count)")
      }
      guard let keys = try interp.iterableValues(given[0]) else {
        throw PyException.typeError("'\(given[0].typeName)' object is not iterable")
      }
      let d = PyDict()
      let value = given.count > 1 ? given[1] : .none
      for k in keys { d[try interp.key(k)] = value }
      return .object(d)
    },
  ]

  private static func dictReceiver(_ a: Arguments) throws -> PyDict {
    try a.receiver(as: PyDict.self, method: "dict")
  }

  private static func view(_ a: Arguments, _ kind: PyDictView.Kind) throws -> PyValue {
    _ = try MethodArguments.positional(a, "dict.\(kind)", 0...0)
    return .object(PyDictView(try dictReceiver(a), kind: kind))
  }

  /// A shallow copy of `d` (a plain `dict`).
  static func copy(_ d: PyDict) -> PyDict {
    let c = PyDict()
    for case let e? in d.entries { c[e.key] = e.value }
    return c
  }

  /// `dict.update(other)`: a dict, or an iterable of key/value pairs.
  static func merge(_ other: PyValue, into d: PyDict, _ interp: Interpreter) throws {
    if case .object(let source as PyDict) = other {
      for case let e? in source.entries { d[e.key] = e.value }
      return
    }
    guard let pairs = try interp.iterableValues(other) else {
      throw PyException.typeError("'\(other.typeName)' object is not iterable")
    }
    for (i, pair) in pairs.enumerated() {
      guard let items = try interp.iterableValues(pair) else {
        throw PyException.typeError(
          "cannot convert dictionary update sequence element #\(i) to a sequence")
      }
      guard items.count == 2 else {
        throw PyException.valueError(
          "dictionary update sequence element #\(i) has length \(items.count); 2 is required")
      }
      d[try interp.key(items[0])] = items[1]
    }
  }
}
