/// A Python class: built-in, native (defined by a Swift module) or written in Python.
///
/// Attribute lookup follows `mro`: the class, its base, ..., `object` for single inheritance, the
/// C3 linearization of `bases` for a Python class with several (`class C(A, B)`).
/// Methods and operator hooks are ordinary members: a native class registers `__add__` as a
/// `PyBuiltinFunction`, a Python class as a `PyFunction`; the interpreter treats both alike.
public final class PyType: PyObject {
  /// `__name__`.
  public let name: String
  /// `__module__`: `builtins` for built-in classes.
  public let module: String
  /// `__base__`: the base that gives instances their layout (nil only for `object`).
  public internal(set) var base: PyType?
  /// `__bases__`: the direct bases in the order the class statement lists them.
  public internal(set) var bases: [PyType]
  /// Whether `instanceFactory` is this class's own (not inherited).
  private let ownsLayout: Bool
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
    self.bases = base.map { [$0] } ?? []
    self.members = members
    self.isImmutable = isImmutable
    self.instanceFactory = instanceFactory ?? base?.instanceFactory
    ownsLayout = instanceFactory != nil
    if name == "type" && module == "builtins" {
      super.init(metatypeBootstrap: ())
      typeStorage = self
    } else {
      super.init(type: metatype ?? BuiltinTypes.type)
    }
    mro = [self] + (base?.mro ?? [])
  }

  /// The nearest class along `base` whose own factory makes the instances (nil: plain objects);
  /// bases whose layout classes are unrelated cannot be combined.
  var layoutClass: PyType? { ownsLayout ? self : base?.layoutClass }

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
    for t in mro where t === other { return true }
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
