// A first set of list/tuple/dict/set/int/float methods written by the interpreter's author;
// `Library/` completes them.
extension BuiltinMethodTables {
  static func receiverList(_ a: Arguments, _ method: String) throws -> PyList {
    guard let l = a.receiver.object as? PyList else {
      throw PyException.typeError("descriptor '\(method)' for 'list' objects doesn't apply to a '\(a.receiver.typeName)' object")
    }
    return l
  }

  static func receiverDict(_ a: Arguments, _ method: String) throws -> PyDict {
    guard let d = a.receiver.object as? PyDict else {
      throw PyException.typeError("descriptor '\(method)' for 'dict' objects doesn't apply to a '\(a.receiver.typeName)' object")
    }
    return d
  }

  static func receiverSet(_ a: Arguments, _ method: String) throws -> PySet {
    guard let s = a.receiver.object as? PySet else {
      throw PyException.typeError("descriptor '\(method)' for 'set' objects doesn't apply to a '\(a.receiver.typeName)' object")
    }
    return s
  }

  static func one(_ a: Arguments, _ method: String) throws -> PyValue {
    guard a.positional.count == 2, a.keywords.isEmpty else {
      throw PyException.typeError("\(method)() takes exactly one argument (\(a.positional.count - 1) given)")
    }
    return a.positional[1]
  }

  /// Methods of `list`.
  nonisolated(unsafe) static let list: [String: NativeFunction] = [
    "append": { interp, a in
      let l = try receiverList(a, "append")
      l.items.append(try one(a, "append"))
      if l.items.count & 0xFFFF == 0 { try interp.checkSize(l.items.count) }
      return .none
    },
    "extend": { interp, a in
      let l = try receiverList(a, "extend")
      let extra = try interp.listOfValues(try one(a, "extend"))
      try interp.checkSize(l.items.count + extra.count)
      l.items.append(contentsOf: extra)
      return .none
    },
    "pop": { interp, a in
      let l = try receiverList(a, "pop")
      if l.items.isEmpty { throw PyException.indexError("pop from empty list") }
      guard a.positional.count > 1 else { return l.items.removeLast() }
      var i = try interp.index(a.positional[1])
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw PyException.indexError("pop index out of range") }
      return l.items.remove(at: i)
    },
    "insert": { interp, a in
      let l = try receiverList(a, "insert")
      guard a.positional.count == 3 else { throw PyException.typeError("insert expected 2 arguments, got \(a.positional.count - 1)") }
      var i = try interp.index(a.positional[1])
      if i < 0 { i = max(0, i + l.items.count) }
      l.items.insert(a.positional[2], at: min(i, l.items.count))
      return .none
    },
    "sort": { interp, a in
      let l = try receiverList(a, "sort")
      var key = PyValue.none
      var reverse = false
      for (k, v) in a.keywords {
        switch k {
        case "key": key = v
        case "reverse": reverse = try interp.truthy(v)
        default: throw PyException.typeError("sort() got an unexpected keyword argument '\(k)'")
        }
      }
      l.items = try interp.sortValues(l.items, key: key, reverse: reverse)
      return .none
    },
    "reverse": { _, a in
      try receiverList(a, "reverse").items.reverse()
      return .none
    },
    "index": { interp, a in
      let l = try receiverList(a, "index")
      let x = try one(a, "index")
      for (i, v) in l.items.enumerated() where try interp.equals(v, x) { return .int(i) }
      throw PyException.valueError("\(try interp.repr(x)) is not in list")
    },
    "count": { interp, a in
      let l = try receiverList(a, "count")
      let x = try one(a, "count")
      return .int(try l.items.filter { try interp.equals($0, x) }.count)
    },
    "remove": { interp, a in
      let l = try receiverList(a, "remove")
      let x = try one(a, "remove")
      for (i, v) in l.items.enumerated() where try interp.equals(v, x) {
        l.items.remove(at: i)
        return .none
      }
      throw PyException.valueError("list.remove(x): x not in list")
    },
    "copy": { _, a in .list(try receiverList(a, "copy").items) },
    "clear": { _, a in
      try receiverList(a, "clear").items.removeAll()
      return .none
    },
  ]

  /// Methods of `tuple`.
  nonisolated(unsafe) static let tuple: [String: NativeFunction] = [
    "index": { interp, a in
      guard let t = a.receiver.object as? PyTuple else { throw PyException.typeError("tuple.index needs a tuple") }
      let x = try one(a, "index")
      for (i, v) in t.items.enumerated() where try interp.equals(v, x) { return .int(i) }
      throw PyException.valueError("tuple.index(x): x not in tuple")
    },
    "count": { interp, a in
      guard let t = a.receiver.object as? PyTuple else { throw PyException.typeError("tuple.count needs a tuple") }
      let x = try one(a, "count")
      return .int(try t.items.filter { try interp.equals($0, x) }.count)
    },
  ]

  /// Methods of `dict`.
  nonisolated(unsafe) static let dict: [String: NativeFunction] = [
    "keys": { _, a in .object(PyDictView(try receiverDict(a, "keys"), kind: .keys)) },
    "values": { _, a in .object(PyDictView(try receiverDict(a, "values"), kind: .values)) },
    "items": { _, a in .object(PyDictView(try receiverDict(a, "items"), kind: .items)) },
    "get": { interp, a in
      let d = try receiverDict(a, "get")
      guard a.positional.count == 2 || a.positional.count == 3 else {
        throw PyException.typeError("get expected at least 1 argument, got \(a.positional.count - 1)")
      }
      return d[try interp.key(a.positional[1])] ?? (a.positional.count == 3 ? a.positional[2] : .none)
    },
    "pop": { interp, a in
      let d = try receiverDict(a, "pop")
      guard a.positional.count == 2 || a.positional.count == 3 else {
        throw PyException.typeError("pop expected at least 1 argument, got \(a.positional.count - 1)")
      }
      if let v = d.remove(try interp.key(a.positional[1])) { return v }
      if a.positional.count == 3 { return a.positional[2] }
      throw PyException.keyError(a.positional[1])
    },
    "setdefault": { interp, a in
      let d = try receiverDict(a, "setdefault")
      guard a.positional.count >= 2 else { throw PyException.typeError("setdefault expected at least 1 argument, got 0") }
      let k = try interp.key(a.positional[1])
      if let v = d[k] { return v }
      let v = a.positional.count > 2 ? a.positional[2] : .none
      d[k] = v
      return v
    },
    "update": { interp, a in
      let d = try receiverDict(a, "update")
      if a.positional.count > 1 { try interp.updateDict(d, from: a.positional[1]) }
      for (k, v) in a.keywords { d[k] = v }
      return .none
    },
    "copy": { interp, a in
      let d = try receiverDict(a, "copy")
      let c = PyDict()
      for (k, v) in d.items { c[try interp.key(k)] = v }
      return .object(c)
    },
    "clear": { _, a in
      try receiverDict(a, "clear").removeAll()
      return .none
    },
  ]

  /// Methods of `set` and `frozenset`.
  nonisolated(unsafe) static let set: [String: NativeFunction] = [
    "add": { interp, a in
      try receiverSet(a, "add").insert(try interp.key(try one(a, "add")))
      return .none
    },
    "discard": { interp, a in
      try receiverSet(a, "discard").remove(try interp.key(try one(a, "discard")))
      return .none
    },
    "remove": { interp, a in
      let x = try one(a, "remove")
      if !(try receiverSet(a, "remove").remove(try interp.key(x))) { throw PyException.keyError(x) }
      return .none
    },
    "update": { interp, a in
      let s = try receiverSet(a, "update")
      for other in a.positional.dropFirst() { for v in try interp.listOfValues(other) { s.insert(try interp.key(v)) } }
      return .none
    },
  ]

  /// Methods of `int`.
  nonisolated(unsafe) static let int: [String: NativeFunction] = [
    "bit_length": { _, a in .int(Int.bitWidth - a.receiver.intValue.magnitude.leadingZeroBitCount) }
  ]

  /// Methods of `float`.
  nonisolated(unsafe) static let float: [String: NativeFunction] = [
    "is_integer": { _, a in
      guard case .float(let d) = a.receiver else { throw PyException.typeError("is_integer needs a float") }
      return .bool(d.isFinite && d.rounded() == d)
    }
  ]
}
