extension Interpreter {
  /// An `int` from an index-like value (`__index__`), or `TypeError`.
  public func index(_ v: PyValue) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let h = hook(o.type, "__index__") { return try index(try call(h, Arguments([v]))) }
    case .none, .float, .str: break
    }
    throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
  }

  /// The dict key of a value, computing `__hash__` for classes that define it.
  public func key(_ v: PyValue) throws -> PyKey {
    guard case .object(let o) = v else { return PyKey(v) }
    if o is PyList || o is PyDict || (o as? PySet)?.isFrozen == false || o is PyDictView {
      throw PyException.typeError("unhashable type: '\(o.type.name)'")
    }
    if let t = o as? PyTuple {
      nestingDepth += 1
      defer { nestingDepth -= 1 }
      if nestingDepth > limits.recursionLimit {
        throw PyException(ExceptionTypes.recursionError, "maximum recursion depth exceeded while hashing a tuple")
      }
      for i in t.items { _ = try key(i) }
      return PyKey(v)
    }
    if o.type.module != "builtins" {
      if let h = hook(o.type, "__hash__") {
        if case .none = h { throw PyException.typeError("unhashable type: '\(o.type.name)'") }
        return PyKey(value: v, customHash: try index(try call(h, Arguments([v]))), interp: self)
      }
      if hook(o.type, "__eq__") != nil { throw PyException.typeError("unhashable type: '\(o.type.name)'") }
    }
    return PyKey(v)
  }

  /// `len(v)`.
  public func length(_ v: PyValue) throws -> Int {
    if case .object(let o) = v, let h = pythonHook(o, "__len__") { return try lengthResult(try call(h, Arguments([v]))) }
    return try builtinLength(v)
  }

  /// `len` as the built-in classes compute it (`list.__len__`), Python overrides aside.
  func builtinLength(_ v: PyValue) throws -> Int {
    switch v {
    case .str(let s): return s.unicodeScalars.count
    case .object(let o):
      if let l = o as? PyList { return l.items.count }
      if let t = o as? PyTuple { return t.items.count }
      if let d = o as? PyDict { return d.count }
      if let s = o as? PySet { return s.count }
      if let r = o as? PyRange { return r.count }
      if let b = o as? PyBytes { return b.bytes.count }
      if let dv = o as? PyDictView { return dv.target.count }
      if let h = hook(o.type, "__len__") { return try lengthResult(try call(h, Arguments([v]))) }
    case .none, .bool, .int, .float: break
    }
    throw PyException.typeError("object of type '\(v.typeName)' has no len()")
  }

  /// Resolves a slice against a length: (start, stop, step, count) as `slice.indices` does.
  public func sliceIndices(_ s: PySlice, length n: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
    let step: Int
    if case .none = s.step { step = 1 } else { step = try sliceIndex(s.step) }
    if step == 0 { throw PyException.valueError("slice step cannot be zero") }
    func clamp(_ v: PyValue, _ dflt: Int) throws -> Int {
      if case .none = v { return dflt }
      var i = try sliceIndex(v)
      if i < 0 {
        i += n
        if i < 0 { i = step < 0 ? -1 : 0 }
      } else if i >= n {
        i = step < 0 ? n - 1 : n
      }
      return i
    }
    let start = try clamp(s.start, step < 0 ? n - 1 : 0)
    let stop = try clamp(s.stop, step < 0 ? -1 : n)
    return (start, stop, step, PyRange.count(start: start, stop: stop, step: step))
  }

  func sliceIndex(_ v: PyValue) throws -> Int {
    do { return try index(v) } catch {
      throw PyException.typeError("slice indices must be integers or None or have an __index__ method")
    }
  }

  func sliced<T>(_ items: [T], _ s: PySlice) throws -> [T] {
    let (start, _, step, count) = try sliceIndices(s, length: items.count)
    if step == 1 { return Array(items[start..<start + count]) }
    var out: [T] = []
    out.reserveCapacity(count)
    var i = start
    for _ in 0..<count {
      out.append(items[i])
      i &+= step  // past the last element the index is not used (and may leave 64 bits)
    }
    return out
  }

  func normalizedIndex(_ key: PyValue, count: Int, what: String) throws -> Int {
    let i: Int
    do { i = try index(key) } catch {
      // CPython: "list indices must be ..." even for assignments ("list assignment index out of range").
      let kind = what.hasSuffix(" assignment") ? String(what.dropLast(" assignment".count)) : what
      throw PyException.typeError("\(kind) indices must be integers or slices, not \(key.typeName)")
    }
    let j = i < 0 ? i + count : i
    if j < 0 || j >= count { throw PyException.indexError("\(what) index out of range") }
    return j
  }

  /// `container[key]`.
  func lengthResult(_ r: PyValue) throws -> Int {
    let n = try index(r)
    if n < 0 { throw PyException.valueError("__len__() should return >= 0") }
    return n
  }

  /// The hook `name` of an instance of a Python class, built-in subclasses included: it comes
  /// before the built-in fast paths (a `dict` subclass's own `__getitem__`).
  @inline(__always) func pythonHook(_ o: PyObject, _ name: String) -> PyValue? {
    o.type.isImmutable ? nil : hook(o.type, name)
  }

  /// `container[key]`.
  public func getItem(_ container: PyValue, _ key: PyValue) throws -> PyValue {
    if case .object(let o) = container, let h = pythonHook(o, "__getitem__") {
      return try call(h, Arguments([container, key]))
    }
    return try builtinGetItem(container, key)
  }

  /// `container[key]` as the built-in classes do it (`dict.__getitem__`), Python overrides aside.
  func builtinGetItem(_ container: PyValue, _ key: PyValue) throws -> PyValue {
    switch container {
    case .str(let s):
      let scalars = Array(s.unicodeScalars)
      if let sl = key.object as? PySlice { return .str(String(String.UnicodeScalarView(try sliced(scalars, sl)))) }
      let i = try normalizedIndex(key, count: scalars.count, what: "string")
      return .str(String(scalars[i]))
    case .object(let o):
      if let l = o as? PyList {
        if let sl = key.object as? PySlice { return .list(try sliced(l.items, sl)) }
        return l.items[try normalizedIndex(key, count: l.items.count, what: "list")]
      }
      if let t = o as? PyTuple {
        if let sl = key.object as? PySlice { return .tuple(try sliced(t.items, sl)) }
        return t.items[try normalizedIndex(key, count: t.items.count, what: "tuple")]
      }
      if let d = o as? PyDict {
        if let v = d[try self.key(key)] { return v }
        if o.type !== BuiltinTypes.dict, let h = hook(o.type, "__missing__") {
          return try call(h, Arguments([container, key]))
        }
        throw PyException.keyError(key)
      }
      if let r = o as? PyRange {
        if let sl = key.object as? PySlice {
          let (start, _, step, count) = try sliceIndices(sl, length: r.count)
          let (s0, o1) = r.start.addingReportingOverflow(start.multipliedReportingOverflow(by: r.step).partialValue)
          let (newStep, o2) = step.multipliedReportingOverflow(by: r.step)
          let (span, o3) = count.multipliedReportingOverflow(by: newStep)
          let (stop, o4) = s0.addingReportingOverflow(span)
          if o1 || o2 || o3 || o4 || start.multipliedReportingOverflow(by: r.step).overflow {
            throw Operators.overflow()
          }
          return .object(PyRange(start: s0, stop: stop, step: newStep))
        }
        let i = try normalizedIndex(key, count: r.count, what: "range object")
        let (offset, o1) = r.step.multipliedReportingOverflow(by: i)
        let (value, o2) = r.start.addingReportingOverflow(offset)
        if o1 || o2 { throw Operators.overflow() }
        return .int(value)
      }
      if let b = o as? PyBytes {
        if let sl = key.object as? PySlice { return .object(PyBytes(try sliced(b.bytes, sl))) }
        return .int(Int(b.bytes[try normalizedIndex(key, count: b.bytes.count, what: "index")]))
      }
      if let h = hook(o.type, "__getitem__") { return try call(h, Arguments([container, key])) }
      if let t = o as? PyType {
        if let h = t.lookup("__class_getitem__"), let w = h.object as? PyMethodWrapper {
          return try call(w.function, Arguments([container, key]))
        }
        if t.module == "builtins" { return container }
        throw PyException.typeError("type '\(t.name)' is not subscriptable")
      }
    case .none, .bool, .int, .float: break
    }
    throw PyException.typeError("'\(container.typeName)' object is not subscriptable")
  }

  /// `container[key] = value`.
  public func setItem(_ container: PyValue, _ key: PyValue, _ value: PyValue) throws {
    if case .object(let o) = container, let h = pythonHook(o, "__setitem__") {
      _ = try call(h, Arguments([container, key, value]))
      return
    }
    try builtinSetItem(container, key, value)
  }

  /// `container[key] = value` as the built-in classes do it (`dict.__setitem__`).
  func builtinSetItem(_ container: PyValue, _ key: PyValue, _ value: PyValue) throws {
    if case .object(let o) = container {
      if let l = o as? PyList {
        if let sl = key.object as? PySlice {
          let newItems: [PyValue]
          do { newItems = try listOfValues(value) } catch let e as PyException where e.matches(ExceptionTypes.typeError) {
            throw PyException.typeError("can only assign an iterable")
          }
          let (start, stop, step, count) = try sliceIndices(sl, length: l.items.count)
          if step == 1 {
            l.items.replaceSubrange(start..<max(start, stop), with: newItems)
          } else {
            if newItems.count != count {
              throw PyException.valueError(
                "attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
            }
            var i = start
            for v in newItems {
              l.items[i] = v
              i &+= step
            }
          }
          return
        }
        l.items[try normalizedIndex(key, count: l.items.count, what: "list assignment")] = value
        return
      }
      if let d = o as? PyDict {
        d[try self.key(key)] = value
        return
      }
      if let h = hook(o.type, "__setitem__") {
        _ = try call(h, Arguments([container, key, value]))
        return
      }
    }
    throw PyException.typeError("'\(container.typeName)' object does not support item assignment")
  }

  /// `del container[key]`.
  public func deleteItem(_ container: PyValue, _ key: PyValue) throws {
    if case .object(let o) = container, let h = pythonHook(o, "__delitem__") {
      _ = try call(h, Arguments([container, key]))
      return
    }
    try builtinDeleteItem(container, key)
  }

  /// `del container[key]` as the built-in classes do it (`dict.__delitem__`).
  func builtinDeleteItem(_ container: PyValue, _ key: PyValue) throws {
    if case .object(let o) = container {
      if let l = o as? PyList {
        if let sl = key.object as? PySlice {
          let (start, _, step, count) = try sliceIndices(sl, length: l.items.count)
          var doomed = Set<Int>()
          var i = start
          for _ in 0..<count {
            doomed.insert(i)
            i &+= step
          }
          l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
          return
        }
        l.items.remove(at: try normalizedIndex(key, count: l.items.count, what: "list assignment"))
        return
      }
      if let d = o as? PyDict {
        if d.remove(try self.key(key)) == nil { throw PyException.keyError(key) }
        return
      }
      if let h = hook(o.type, "__delitem__") {
        _ = try call(h, Arguments([container, key]))
        return
      }
    }
    throw PyException.typeError("'\(container.typeName)' object doesn't support item deletion")
  }
}
