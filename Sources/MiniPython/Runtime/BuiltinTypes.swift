/// Method tables of the built-in types, keyed by method name. `Library/` fills them, one
/// file per type (`StrMethods.swift`, `ListMethods.swift`, ...); the receiver is
/// `arguments.positional[0]`.
public enum BuiltinMethodTables {}

/// The built-in classes (shared, immutable after creation).
public enum BuiltinTypes {
  nonisolated(unsafe) static let core: (type: PyType, object: PyType) = {
    let t = PyType(name: "type", module: "builtins", base: nil)
    let o = PyType(name: "object", module: "builtins", base: nil, metatype: t)
    t.base = o
    t.bases = [o]
    t.mro = [t, o]
    return (t, o)
  }()

  /// `type`.
  public static var type: PyType { core.type }
  /// `object`.
  public static var object: PyType { core.object }

  /// Installs the members of `object` (they are objects whose classes derive from `object`).
  static let objectMembersInstalled: Bool = {
    core.object.members = CoreMethods.object
    core.type.members["__new__"] = .object(PyBuiltinFunction(name: "__new__", body: Constructors.type))
    return true
  }()

  static func make(_ name: String, base: PyType? = nil, methods: [String: NativeFunction] = [:],
                   factory: ((PyType) -> PyObject)? = nil) -> PyType {
    var members: [String: PyValue] = [:]
    for (n, f) in methods {
      members[n] = .object(PyBuiltinFunction(name: n, isMethod: true, ownerName: name, body: f))
    }
    for (n, f) in ContainerProtocol.members(of: name) {
      members[n] = .object(PyBuiltinFunction(name: n, isMethod: true, ownerName: name, body: f))
    }
    if let new = Constructors.table[name] {
      members["__new__"] = .object(PyBuiltinFunction(name: "__new__", body: new))
    }
    return PyType(name: name, module: "builtins", base: base ?? object, members: members, instanceFactory: factory)
  }

  nonisolated(unsafe) public static let noneType = make("NoneType")
  nonisolated(unsafe) public static let int = make("int", methods: BuiltinMethodTables.int)
  nonisolated(unsafe) public static let bool = make("bool", base: int)
  nonisolated(unsafe) public static let float = make("float", methods: BuiltinMethodTables.float)
  nonisolated(unsafe) public static let complex = make("complex", methods: BuiltinMethodTables.complex)
  nonisolated(unsafe) public static let str = make("str", methods: BuiltinMethodTables.str)
  nonisolated(unsafe) public static let bytes = make("bytes", methods: BuiltinMethodTables.bytes)
  nonisolated(unsafe) public static let list = make("list", methods: BuiltinMethodTables.list) { PyList(type: $0) }
  nonisolated(unsafe) public static let tuple = make("tuple", methods: BuiltinMethodTables.tuple)
  nonisolated(unsafe) public static let dict = make("dict", methods: BuiltinMethodTables.dict) { PyDict(type: $0) }
  nonisolated(unsafe) public static let set = make("set", methods: BuiltinMethodTables.set)
  nonisolated(unsafe) public static let frozenset = make("frozenset", methods: BuiltinMethodTables.set)
  nonisolated(unsafe) public static let range = make("range")
  nonisolated(unsafe) public static let slice = make("slice")
  nonisolated(unsafe) public static let function = make("function")
  nonisolated(unsafe) public static let builtinFunction = make("builtin_function_or_method")
  nonisolated(unsafe) public static let method = make("method")
  nonisolated(unsafe) public static let property = make("property", methods: CoreMethods.property)
  nonisolated(unsafe) public static let classmethod = make("classmethod")
  nonisolated(unsafe) public static let staticmethod = make("staticmethod")
  nonisolated(unsafe) public static let module = make("module")
  nonisolated(unsafe) public static let ellipsis = make("ellipsis")
  nonisolated(unsafe) public static let notImplementedType = make("NotImplementedType")
  nonisolated(unsafe) public static let dictKeys = make("dict_keys")
  nonisolated(unsafe) public static let dictValues = make("dict_values")
  nonisolated(unsafe) public static let dictItems = make("dict_items")
  nonisolated(unsafe) public static let iterator = make("iterator")
  nonisolated(unsafe) public static let generator = make("generator")
  nonisolated(unsafe) public static let superType = make("super")
  nonisolated(unsafe) public static let cell = make("cell")

  /// `...`.
  nonisolated(unsafe) public static let ellipsisValue = PyValue.object(PyObject(type: ellipsis))
  /// `NotImplemented`.
  nonisolated(unsafe) public static let notImplemented = PyValue.object(PyObject(type: notImplementedType))
}

/// A live view of a dict's keys, values or items.
public final class PyDictView: PyObject {
  /// Which view.
  public enum Kind: Sendable { case keys, values, items }
  /// The dict viewed.
  public let target: PyDict
  /// The view kind.
  public let kind: Kind

  /// Creates a view.
  public init(_ dict: PyDict, kind: Kind) {
    self.target = dict
    self.kind = kind
    let t: PyType
    switch kind {
    case .keys: t = BuiltinTypes.dictKeys
    case .values: t = BuiltinTypes.dictValues
    case .items: t = BuiltinTypes.dictItems
    }
    super.init(type: t)
  }

  /// The elements the view shows, in order.
  public var elements: [PyValue] {
    switch kind {
    case .keys: return target.keys
    case .values: return target.items.map(\.value)
    case .items: return target.items.map { .tuple([$0.key, $0.value]) }
    }
  }
}
