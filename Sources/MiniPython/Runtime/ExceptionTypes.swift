/// The built-in exception classes with CPython 3.11's hierarchy.
public enum ExceptionTypes {
  /// (name, base name) in definition order: every base precedes its subclasses.
  static let hierarchy: [(String, String?)] = [
    ("BaseException", nil), ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"), ("Exception", "BaseException"),
    ("StopIteration", "Exception"), ("StopAsyncIteration", "Exception"), ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"), ("AssertionError", "Exception"), ("AttributeError", "Exception"),
    ("BufferError", "Exception"), ("EOFError", "Exception"), ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"), ("LookupError", "Exception"), ("IndexError", "LookupError"),
    ("KeyError", "LookupError"), ("MemoryError", "Exception"), ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"), ("OSError", "Exception"), ("TimeoutError", "OSError"),
    ("FileNotFoundError", "OSError"), ("PermissionError", "OSError"), ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"), ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
    ("SystemError", "Exception"), ("TypeError", "Exception"), ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"), ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeDecodeError", "UnicodeError"), ("Warning", "Exception"), ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"), ("PendingDeprecationWarning", "Warning"), ("SyntaxWarning", "Warning"),
    ("RuntimeWarning", "Warning"), ("FutureWarning", "Warning"), ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"), ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"),
  ]

  /// Every built-in exception class by name.
  nonisolated(unsafe) public static let all: [String: PyType] = {
    var types: [String: PyType] = [:]
    for (name, baseName) in hierarchy {
      let base = baseName.flatMap { types[$0] } ?? BuiltinTypes.object
      let members = baseName == nil ? CoreMethods.baseException : [:]
      types[name] = PyType(
        name: name, module: "builtins", base: base, members: members,
        instanceFactory: baseName == nil ? { PyBaseExceptionObject(type: $0) } : nil)
    }
    return types
  }()

  /// Creates a module-defined exception class, e.g. `theano.gof.fg.MissingInputError`.
  /// - Parameters:
  ///   - name: the class name.
  ///   - module: the defining module's dotted name.
  ///   - base: the base exception class (`Exception` when nil).
  public static func define(_ name: String, module: String, base: PyType? = nil) -> PyType {
    PyType(name: name, module: module, base: base ?? exception)
  }

  static func named(_ n: String) -> PyType { all[n]! }

  nonisolated(unsafe) public static let baseException = named("BaseException")
  nonisolated(unsafe) public static let exception = named("Exception")
  nonisolated(unsafe) public static let typeError = named("TypeError")
  nonisolated(unsafe) public static let valueError = named("ValueError")
  nonisolated(unsafe) public static let indexError = named("IndexError")
  nonisolated(unsafe) public static let keyError = named("KeyError")
  nonisolated(unsafe) public static let attributeError = named("AttributeError")
  nonisolated(unsafe) public static let nameError = named("NameError")
  nonisolated(unsafe) public static let unboundLocalError = named("UnboundLocalError")
  nonisolated(unsafe) public static let zeroDivisionError = named("ZeroDivisionError")
  nonisolated(unsafe) public static let overflowError = named("OverflowError")
  nonisolated(unsafe) public static let runtimeError = named("RuntimeError")
  nonisolated(unsafe) public static let notImplementedError = named("NotImplementedError")
  nonisolated(unsafe) public static let recursionError = named("RecursionError")
  nonisolated(unsafe) public static let stopIteration = named("StopIteration")
  nonisolated(unsafe) public static let assertionError = named("AssertionError")
  nonisolated(unsafe) public static let importError = named("ImportError")
  nonisolated(unsafe) public static let moduleNotFoundError = named("ModuleNotFoundError")
  nonisolated(unsafe) public static let memoryError = named("MemoryError")
  nonisolated(unsafe) public static let timeoutError = named("TimeoutError")
  nonisolated(unsafe) public static let syntaxError = named("SyntaxError")
  nonisolated(unsafe) public static let indentationError = named("IndentationError")
  nonisolated(unsafe) public static let tabError = named("TabError")
  nonisolated(unsafe) public static let lookupError = named("LookupError")
}
