/// A Python exception instance (`BaseException` or a subclass).
public final class PyBaseExceptionObject: PyObject {
  /// `args`.
  public var args: [PyValue] = []
  /// `__cause__` (set by `raise ... from`).
  public var cause: PyBaseExceptionObject?
  /// `__context__`.
  public var context: PyBaseExceptionObject?
  /// `__suppress_context__`.
  public var suppressContext = false
  /// The frames the exception passed through, innermost last (CPython's traceback order).
  public var traceback: [TracebackFrame] = []
  /// Where a `SyntaxError` was found and how to display it.
  public var syntaxInfo: SyntaxErrorInfo?

  /// Creates an exception of class `type` with `args`.
  public init(type: PyType, args: [PyValue] = []) {
    self.args = args
    super.init(type: type)
  }
}

/// One traceback entry: `File "doc.md", line 19, in <module>` plus the source line.
public struct TracebackFrame: Equatable, Sendable {
  /// The file name the code was run under.
  public var file: String
  /// The line number in that file.
  public var line: Int
  /// The function name (`<module>` at top level).
  public var function: String
  /// The source line (stripped), when known.
  public var source: String?

  /// The two lines CPython's `traceback.format_stack` prints for this frame.
  public var formatted: String {
    var s = "  File \"\(file)\", line \(line), in \(function)\n"
    if let src = source, !src.isEmpty { s += "    \(src)\n" }
    return s
  }
}

/// A Python exception travelling through Swift code.
///
/// Native code throws it to raise a Python exception:
/// `throw PyException(BuiltinTypes.valueError, "bad shape")` or one of the shorthands such as
/// `PyException.typeError("...")`. Module-defined classes work the same way:
/// `throw PyException(missingInputError, "...")` prints as `theano.gof.fg.MissingInputError: ...`.
public struct PyException: Error, @unchecked Sendable, CustomStringConvertible {
  /// The Python exception object.
  public let object: PyBaseExceptionObject

  /// Wraps an exception object.
  public init(_ object: PyBaseExceptionObject) {
    self.object = object
  }

  /// Creates an exception of class `type` whose single argument is `message`.
  public init(_ type: PyType, _ message: String) {
    object = PyBaseExceptionObject(type: type, args: [.str(message)])
  }

  /// Creates an exception of class `type` with arbitrary arguments.
  public init(_ type: PyType, args: [PyValue]) {
    object = PyBaseExceptionObject(type: type, args: args)
  }

  /// The exception's class.
  public var type: PyType { object.type }

  /// The class name as `traceback.format_exception_only` prints it (module-qualified unless builtin or `__main__`).
  public var typeName: String {
    let t = object.type
    return t.module == "builtins" || t.module == "__main__" ? t.name : t.qualifiedName
  }

  /// `str(exception)` computed without running Python code.
  public var message: String { ExceptionText.safeMessage(of: object, interp: nil) }

  public var description: String { message.isEmpty ? typeName : "\(typeName): \(message)" }

  /// Whether the exception is an instance of `type` (or a subclass).
  public func matches(_ type: PyType) -> Bool { object.type.isSubtype(of: type) }

  /// `TypeError(message)`.
  public static func typeError(_ message: String) -> PyException { PyException(ExceptionTypes.typeError, message) }
  /// `ValueError(message)`.
  public static func valueError(_ message: String) -> PyException { PyException(ExceptionTypes.valueError, message) }
  /// `IndexError(message)`.
  public static func indexError(_ message: String) -> PyException { PyException(ExceptionTypes.indexError, message) }
  /// `KeyError(key)`.
  public static func keyError(_ key: PyValue) -> PyException { PyException(ExceptionTypes.keyError, args: [key]) }
  /// `AttributeError(message)`.
  public static func attributeError(_ message: String) -> PyException { PyException(ExceptionTypes.attributeError, message) }
  /// `NameError(message)`.
  public static func nameError(_ message: String) -> PyException { PyException(ExceptionTypes.nameError, message) }
  /// `ZeroDivisionError(message)`.
  public static func zeroDivision(_ message: String) -> PyException { PyException(ExceptionTypes.zeroDivisionError, message) }
  /// `OverflowError(message)`.
  public static func overflow(_ message: String) -> PyException { PyException(ExceptionTypes.overflowError, message) }
  /// `RuntimeError(message)`.
  public static func runtimeError(_ message: String) -> PyException { PyException(ExceptionTypes.runtimeError, message) }
  /// `NotImplementedError(message)`.
  public static func notImplemented(_ message: String) -> PyException { PyException(ExceptionTypes.notImplementedError, message) }
  /// `StopIteration()`.
  public static var stopIteration: PyException { PyException(ExceptionTypes.stopIteration, args: []) }
}

/// An interruption that Python code cannot catch: the block ran out of its step or time budget.
struct BudgetExceeded: Error {
  let message: String
}
