/// A Python `dict`: insertion-ordered, keys compared with Python equality.
public final class PyDict: PyObject {
  var index: [PyKey: Int] = [:]
  struct Entry {
    var key: PyKey
    var value: PyValue
  }
  var entries: [Entry?] = []

  deinit {
    var values: [PyValue] = []
    for case let e? in entries {
      values.append(e.value)
      values.append(e.key.value)
    }
    entries = []
    index = [:]
    Trashcan.retire(&values)
  }

  /// Creates an empty dict.
  public override init(type: PyType = BuiltinTypes.dict) {
    super.init(type: type)
  }

  /// The number of items.
  public var count: Int { index.count }

  /// The items in insertion order.
  public var items: [(key: PyValue, value: PyValue)] {
    var out: [(key: PyValue, value: PyValue)] = []
    out.reserveCapacity(index.count)
    for i in entries.indices {
      if let e = entries[i] { out.append((e.key.value, e.value)) }
    }
    return out
  }

  /// The keys in insertion order.
  public var keys: [PyValue] {
    var out: [PyValue] = []
    out.reserveCapacity(index.count)
    for i in entries.indices {
      if let e = entries[i] { out.append(e.key.value) }
    }
    return out
  }

  /// Looks a key up.
  public subscript(key: PyKey) -> PyValue? {
    get { index[key].flatMap { entries[$0]?.value } }
    set {
      if let v = newValue {
        if let i = index[key] {
          entries[i]!.value = v
        } else {
          index[key] = entries.count
          entries.append(Entry(key: key, value: v))
        }
      } else {
        _ = remove(key)
      }
    }
  }

  /// Looks a string key up (attribute dictionaries).
  public subscript(name: String) -> PyValue? {
    get { self[PyKey(.str(name))] }
    set { self[PyKey(.str(name))] = newValue }
  }

  /// Removes a key, returning its value.
  @discardableResult public func remove(_ key: PyKey) -> PyValue? {
    guard let i = index.removeValue(forKey: key) else { return nil }
    let v = entries[i]?.value
    entries[i] = nil
    if entries.count > 32 && index.count * 2 < entries.count { compact() }
    return v
  }

  /// Removes every item.
  public func removeAll() {
    index = [:]
    entries = []
  }

  func compact() {
    entries = entries.filter { $0 != nil }
    for (i, e) in entries.enumerated() { index[e!.key] = i }
  }
}

/// A Python `set` or `frozenset`.
public final class PySet: PyObject {
  /// The elements (set order is not insertion order in CPython; see `orderedElements`).
  public var storage: [PyKey: Int] = [:]
  var order: [PyKey?] = []
  /// True for `frozenset`.
  public let isFrozen: Bool

  /// Creates an empty set.
  public init(frozen: Bool = false, type: PyType? = nil) {
    isFrozen = frozen
    super.init(type: type ?? (frozen ? BuiltinTypes.frozenset : BuiltinTypes.set))
  }

  /// The number of elements.
  public var count: Int { storage.count }

  /// Whether the set holds an element.
  public func contains(_ k: PyKey) -> Bool { storage[k] != nil }

  /// Adds an element.
  public func insert(_ k: PyKey) {
    if storage[k] == nil {
      storage[k] = order.count
      order.append(k)
    }
  }

  /// Removes an element; returns whether it was present.
  @discardableResult public func remove(_ k: PyKey) -> Bool {
    guard let i = storage.removeValue(forKey: k) else { return false }
    order[i] = nil
    if order.count > 32 && storage.count * 2 < order.count {
      order = order.filter { $0 != nil }
      for (j, e) in order.enumerated() { storage[e!] = j }
    }
    return true
  }

  /// The elements in CPython's iteration order for small ints and insertion order otherwise.
  public var elements: [PyValue] {
    let live = order.compactMap { $0?.value }
    return SetOrder.cpythonOrder(live)
  }
}
