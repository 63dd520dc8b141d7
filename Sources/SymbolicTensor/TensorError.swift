import NumericArrays
import SymbolicGraph

/// Errors of the tensor layer, each with the Python exception Theano raises.
public struct TensorError: Error, CustomStringConvertible, Equatable {
  /// The Python exception class (`TypeError`, `ValueError`, ...), qualified with its module when
  /// Theano's is not a builtin (`theano.gof.fg.MissingInputError`).
  public let pythonType: String
  /// The message, exactly as Theano formats it (for an error raised with several arguments,
  /// the repr of their tuple).
  public let message: String
  /// For an error raised with several arguments: the first one (a string) and the reprs of the
  /// others; `nil` for a one-argument error.
  public let arguments: (first: String, reprs: [String])?

  /// Creates an error.
  public init(_ pythonType: String, _ message: String) {
    self.pythonType = pythonType
    self.message = message
    self.arguments = nil
  }

  /// An error raised with several arguments (`raise TypeError('text', shape, pattern)`): Python
  /// prints the tuple of them.
  /// - Parameters:
  ///   - pythonType: the exception class.
  ///   - first: the first argument, a string.
  ///   - reprs: the reprs of the other arguments.
  public init(_ pythonType: String, arguments first: String, _ reprs: [String]) {
    self.pythonType = pythonType
    self.message = "(" + ([pythonStringRepr(first)] + reprs).joined(separator: ", ") + ")"
    self.arguments = (first, reprs)
  }

  /// The error with `prefix` put in front of its first argument, or as a new first argument of
  /// an error with several (what Theano's `function` does to an input's filter error).
  public func prefixed(_ prefix: String) -> TensorError {
    guard let arguments else { return TensorError(pythonType, prefix + message) }
    return TensorError(
      pythonType, arguments: prefix, [pythonStringRepr(arguments.first)] + arguments.reprs)
  }

  public static func == (lhs: TensorError, rhs: TensorError) -> Bool {
    lhs.pythonType == rhs.pythonType && lhs.message == rhs.message
  }

  /// A `TypeError`.
  public static func type(_ message: String) -> TensorError { TensorError("TypeError", message) }
  /// A `ValueError`.
  public static func value(_ message: String) -> TensorError { TensorError("ValueError", message) }
  /// An `AssertionError`.
  public static func assertion(_ message: String) -> TensorError {
    TensorError("AssertionError", message)
  }
  /// A `NotImplementedError`.
  public static func notImplemented(_ message: String) -> TensorError {
    TensorError("NotImplementedError", message)
  }

  /// `Type: message`.
  public var description: String { "\(pythonType): \(message)" }

  /// The tensor error for any error an op or the array layer threw.
  public static func from(_ error: any Error) -> TensorError {
    switch error {
    case let error as TensorError: return error
    case let error as NDArrayError: return TensorError(error.kind.rawValue, error.message)
    case GraphError.missingInput(let message, let trace):
      return TensorError("theano.gof.fg.MissingInputError", message + variableTrace(trace, lead: "\n"))
    case let error as GraphError: return TensorError("Exception", error.description)
    default: return TensorError("Exception", "\(error)")
    }
  }
}

/// Theano's `get_variable_trace_string`: empty without a trace.
func variableTrace(_ trace: [String], lead: String = "") -> String {
  if trace.isEmpty { return "" }
  return lead + " \nBacktrace when that variable is created:\n\n" + trace.joined()
}
