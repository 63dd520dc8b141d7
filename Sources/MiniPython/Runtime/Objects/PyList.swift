/// A Python `list`.
public final class PyList: PyObject {
  /// The elements.
  public var items: [PyValue]

  /// Creates a list.
  public init(_ items: [PyValue] = [], type: PyType = BuiltinTypes.list) {
    self.items = items
    super.init(type: type)
  }

  deinit { Trashcan.retire(&items) }
}

/// A Python `tuple`.
public final class PyTuple: PyObject {
  /// The elements (immutable: only `deinit` empties them).
  public private(set) var items: [PyValue]

  /// Creates a tuple.
  public init(_ items: [PyValue], type: PyType = BuiltinTypes.tuple) {
    self.items = items
    super.init(type: type)
  }

  deinit { Trashcan.retire(&items) }

  /// The shared empty tuple.
  nonisolated(unsafe) public static let empty = PyTuple([])
}

/// A Python `range`.
public final class PyRange: PyObject {
  /// `start`, `stop` and `step` (step is never 0).
  public let start: Int, stop: Int, step: Int

  /// Creates a range.
  public init(start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(type: BuiltinTypes.range)
  }

  /// The number of elements (at most `Int.max`; computed without overflow traps).
  public var count: Int { PyRange.count(start: start, stop: stop, step: step) }

  /// How many of `start, start + step, ...` lie before `stop` (step != 0), clamped to `Int.max`.
  static func count(start: Int, stop: Int, step: Int) -> Int {
    let distance: UInt
    if step > 0 {
      guard start < stop else { return 0 }
      distance = UInt(bitPattern: stop &- start)
    } else {
      guard start > stop else { return 0 }
      distance = UInt(bitPattern: start &- stop)
    }
    return Int(clamping: (distance - 1) / step.magnitude + 1)
  }
}

/// A Python `slice`.
public final class PySlice: PyObject {
  /// The bounds as given (None when omitted).
  public let start: PyValue, stop: PyValue, step: PyValue

  /// Creates a slice.
  public init(start: PyValue, stop: PyValue, step: PyValue) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(type: BuiltinTypes.slice)
  }
}

/// A Python `bytes` value (each element a byte 0...255).
public final class PyBytes: PyObject {
  /// The bytes.
  public let bytes: [UInt8]

  /// Creates a bytes object.
  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    super.init(type: BuiltinTypes.bytes)
  }
}
