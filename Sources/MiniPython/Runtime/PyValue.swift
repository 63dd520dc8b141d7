/// A Python value. Small immutable values are stored inline; everything else is a `PyObject`.
///
/// `bool`, `int` (64-bit), `float` and `str` never allocate an object, so arithmetic and
/// comparisons on them are cheap. Lists, dicts, functions, classes, modules, exceptions and
/// native objects are `.object`.
public enum PyValue {
  /// `None`.
  case none
  /// `True` or `False`.
  case bool(Bool)
  /// An `int` (64-bit; overflow raises `OverflowError`).
  case int(Int)
  /// A `float`.
  case float(Double)
  /// A `str`.
  case str(String)
  /// Any other object.
  case object(PyObject)

  /// The object, when the value is one.
  @inlinable public var object: PyObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// The value's Python type.
  public var type: PyType {
    switch self {
    case .none: return BuiltinTypes.noneType
    case .bool: return BuiltinTypes.bool
    case .int: return BuiltinTypes.int
    case .float: return BuiltinTypes.float
    case .str: return BuiltinTypes.str
    case .object(let o): return o.type
    }
  }

  /// The Python type name used in messages (`'int'`, `'NoneType'`, `'Vec'`).
  public var typeName: String { type.name }

  /// A tuple value.
  public static func tuple(_ items: [PyValue]) -> PyValue { .object(PyTuple(items)) }

  /// A list value.
  public static func list(_ items: [PyValue]) -> PyValue { .object(PyList(items)) }

  /// `True` when both are the same object (or equal inline singletons, as `is` sees them).
  public func isIdentical(to other: PyValue) -> Bool {
    switch (self, other) {
    case (.none, .none): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.str(let a), .str(let b)): return a == b
    case (.object(let a), .object(let b)): return a === b
    default: return false
    }
  }
}
