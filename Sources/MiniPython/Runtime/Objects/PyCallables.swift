/// The Swift signature of a native function or method: the interpreter and the call's arguments
/// (for a method, the receiver is `arguments.positional[0]`).
public typealias NativeFunction = (Interpreter, Arguments) throws -> PyValue

/// A function written in Swift (`builtin_function_or_method`).
public final class PyBuiltinFunction: PyObject {
  /// The Python name.
  public let name: String
  /// The implementation.
  public let body: NativeFunction
  /// True when it acts as a method: found on a class and read from an instance, it binds the instance.
  public let isMethod: Bool
  /// The class that defines it, for method reprs.
  public let ownerName: String?

  /// Creates a native function.
  /// - Parameters:
  ///   - name: its Python name.
  ///   - isMethod: whether reading it from an instance binds the instance as first argument.
  ///   - ownerName: the defining class's name (method reprs).
  ///   - body: the implementation.
  public init(name: String, isMethod: Bool = false, ownerName: String? = nil, body: @escaping NativeFunction) {
    self.name = name
    self.body = body
    self.isMethod = isMethod
    self.ownerName = ownerName
    super.init(type: BuiltinTypes.builtinFunction)
  }
}

/// A function defined with `def` or `lambda`.
public final class PyFunction: PyObject {
  let code: FunctionCode
  /// Default values of the last positional parameters.
  public var defaults: [PyValue]
  /// Default values of keyword-only parameters.
  public var kwDefaults: [String: PyValue]
  let closure: Frame?
  let globals: PyModule
  /// `__name__`.
  public var name: String
  /// `__qualname__`.
  public var qualname: String
  /// `__module__`.
  public var module: String
  /// `__doc__`.
  public var doc: PyValue
  var classCell: ClassCell?

  init(code: FunctionCode, defaults: [PyValue], kwDefaults: [String: PyValue], closure: Frame?, globals: PyModule) {
    self.code = code
    self.defaults = defaults
    self.kwDefaults = kwDefaults
    self.closure = closure
    self.globals = globals
    name = code.name
    qualname = code.qualname
    module = globals.name
    doc = code.doc.map { .str($0) } ?? .none
    super.init(type: BuiltinTypes.function)
  }
}

/// A function bound to a receiver (`obj.method`).
public final class PyBoundMethod: PyObject {
  /// The receiver.
  public let receiver: PyValue
  /// The function called with the receiver prepended.
  public let function: PyValue

  /// Binds `function` to `receiver`.
  public init(receiver: PyValue, function: PyValue) {
    self.receiver = receiver
    self.function = function
    super.init(type: BuiltinTypes.method)
  }
}

/// A `property`: computed attribute with getter, optional setter and deleter.
public final class PyProperty: PyObject {
  /// The getter (called with the instance).
  public let getter: PyValue
  /// The setter (called with the instance and the value), or None.
  public let setter: PyValue
  /// The deleter, or None.
  public let deleter: PyValue
  /// The docstring.
  public let doc: PyValue

  /// Creates a property from Python callables.
  public init(getter: PyValue, setter: PyValue = .none, deleter: PyValue = .none, doc: PyValue = .none) {
    self.getter = getter
    self.setter = setter
    self.deleter = deleter
    self.doc = doc
    super.init(type: BuiltinTypes.property)
  }
}

/// A `classmethod` or `staticmethod` wrapper.
public final class PyMethodWrapper: PyObject {
  /// Which wrapper.
  public enum Kind: Sendable { case classMethod, staticMethod }
  /// The kind.
  public let kind: Kind
  /// The wrapped callable.
  public let function: PyValue

  /// Wraps a callable.
  public init(_ kind: Kind, _ function: PyValue) {
    self.kind = kind
    self.function = function
    super.init(type: kind == .classMethod ? BuiltinTypes.classmethod : BuiltinTypes.staticmethod)
  }
}

/// A storage cell of a module-level variable; compiled code holds cells, not names.
public final class GlobalCell {
  /// The value, nil while unbound.
  public var value: PyValue?
  /// The name.
  public let name: String

  init(name: String, value: PyValue? = nil) {
    self.name = name
    self.value = value
  }
}

/// A module: `__main__`, a native module, or the builtins.
public final class PyModule: PyObject {
  /// `__name__` (dotted for submodules, e.g. `theano.tensor`).
  public let name: String
  var cells: [String: GlobalCell] = [:]
  var order: [String] = []
  /// True for modules defined in Swift (`<module 'math' (built-in)>`).
  public let isNative: Bool

  /// Creates an empty module.
  public init(name: String, isNative: Bool = true) {
    self.name = name
    self.isNative = isNative
    super.init(type: BuiltinTypes.module)
    self["__name__"] = .str(name)
  }

  /// Makes room for `count` names without rehashing as they are added.
  func reserveCapacity(_ count: Int) {
    cells.reserveCapacity(count)
    order.reserveCapacity(count)
  }

  /// The cell of a name if the module has one (bound or not).
  func existingCell(_ name: String) -> GlobalCell? { cells[name] }

  /// The cell of a name, created unbound when absent.
  func cell(_ name: String) -> GlobalCell {
    if let c = cells[name] { return c }
    let c = GlobalCell(name: name)
    cells[name] = c
    order.append(name)
    return c
  }

  /// Reads or binds a module attribute.
  public subscript(name: String) -> PyValue? {
    get { cells[name]?.value }
    set { cell(name).value = newValue }
  }

  /// The bound names in definition order.
  public var names: [String] { order.filter { cells[$0]?.value != nil } }
}
