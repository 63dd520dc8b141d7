extension Builtins {
  nonisolated(unsafe) static let enumerateType = BuiltinTypes.make("enumerate")
  nonisolated(unsafe) static let zipType = BuiltinTypes.make("zip")
  nonisolated(unsafe) static let mapType = BuiltinTypes.make("map")
  nonisolated(unsafe) static let filterType = BuiltinTypes.make("filter")
  nonisolated(unsafe) static let reversedType = BuiltinTypes.make("reversed")

  /// [enumerate](https://docs.python.org/3/library/functions.html#enumerate)
  static func enumerate(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try a.unpack("enumerate", ["iterable", "start?"])
    let it = try interp.iterator(p[0]!)
    // nil once the count has passed the largest int (the next element raises OverflowError).
    var i: Int? = try p[1].map { try interp.index($0) } ?? 0
    return .object(
      ClosureIterator(type: enumerateType) { interp in
        guard let v = try it.next(interp) else { return nil }
        guard let current = i else { throw Operators.overflow() }
        i = current == Int.max ? nil : current + 1
        return .tuple([.int(current), v])
      })
  }

  /// [zip](https://docs.python.org/3/library/functions.html#zip)
  static func zip(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    var strict = false
    for (k, v) in a.keywords {
      guard k == "strict" else { throw PyException.typeError("zip() got an unexpected keyword argument '\(k)'") }
      strict = try interp.truthy(v)
    }
    let its = try a.positional.map { try interp.iterator($0) }
    var done = its.isEmpty
    return .object(
      ClosureIterator(type: zipType) { interp in
        if done { return nil }
        var items: [PyValue] = []
        for (n, it) in its.enumerated() {
          guard let v = try it.next(interp) else {
            done = true
            if strict {
              if n > 0 {
                throw PyException.valueError("zip() argument \(n + 1) is shorter than argument\(n == 1 ? "" : "s") 1\(n == 1 ? "" : "-\(n)")")
              }
              for (m, other) in its.enumerated().dropFirst() where try other.next(interp) != nil {
                throw PyException.valueError("zip() argument \(m + 1) is longer than argument\(m == 1 ? "" : "s") 1\(m == 1 ? "" : "-\(m)")")
              }
            }
            return nil
          }
          items.append(v)
        }
        return .tuple(items)
      })
  }

  /// [map](https://docs.python.org/3/library/functions.html#map)
  static func map(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.noKeywords("map")
    guard a.positional.count >= 2 else { throw PyException.typeError("map() must have at least two arguments.") }
    let f = a.positional[0]
    let its = try a.positional.dropFirst().map { try interp.iterator($0) }
    return .object(
      ClosureIterator(type: mapType) { interp in
        var args: [PyValue] = []
        for it in its {
          guard let v = try it.next(interp) else { return nil }
          args.append(v)
        }
        return try interp.call(f, Arguments(args))
      })
  }

  /// [filter](https://docs.python.org/3/library/functions.html#filter)
  static func filter(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.expect("filter", count: 2)
    let f = a.positional[0]
    let it = try interp.iterator(a.positional[1])
    return .object(
      ClosureIterator(type: filterType) { interp in
        while let v = try it.next(interp) {
          let keep = f.isNone ? try interp.truthy(v) : try interp.truthy(try interp.call(f, Arguments([v])))
          if keep { return v }
        }
        return nil
      })
  }

  /// [reversed](https://docs.python.org/3/library/functions.html#reversed)
  static func reversed(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try one("reversed", a)
    if let o = v.object, let h = interp.hook(o.type, "__reversed__") { return try interp.call(h, Arguments([v])) }
    switch v {
    case .str(let s): return .object(SequenceIterator(s.unicodeScalars.reversed().map { .str(String($0)) }, type: reversedType))
    case .object(let o) where o is PyList || o is PyTuple || o is PyRange || o is PyDict || o is PyDictView:
      return .object(SequenceIterator(try interp.listOfValues(v).reversed(), type: reversedType))
    default:
      if let o = v.object, interp.hook(o.type, "__len__") != nil, interp.hook(o.type, "__getitem__") != nil {
        let n = try interp.length(v)
        var items: [PyValue] = []
        for i in stride(from: n - 1, through: 0, by: -1) { items.append(try interp.getItem(v, .int(i))) }
        return .object(SequenceIterator(items, type: reversedType))
      }
      throw PyException.typeError("'\(v.typeName)' object is not reversible")
    }
  }

  /// [sorted](https://docs.python.org/3/library/functions.html#sorted)
  static func sorted(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    guard a.positional.count == 1 else {
      throw PyException.typeError("sorted expected 1 argument, got \(a.positional.count)")
    }
    var key: PyValue = .none
    var reverse = false
    for (k, v) in a.keywords {
      switch k {
      case "key": key = v
      case "reverse": reverse = try interp.truthy(v)
      default: throw PyException.typeError("sort() got an unexpected keyword argument '\(k)'")
      }
    }
    return .list(try interp.sortValues(try interp.listOfValues(a.positional[0]), key: key, reverse: reverse))
  }

  static func extremum(_ interp: Interpreter, _ a: Arguments, _ name: String, _ op: ComparisonOperator) throws -> PyValue {
    var key: PyValue = .none
    var dflt: PyValue?
    for (k, v) in a.keywords {
      switch k {
      case "key": key = v
      case "default": dflt = v
      default: throw PyException.typeError("'\(k)' is an invalid keyword argument for \(name)()")
      }
    }
    let items: [PyValue]
    if a.positional.count == 1 {
      items = try interp.listOfValues(a.positional[0])
    } else if a.positional.isEmpty {
      throw PyException.typeError("\(name) expected at least 1 argument, got 0")
    } else {
      if dflt != nil {
        throw PyException.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
      }
      items = a.positional
    }
    guard var best = items.first else {
      if let d = dflt { return d }
      throw PyException.valueError("\(name)() arg is an empty sequence")
    }
    var bestKey = key.isNone ? best : try interp.call(key, Arguments([best]))
    for v in items.dropFirst() {
      let k = key.isNone ? v : try interp.call(key, Arguments([v]))
      if try interp.compareBool(op, k, bestKey) {
        best = v
        bestKey = k
      }
    }
    return best
  }

  /// [min](https://docs.python.org/3/library/functions.html#min)
  static func min(_ interp: Interpreter, _ a: Arguments) throws -> PyValue { try extremum(interp, a, "min", .lt) }
  /// [max](https://docs.python.org/3/library/functions.html#max)
  static func max(_ interp: Interpreter, _ a: Arguments) throws -> PyValue { try extremum(interp, a, "max", .gt) }

  /// [sum](https://docs.python.org/3/library/functions.html#sum)
  static func sum(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try a.unpack("sum", ["iterable", "start?"])
    var total = p[1] ?? .int(0)
    if case .str = total {
      throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]")
    }
    let it = try interp.iterator(p[0]!)
    while let v = try it.next(interp) {
      switch (total, v) {
      case (.int(let x), .int(let y)):
        let (s, o) = x.addingReportingOverflow(y)
        total = o ? try interp.binary(.add, total, v) : .int(s)
      case (.float(let x), .float(let y)): total = .float(x + y)
      default: total = try interp.binary(.add, total, v)
      }
    }
    return total
  }

  /// [any](https://docs.python.org/3/library/functions.html#any)
  static func any(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let it = try interp.iterator(try one("any", a))
    while let v = try it.next(interp) { if try interp.truthy(v) { return .bool(true) } }
    return .bool(false)
  }

  /// [all](https://docs.python.org/3/library/functions.html#all)
  static func all(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let it = try interp.iterator(try one("all", a))
    while let v = try it.next(interp) { if !(try interp.truthy(v)) { return .bool(false) } }
    return .bool(true)
  }

  /// [iter](https://docs.python.org/3/library/functions.html#iter)
  static func iter(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    .object(try interp.iterator(try one("iter", a)))
  }

  /// [next](https://docs.python.org/3/library/functions.html#next)
  static func next(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.noKeywords("next")
    guard a.positional.count == 1 || a.positional.count == 2 else {
      throw PyException.typeError("next expected at least 1 argument, got \(a.positional.count)")
    }
    let v = a.positional[0]
    if let g = v.object as? PyGenerator {
      switch try g.resume(interp, .send(.none)) {
      case .yielded(let x): return x
      case .returned(let r):
        if a.positional.count == 2 { return a.positional[1] }
        throw PyGenerator.stopIteration(r)
      }
    } else if let it = v.object as? PyIteratorObject {
      if let x = try it.next(interp) { return x }
    } else if let o = v.object, let h = interp.hook(o.type, "__next__") {
      do { return try interp.call(h, Arguments([v])) } catch let e as PyException
        where e.matches(ExceptionTypes.stopIteration) && a.positional.count == 2
      { return a.positional[1] }
    } else {
      throw PyException.typeError("'\(v.typeName)' object is not an iterator")
    }
    if a.positional.count == 2 { return a.positional[1] }
    throw PyException.stopIteration
  }
}

extension Interpreter {
  /// A stable sort with Python's `<` (and an optional key function), as `sorted` does.
  public func sortValues(_ items: [PyValue], key: PyValue = .none, reverse: Bool = false) throws -> [PyValue] {
    var decorated: [(k: PyValue, v: PyValue)] = []
    decorated.reserveCapacity(items.count)
    for v in items { decorated.append((key.isNone ? v : try call(key, Arguments([v])), v)) }
    if reverse { decorated.reverse() }
    var all = true
    for d in decorated { if case .int = d.k {} else { all = false; break } }
    if all {
      decorated.sort { $0.k.intValue < $1.k.intValue }
    } else {
      try mergeSort(&decorated) { try compareBool(.lt, $0.k, $1.k) }
    }
    if reverse { decorated.reverse() }
    return decorated.map(\.v)
  }

  /// Stable merge sort with a throwing comparison.
  func mergeSort<T>(_ a: inout [T], _ less: (T, T) throws -> Bool) throws {
    if a.count < 2 { return }
    var src = a
    var dst = a
    var width = 1
    while width < a.count {
      var i = 0
      while i < a.count {
        let mid = Swift.min(i + width, a.count)
        let hi = Swift.min(i + 2 * width, a.count)
        var l = i
        var r = mid
        var k = i
        while l < mid && r < hi {
          if try less(src[r], src[l]) {
            dst[k] = src[r]
            r += 1
          } else {
            dst[k] = src[l]
            l += 1
          }
          k += 1
        }
        while l < mid {
          dst[k] = src[l]
          l += 1
          k += 1
        }
        while r < hi {
          dst[k] = src[r]
          r += 1
          k += 1
        }
        i += 2 * width
      }
      swap(&src, &dst)
      width *= 2
    }
    a = src
  }
}
