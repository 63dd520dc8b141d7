/// The methods of `set` and `frozenset`.
extension BuiltinMethodTables {
  /// `set.add`, `set.union`, ... keyed by name.
  nonisolated(unsafe) static let set: [String: NativeFunction] = [
    "add": { interp, a in
      let v = try MethodArguments.positional(a, "set.add", 1...1)
      try mutableSet(a, "add").insert(try interp.key(v[0]))
      return .none
    },
    "remove": { interp, a in
      let v = try MethodArguments.positional(a, "set.remove", 1...1)
      guard try mutableSet(a, "remove").remove(try interp.key(v[0])) else {
        throw PyException.keyError(v[0])
      }
      return .none
    },
    "discard": { interp, a in
      let v = try MethodArguments.positional(a, "set.discard", 1...1)
      try mutableSet(a, "discard").remove(try interp.key(v[0]))
      return .none
    },
    "pop": { _, a in
      _ = try MethodArguments.positional(a, "set.pop", 0...0)
      let s = try mutableSet(a, "pop")
      guard let first = s.elements.first,
        let key = SetAlgebra.orderedKeys(s).first(where: { $0.value.isIdentical(to: first) })
      else { throw PyException.keyError(.str("pop from an empty set")) }
      s.remove(key)
      return first
    },
    "clear": { _, a in
      _ = try MethodArguments.positional(a, "set.clear", 0...0)
      SetAlgebra.replaceContents(of: try mutableSet(a, "clear"), with: [])
      return .none
    },
    "copy": { _, a in
      _ = try MethodArguments.positional(a, "set.copy", 0...0)
      let s = try setReceiver(a)
      return .object(SetAlgebra.make(SetAlgebra.orderedKeys(s), frozen: s.isFrozen))
    },
    "union": { interp, a in try combine(a, interp, .union) },
    "intersection": { interp, a in try combine(a, interp, .intersection) },
    "difference": { interp, a in try combine(a, interp, .difference) },
    "symmetric_difference": { interp, a in try combine(a, interp, .symmetricDifference) },
    "update": { interp, a in try update(a, interp, .union) },
    "intersection_update": { interp, a in try update(a, interp, .intersection) },
    "difference_update": { interp, a in try update(a, interp, .difference) },
    "symmetric_difference_update": { interp, a in try update(a, interp, .symmetricDifference) },
    "issubset": { interp, a in
      let (s, other) = try unaryOperand(a, interp, "issubset")
      return .bool(s.storage.keys.allSatisfy { other.contains($0) })
    },
    "issuperset": { interp, a in
      let (s, other) = try unaryOperand(a, interp, "issuperset")
      return .bool(other.allSatisfy { s.contains($0) })
    },
    "isdisjoint": { interp, a in
      let (s, other) = try unaryOperand(a, interp, "isdisjoint")
      return .bool(!other.contains { s.contains($0) })
    },
  ]

  private static func setReceiver(_ a: Arguments) throws -> PySet {
    try a.receiver(as: PySet.self, method: "set")
  }

  private static func mutableSet(_ a: Arguments, _ method: String) throws -> PySet {
    let s = try setReceiver(a)
    if s.isFrozen {
      throw PyException.attributeError("'frozenset' object has no attribute '\(method)'")
    }
    return s
  }

  private static func unaryOperand(_ a: Arguments, _ interp: Interpreter, _ name: String) throws -> (PySet, Set<PyKey>) {
    let v = try MethodArguments.positional(a, "set.\(name)", 1...1)
    return (try setReceiver(a), Set(try SetAlgebra.keys(of: v[0], interp)))
  }

  private static func combine(_ a: Arguments, _ interp: Interpreter, _ op: SetAlgebra.Operation) throws -> PyValue {
    let s = try setReceiver(a)
    var result = SetAlgebra.orderedKeys(s)
    for other in a.positional.dropFirst() {
      result = SetAlgebra.apply(op, result, try SetAlgebra.keys(of: other, interp))
    }
    return .object(SetAlgebra.make(result, frozen: s.isFrozen))
  }

  private static func update(_ a: Arguments, _ interp: Interpreter, _ op: SetAlgebra.Operation) throws -> PyValue {
    let s = try mutableSet(a, "update")
    var result = SetAlgebra.orderedKeys(s)
    for other in a.positional.dropFirst() {
      result = SetAlgebra.apply(op, result, try SetAlgebra.keys(of: other, interp))
    }
    SetAlgebra.replaceContents(of: s, with: result)
    return .none
  }
}

/// Set algebra on element keys, keeping the left operand's order first.
enum SetAlgebra {
  /// The binary set operations (`|`, `&`, `-`, `^`).
  enum Operation {
    case union, intersection, difference, symmetricDifference
  }

  static func apply(_ op: Operation, _ left: [PyKey], _ right: [PyKey]) -> [PyKey] {
    let rightSet = Set(right)
    switch op {
    case .union:
      var seen = Set(left)
      return left + right.filter { seen.insert($0).inserted }
    case .intersection: return left.filter { rightSet.contains($0) }
    case .difference: return left.filter { !rightSet.contains($0) }
    case .symmetricDifference:
      let leftSet = Set(left)
      var seen = Set<PyKey>()
      return left.filter { !rightSet.contains($0) } + right.filter { !leftSet.contains($0) && seen.insert($0).inserted }
    }
  }

  /// The keys of an iterable's elements (hashing them, which may raise).
  static func keys(of value: PyValue, _ interp: Interpreter) throws -> [PyKey] {
    if case .object(let s as PySet) = value { return orderedKeys(s) }
    guard let items = try interp.iterableValues(value) else {
      throw PyException.typeError("'\(value.typeName)' object is not iterable")
    }
    return try items.map { try interp.key($0) }
  }

  /// A new set (or frozenset) of `keys`.
  static func make(_ keys: [PyKey], frozen: Bool) -> PySet {
    let s = PySet(frozen: frozen)
    for k in keys { s.insert(k) }
    return s
  }

  /// The element keys in insertion order (keys keep the hash `__hash__` gave them).
  static func orderedKeys(_ s: PySet) -> [PyKey] { s.order.compactMap { $0 } }

  static func replaceContents(of s: PySet, with keys: [PyKey]) {
    for k in orderedKeys(s) { s.remove(k) }
    for k in keys { s.insert(k) }
  }
}
