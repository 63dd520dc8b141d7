/// A hashable wrapper of a Python value used as a dict key or set element.
///
/// Equal numbers hash alike across `bool`, `int` and `float` as in Python. Objects hash by
/// identity unless their class defines `__hash__`, whose result is computed when the key is made.
public struct PyKey: Hashable {
  /// The wrapped value.
  public let value: PyValue
  let customHash: Int?
  /// Compares objects whose class defines `__eq__` and `__hash__`.
  /// Not retained (the interpreter outlives its dicts' use). An `Unmanaged` reference, not
  /// `unowned(unsafe) Interpreter?`, which the Swift 6.3 compiler over-releases when a key is
  /// copied out of a dict entry (a crash on reading an attribute twice).
  let interpreter: Unmanaged<Interpreter>?
  var interp: Interpreter? { interpreter?.takeUnretainedValue() }

  /// Wraps a value whose hash needs no Python code (numbers, strings, tuples of them, objects by identity).
  public init(_ value: PyValue) {
    self.value = value
    customHash = nil
    interpreter = nil
  }

  init(value: PyValue, customHash: Int, interp: Interpreter) {
    self.value = value
    self.customHash = customHash
    interpreter = Unmanaged.passUnretained(interp)
  }

  public static func == (a: PyKey, b: PyKey) -> Bool {
    if let h = a.customHash, h == b.customHash, let interp = a.interp ?? b.interp {
      if case .object(let x) = a.value, case .object(let y) = b.value, x === y { return true }
      return (try? interp.equals(a.value, b.value)) ?? false
    }
    return PyKey.equal(a.value, b.value)
  }

  static func equal(_ a: PyValue, _ b: PyValue) -> Bool {
    switch (a, b) {
    case (.str(let x), .str(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.none, .none): return true
    case (.object(let x), .object(let y)):
      if x === y { return true }
      if let t = x as? PyTuple, let u = y as? PyTuple {
        return t.items.count == u.items.count && zip(t.items, u.items).allSatisfy { equal($0, $1) }
      }
      if let t = x as? PySet, let u = y as? PySet, t.isFrozen && u.isFrozen {
        return t.storage.count == u.storage.count && t.storage.keys.allSatisfy { u.storage[$0] != nil }
      }
      if let t = x as? PyBytes, let u = y as? PyBytes { return t.bytes == u.bytes }
      if let t = x as? PyComplex, let u = y as? PyComplex { return t.real == u.real && t.imag == u.imag }
      return false
    default:
      if let x = a.numericValue, let y = b.numericValue { return x == y }
      if a.isComplex || b.isComplex, let x = a.complexParts, let y = b.complexParts {
        return x.real == y.real && x.imag == y.imag
      }
      return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    if let h = customHash {
      hasher.combine(h)
      return
    }
    PyKey.hash(value, into: &hasher)
  }

  static func hash(_ v: PyValue, into hasher: inout Hasher) {
    switch v {
    case .none: hasher.combine(0)
    case .bool(let b): hasher.combine(b ? 1 : 0)
    case .int(let i): hasher.combine(i)
    case .float(let d):
      if let i = Int(exactly: d) { hasher.combine(i) } else { hasher.combine(d) }
    case .str(let s): hasher.combine(s)
    case .object(let o):
      if let t = o as? PyTuple {
        hasher.combine(t.items.count)
        for i in t.items { hash(i, into: &hasher) }
      } else if let s = o as? PySet {
        var h = 0
        for k in s.storage.keys { h ^= k.hashValue }
        hasher.combine(h)
      } else if let b = o as? PyBytes {
        hasher.combine(b.bytes)
      } else if let c = o as? PyComplex {
        // Equal to the real part's hash when the imaginary part is 0 (`1+0j == 1`).
        if c.imag == 0 { hash(.float(c.real), into: &hasher) } else { hasher.combine(ComplexKernels.hash((c.real, c.imag))) }
      } else {
        hasher.combine(ObjectIdentifier(o))
      }
    }
  }
}

extension PyValue {
  /// The value as a Double when it is a bool, int or float.
  var numericValue: Double? {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .none, .str, .object: return nil
    }
  }
}
