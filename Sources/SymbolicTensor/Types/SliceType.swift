import NumericArrays
import SymbolicGraph

/// A runtime slice (Python's `slice(start, stop, step)`), the value of a ``SliceType`` variable.
public struct PythonSlice: Hashable, Sendable {
  /// The bounds; `nil` is Python's `None`.
  public let start: Int?, stop: Int?, step: Int?

  /// Creates a slice.
  public init(start: Int?, stop: Int?, step: Int?) {
    self.start = start
    self.stop = stop
    self.step = step
  }
}

/// Python's `None` as a runtime value (of ``NoneType`` variables).
public struct NoneValue: Hashable, Sendable {
  /// The value.
  public init() {}
}

/// The type of slices in advanced indexing (Theano's `SliceType`, printed `slice`); its constants
/// print `SliceConstant{1, None, None}`.
public struct SliceType: VariableType {
  /// Creates the type.
  public init() {}

  public var description: String { "slice" }

  public func filter(_ value: Any, strict: Bool, allowDowncast: Bool?) throws -> Any {
    guard let slice = value as? PythonSlice else { throw TensorError.type("Expected a slice!") }
    return slice
  }

  public func constantDescription(_ value: Any) -> String {
    guard let slice = value as? PythonSlice else { return "SliceConstant{\(value)}" }
    let parts = [slice.start, slice.stop, slice.step].map { $0.map(String.init) ?? "None" }
    return "SliceConstant{\(parts.joined(separator: ", "))}"
  }

  public func valuesAreClose(_ a: Any, _ b: Any) -> Bool {
    (a as? PythonSlice) == (b as? PythonSlice)
  }

  public func constantSignature(_ value: Any) -> AnyHashable {
    AnyHashable(value as? PythonSlice)
  }
}

/// The type of `None` in advanced indexing (Theano's `NoneTypeT`); its one constant is
/// ``noneConstant``, printed `NoneConst`.
public struct NoneType: VariableType {
  /// Creates the type.
  public init() {}

  public var description: String { "NoneTypeT" }

  public func filter(_ value: Any, strict: Bool, allowDowncast: Bool?) throws -> Any {
    guard value is NoneValue else { throw TensorError.type("Expected None!") }
    return value
  }

  public func constantDescription(_ value: Any) -> String { "NoneConst" }
  public func valuesAreClose(_ a: Any, _ b: Any) -> Bool { a is NoneValue && b is NoneValue }
  public func constantSignature(_ value: Any) -> AnyHashable { AnyHashable(NoneValue()) }
}

/// Theano's `NoneConst`: the constant `None` of advanced indices and slices.
public func noneConstant() -> Constant {
  Constant(type: NoneType(), value: NoneValue(), name: "NoneConst")
}
