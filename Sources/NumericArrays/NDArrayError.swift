/// An error raised by an array operation, carrying the Python exception numpy raises and its
/// exact message.
///
/// ```swift
/// // ValueError: operands could not be broadcast together with shapes (5,4) (3,3)
/// ```
public struct NDArrayError: Error, Equatable, CustomStringConvertible {
  /// The Python exception class numpy raises.
  public enum Kind: String, Sendable, Equatable {
    case valueError = "ValueError"
    case typeError = "TypeError"
    case indexError = "IndexError"
    /// `numpy.AxisError` (a subclass of both ValueError and IndexError).
    case axisError = "AxisError"
    case overflowError = "OverflowError"
    case memoryError = "MemoryError"
    /// numpy's `_ArrayMemoryError` (a MemoryError): an array that does not fit in memory.
    case arrayMemoryError = "_ArrayMemoryError"
    case zeroDivisionError = "ZeroDivisionError"
    /// numpy's `_UFuncOutputCastingError` (a TypeError) from in-place ufuncs.
    case ufuncOutputCastingError = "_UFuncOutputCastingError"
    /// A numpy feature Quire does not implement (complex `power`, ...).
    case notImplementedError = "NotImplementedError"

    /// The name `traceback.format_exception_only` prints: builtins bare, numpy's qualified
    /// (`numpy.AxisError`).
    public var qualifiedName: String {
      switch self {
      case .axisError: return "numpy.AxisError"
      case .ufuncOutputCastingError: return "numpy.core._exceptions._UFuncOutputCastingError"
      case .arrayMemoryError: return "numpy.core._exceptions._ArrayMemoryError"
      case .valueError, .typeError, .indexError, .overflowError, .memoryError, .zeroDivisionError,
        .notImplementedError:
        return rawValue
      }
    }

    /// The builtin Python exception classes this kind is an instance of, most derived first.
    public var pythonBases: [String] {
      switch self {
      case .axisError: return ["ValueError", "IndexError", "Exception"]
      case .ufuncOutputCastingError: return ["TypeError", "Exception"]
      case .arrayMemoryError: return ["MemoryError", "Exception"]
      case .notImplementedError: return ["NotImplementedError", "RuntimeError", "Exception"]
      case .valueError, .typeError, .indexError, .overflowError, .memoryError, .zeroDivisionError:
        return [rawValue, "Exception"]
      }
    }
  }

  /// The exception class.
  public let kind: Kind
  /// The message exactly as numpy formats it.
  public let message: String

  /// Creates an error of a kind with numpy's message.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// `Kind: message`, as `traceback.format_exception_only` prints it.
  public var description: String { "\(kind.qualifiedName): \(message)" }

  static func value(_ message: String) -> NDArrayError { NDArrayError(.valueError, message) }
  static func type(_ message: String) -> NDArrayError { NDArrayError(.typeError, message) }
  static func index(_ message: String) -> NDArrayError { NDArrayError(.indexError, message) }

  /// numpy's AxisError for an axis outside `-ndim..<ndim`.
  static func axis(_ axis: Int, _ ndim: Int) -> NDArrayError {
    NDArrayError(.axisError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
  }
}

/// A Python-level scalar: what `item()` returns and what Python numbers convert into.
public enum Scalar: Equatable, Sendable {
  case bool(Bool)
  case int(Int64)
  /// An unsigned value too large for `Int64` (from `uint64` arrays).
  case uint(UInt64)
  case float(Double)
  /// A complex value: real and imaginary parts.
  case complex(Double, Double)

  /// The value as a Double.
  public var doubleValue: Double {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .uint(let u): return Double(u)
    case .float(let d): return d
    case .complex(let re, _): return re
    }
  }

  /// The dtype numpy gives a Python scalar of this kind (`bool`, `int64`, `float64`).
  public var defaultDType: DType {
    switch self {
    case .bool: return .bool
    case .int: return .int64
    case .uint: return .uint64
    case .float: return .float64
    case .complex: return .complex128
    }
  }
}
