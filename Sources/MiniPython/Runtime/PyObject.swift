/// The base class of every heap Python object (lists, functions, classes, native objects).
///
/// Native modules subclass it (it is `open`) to carry their Swift payload; the object's Python
/// type is `type`, which may be a Python subclass of the native class.
open class PyObject {
  final var typeStorage: PyType?
  /// Instance attributes (`__dict__`), created on first use; nil for objects without attributes.
  public final var dict: PyDict?

  /// The object's Python type.
  public final var type: PyType { typeStorage.unsafelyUnwrapped }

  /// Creates an object of the given Python type.
  public init(type: PyType) {
    typeStorage = type
  }

  init(metatypeBootstrap: ()) {}

  /// The instance attribute dictionary, created when absent.
  public final var attributes: PyDict {
    if let d = dict { return d }
    let d = PyDict()
    dict = d
    return d
  }
}

/// An object that produces the next value of an iteration (a Python iterator).
open class PyIteratorObject: PyObject {
  /// Returns the next value, or nil when exhausted (`StopIteration`).
  open func next(_ interp: Interpreter) throws -> PyValue? { nil }
}
