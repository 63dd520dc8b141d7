/// The methods of `list` and `tuple`.
extension BuiltinMethodTables {
  /// `list.append`, `list.sort`, ... keyed by name.
  nonisolated(unsafe) static let list: [String: NativeFunction] = [
    "append": { _, a in
      let v = try MethodArguments.positional(a, "list.append", 1...1)
      try listReceiver(a).items.append(v[0])
      return .none
    },
    "extend": { interp, a in
      let v = try MethodArguments.positional(a, "list.extend", 1...1)
      let list = try listReceiver(a)
      guard let items = try interp.iterableValues(v[0]) else {
        throw PyException.typeError("'\(v[0].typeName)' object is not iterable")
      }
      try interp.checkSize(list.items.count + items.count)
      list.items.append(contentsOf: items)
      return .none
    },
    "insert": { _, a in
      let v = try MethodArguments.positional(a, "insert", 2...2, style: .expected)
      let list = try listReceiver(a)
      var i = try MethodArguments.int(v[0])
      if i < 0 { i = max(0, i + list.items.count) }
      list.items.insert(v[1], at: min(i, list.items.count))
      return .none
    },
    "pop": { _, a in
      let v = try MethodArguments.positional(a, "pop", 0...1, style: .expected)
      let list = try listReceiver(a)
      if list.items.isEmpty { throw PyException.indexError("pop from empty list") }
      var i = try v.first.map { v throws(PyException) in try MethodArguments.int(v) } ?? -1
      if i < 0 { i += list.items.count }
      guard list.items.indices.contains(i) else { throw PyException.indexError("pop index out of range") }
      return list.items.remove(at: i)
    },
    "remove": { interp, a in
      let v = try MethodArguments.positional(a, "list.remove", 1...1)
      let list = try listReceiver(a)
      guard let i = try firstIndex(of: v[0], in: list.items, interp) else {
        throw PyException.valueError("list.remove(x): x not in list")
      }
      list.items.remove(at: i)
      return .none
    },
    "index": { interp, a in
      let list = try listReceiver(a)
      let (value, start, end) = try searchArguments(a, count: list.items.count)
      if start < end, let i = try firstIndex(of: value, in: Array(list.items[start..<end]), interp) {
        return .int(start + i)
      }
      throw PyException.valueError("\(try interp.repr(value)) is not in list")
    },
    "count": { interp, a in
      let v = try MethodArguments.positional(a, "list.count", 1...1)
      return .int(try occurrences(of: v[0], in: try listReceiver(a).items, interp))
    },
    "sort": { interp, a in
      if a.positional.count > 1 { throw PyException.typeError("sort() takes no positional arguments") }
      let v = try a.unpack("sort", ["self", "*", "key?", "reverse?"])
      let list = try listReceiver(a)
      let reverse = try v[2].map { r throws(PyException) in try MethodArguments.int(r) != 0 } ?? false
      var items = list.items
      var keys = items
      if let key = v[1], !key.isNone {
        keys = try items.map { try interp.call(key, $0) }
      }
      if reverse {
        items.reverse()
        keys.reverse()
      }
      // A long sort is one step: its comparisons watch the deadline themselves.
      try ListSort.sort(&items, keys: keys) {
        try interp.checkDeadline()
        return try interp.compareBool(.lt, $0, $1)
      }
      if reverse { items.reverse() }
      list.items = items
      return .none
    },
    "reverse": { _, a in
      _ = try MethodArguments.positional(a, "list.reverse", 0...0)
      try listReceiver(a).items.reverse()
      return .none
    },
    "copy": { _, a in
      _ = try MethodArguments.positional(a, "list.copy", 0...0)
      return .list(try listReceiver(a).items)
    },
    "clear": { _, a in
      _ = try MethodArguments.positional(a, "list.clear", 0...0)
      try listReceiver(a).items.removeAll()
      return .none
    },
  ]

  /// `tuple.index` and `tuple.count`.
  nonisolated(unsafe) static let tuple: [String: NativeFunction] = [
    "index": { interp, a in
      let items = try tupleReceiver(a).items
      let (value, start, end) = try searchArguments(a, count: items.count)
      if start < end, let i = try firstIndex(of: value, in: Array(items[start..<end]), interp) {
        return .int(start + i)
      }
      throw PyException.valueError("tuple.index(x): x not in tuple")
    },
    "count": { interp, a in
      let v = try MethodArguments.positional(a, "tuple.count", 1...1)
      return .int(try occurrences(of: v[0], in: try tupleReceiver(a).items, interp))
    },
  ]

  private static func listReceiver(_ a: Arguments) throws -> PyList {
    try a.receiver(as: PyList.self, method: "list")
  }

  private static func tupleReceiver(_ a: Arguments) throws -> PyTuple {
    try a.receiver(as: PyTuple.self, method: "tuple")
  }

  /// The `(value, start, stop)` arguments of `index`, with start and stop clamped like slices.
  private static func searchArguments(_ a: Arguments, count: Int) throws -> (PyValue, Int, Int) {
    let v = try MethodArguments.positional(a, "index", 1...3, style: .expected)
    let (start, end) = StrKernels.adjust(
      try MethodArguments.index(v.count > 1 ? v[1] : nil), try MethodArguments.index(v.count > 2 ? v[2] : nil),
      count: count)
    return (v[0], min(start, count), end)
  }

  /// The first index of an element equal to `value` (identity first, as CPython compares).
  static func firstIndex(of value: PyValue, in items: [PyValue], _ interp: Interpreter) throws -> Int? {
    for (i, item) in items.enumerated() where try item.isIdentical(to: value) || interp.equals(item, value) {
      return i
    }
    return nil
  }

  static func occurrences(of value: PyValue, in items: [PyValue], _ interp: Interpreter) throws -> Int {
    var n = 0
    for item in items where try item.isIdentical(to: value) || interp.equals(item, value) { n += 1 }
    return n
  }
}
