/// Iterates a fixed array (tuples, snapshots, generator expressions).
public final class SequenceIterator: PyIteratorObject {
  let items: [PyValue]
  var position = 0

  /// Creates an iterator over `items`; `type` names it (`tuple_iterator`, `generator`...).
  public init(_ items: [PyValue], type: PyType = BuiltinTypes.iterator) {
    self.items = items
    super.init(type: type)
  }

  public override func next(_ interp: Interpreter) throws -> PyValue? {
    guard position < items.count else { return nil }
    defer { position += 1 }
    return items[position]
  }
}

/// Iterates a list live (appends during iteration are seen, as in CPython).
final class ListIterator: PyIteratorObject {
  let list: PyList
  var position = 0

  init(_ list: PyList) {
    self.list = list
    super.init(type: BuiltinTypes.iterator)
  }

  override func next(_ interp: Interpreter) throws -> PyValue? {
    guard position < list.items.count else { return nil }
    defer { position += 1 }
    return list.items[position]
  }
}

/// Iterates a dict's keys; a change of size during the iteration raises `RuntimeError` as in CPython.
final class DictIterator: PyIteratorObject {
  let target: PyDict
  let keys: [PyValue]
  let size: Int
  var position = 0

  init(_ dict: PyDict) {
    target = dict
    keys = dict.keys
    size = dict.count
    super.init(type: BuiltinTypes.iterator)
  }

  override func next(_ interp: Interpreter) throws -> PyValue? {
    if target.count != size {
      position = keys.count
      throw PyException.runtimeError("dictionary changed size during iteration")
    }
    guard position < keys.count else { return nil }
    defer { position += 1 }
    return keys[position]
  }
}

/// Iterates a range without materializing it.
final class RangeIterator: PyIteratorObject {
  var current: Int
  var remaining: Int
  let step: Int

  init(_ r: PyRange) {
    current = r.start
    remaining = r.count
    step = r.step
    super.init(type: BuiltinTypes.iterator)
  }

  override func next(_ interp: Interpreter) throws -> PyValue? {
    guard remaining > 0 else { return nil }
    // Native loops (`sum(range(10**18))`) spend the step budget too.
    if remaining & 0x7F == 0 { try interp.tick() }
    defer {
      current &+= step
      remaining -= 1
    }
    return .int(current)
  }
}

/// Iterates an object whose class defines `__next__` (Python iterator classes).
final class HookIterator: PyIteratorObject {
  let target: PyValue
  let nextMethod: PyValue

  init(target: PyValue, nextMethod: PyValue) {
    self.target = target
    self.nextMethod = nextMethod
    super.init(type: BuiltinTypes.iterator)
  }

  override func next(_ interp: Interpreter) throws -> PyValue? {
    do {
      return try interp.call(nextMethod, Arguments([target]))
    } catch let e as PyException where e.matches(ExceptionTypes.stopIteration) {
      return nil
    }
  }
}

/// Iterates with the legacy `__getitem__(0), __getitem__(1), ...` protocol until `IndexError`.
final class GetItemIterator: PyIteratorObject {
  let target: PyValue
  let getter: PyValue
  var position = 0

  init(target: PyValue, getter: PyValue) {
    self.target = target
    self.getter = getter
    super.init(type: BuiltinTypes.iterator)
  }

  override func next(_ interp: Interpreter) throws -> PyValue? {
    do {
      defer { position += 1 }
      return try interp.call(getter, Arguments([target, .int(position)]))
    } catch let e as PyException where e.matches(ExceptionTypes.indexError) || e.matches(ExceptionTypes.stopIteration) {
      return nil
    }
  }
}

/// An iterator computed by a Swift closure (`map`, `filter`, `zip`, `enumerate` objects).
public final class ClosureIterator: PyIteratorObject {
  let step: (Interpreter) throws -> PyValue?

  /// Creates an iterator whose `next` calls `step`; nil ends the iteration.
  public init(type: PyType = BuiltinTypes.iterator, _ step: @escaping (Interpreter) throws -> PyValue?) {
    self.step = step
    super.init(type: type)
  }

  public override func next(_ interp: Interpreter) throws -> PyValue? { try step(interp) }
}

extension Interpreter {
  func isIterable(_ o: PyObject) -> Bool {
    o is PyList || o is PyTuple || o is PyDict || o is PySet || o is PyRange || o is PyIteratorObject
      || o is PyDictView || o is PyBytes || hook(o.type, "__iter__") != nil || hook(o.type, "__getitem__") != nil
  }

  /// `iter(v)`.
  /// - Throws: `TypeError: 'int' object is not iterable`.
  public func iterator(_ v: PyValue) throws -> PyIteratorObject {
    if case .object(let o) = v, !o.type.isImmutable, hook(o.type, "__iter__") != nil { return try hookIterator(v) }
    return try builtinIterator(v)
  }

  /// `iter(v)` as the built-in classes make it (`list.__iter__`), Python overrides aside.
  func builtinIterator(_ v: PyValue) throws -> PyIteratorObject {
    switch v {
    case .str(let s):
      return SequenceIterator(s.unicodeScalars.map { .str(String($0)) })
    case .object(let o):
      if let l = o as? PyList { return ListIterator(l) }
      if let it = o as? PyIteratorObject { return it }
      if let t = o as? PyTuple { return SequenceIterator(t.items) }
      if let r = o as? PyRange { return RangeIterator(r) }
      if let d = o as? PyDict { return DictIterator(d) }
      if let s = o as? PySet { return SequenceIterator(s.elements) }
      if let dv = o as? PyDictView { return SequenceIterator(dv.elements) }
      if let b = o as? PyBytes { return SequenceIterator(b.bytes.map { .int(Int($0)) }) }
      if hook(o.type, "__iter__") != nil { return try hookIterator(v) }
      if let g = hook(o.type, "__getitem__") { return GetItemIterator(target: v, getter: g) }
    case .none, .bool, .int, .float: break
    }
    throw PyException.typeError("'\(v.typeName)' object is not iterable")
  }

  /// The iterator a class's `__iter__` returns.
  func hookIterator(_ v: PyValue) throws -> PyIteratorObject {
    guard let o = v.object, let h = hook(o.type, "__iter__") else { return try builtinIterator(v) }
    let r = try call(h, Arguments([v]))
    if let it = r.object as? PyIteratorObject { return it }
    guard let n = hook(r.type, "__next__") else {
      throw PyException.typeError("iter() returned non-iterator of type '\(r.typeName)'")
    }
    return HookIterator(target: r, nextMethod: n)
  }

  /// All values an iterable produces.
  public func listOfValues(_ v: PyValue) throws -> [PyValue] {
    if case .object(let o) = v, o.type.isImmutable {
      if let l = o as? PyList { return l.items }
      if let t = o as? PyTuple { return t.items }
    }
    let it = try iterator(v)
    var out: [PyValue] = []
    while let x = try it.next(self) {
      out.append(x)
      if out.count & 0xFFFF == 0 {
        try checkSize(out.count)
        try tick()
      }
    }
    return out
  }

  func unpackIterable(_ v: PyValue, expected: Int?) throws -> [PyValue] {
    let it: PyIteratorObject
    do { it = try iterator(v) } catch let e as PyException where e.matches(ExceptionTypes.typeError) {
      throw PyException.typeError("cannot unpack non-iterable \(v.typeName) object")
    }
    var out: [PyValue] = []
    while let x = try it.next(self) {
      out.append(x)
      if let n = expected, out.count > n { break }
      if out.count & 0xFFFF == 0 { try checkSize(out.count) }
    }
    return out
  }
}
