/// A Python class: built-in, native (defined by a Swift module) or written in Python.
///
/// Attribute lookup follows `mro` (single inheritance: the class, its base, ..., `object`).
/// Methods and operator hooks are ordinary members: a native class registers `__add__` as a
/// `PyBuiltinFunction`, a Python class as a `PyFunction`; the interpreter treats both alike.
public final class PyType: PyObject {
  /// `__name__`.
  public let name: String
  /// `__module__`: `builtins` for built-in classes.
  public let module: String
  /// The single base class (nil only for `object`).
  public internal(set) var base: PyType?
  /// The method resolution order, starting with this class.
  public internal(set) var mro: [PyType] = []
  /// The class namespace (`__dict__`): methods, properties, class attributes.
  public var members: [String: PyValue]
  /// Creates the Swift object of a new instance; inherited by subclasses (nil: `PyObject`).
  public var instanceFactory: ((PyType) -> PyObject)?
  /// True for classes whose members Python code may not set (built-in and native classes).
  public let isImmutable: Bool
  /// The class docstring.
  public var doc: String?

  /// Creates a class.
  /// - Parameters:
  ///   - name: `__name__`.
  ///   - module: `__module__` (`builtins` for built-ins; e.g. `theano.gof.fg` for native ones).
  ///   - base: the base class; `object` when nil (except for `object` itself).
  ///   - members: methods, properties and class attributes.
  ///   - isImmutable: true for built-in and native classes.
  ///   - instanceFactory: how to create the Swift object of an instance.
  ///   - metatype: the class's class (`type` when nil).
  public init(
    name: String, module: String, base: PyType?, members: [String: PyValue] = [:], isImmutable: Bool = true,
    instanceFactory: ((PyType) -> PyObject)? = nil, metatype: PyType? = nil
  ) {
    self.name = name
    self.module = module
    self.base = base
    self.members = members
    self.isImmutable = isImmutable
    self.instanceFactory = instanceFactory ?? base?.instanceFactory
    if name == "type" && module == "builtins" {
      super.init(metatypeBootstrap: ())
      typeStorage = self
    } else {
      super.init(type: metatype ?? BuiltinTypes.type)
    }
    mro = [self] + (base?.mro ?? [])
  }

  /// `module.name`, or just `name` for built-ins (the spelling of tracebacks).
  public var qualifiedName: String {
    module == "builtins" ? name : module + "." + name
  }

  /// Looks a member up along the MRO.
  @inline(__always) public func lookup(_ name: String) -> PyValue? {
    for t in mro {
      if let v = t.members[name] { return v }
    }
    return nil
  }

  /// Whether this class is `other` or derives from it.
  @inline(__always) public func isSubtype(of other: PyType) -> Bool {
    if self === other { return true }
    var t = base
    while let c = t {
      if c === other { return true }
      t = c.base
    }
    return false
  }

  /// Creates an instance's Swift object (no `__init__` call).
  func makeInstance() -> PyObject {
    if let f = instanceFactory {
      let o = f(self)
      if !isImmutable && o.dict == nil { o.dict = PyDict() }
      return o
    }
    let o = PyObject(type: self)
    if !isImmutable { o.dict = PyDict() }
    return o
  }
}
