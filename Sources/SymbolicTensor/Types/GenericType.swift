import SymbolicGraph

/// The type of variables holding any host value (Theano's `theano.gof.type.Generic`): what
/// `theano.shared` makes of a value that is not an array or a number, such as a Python list.
///
/// Every value passes its filter; no tensor operation accepts its variables.
public struct GenericType: VariableType {
  /// Creates the generic type (all instances are equal).
  public init() {}

  /// `Generic`.
  public var description: String { "Generic" }

  public func filter(_ value: Any, strict: Bool, allowDowncast: Bool?) throws -> Any { value }

  public func constantDescription(_ value: Any) -> String { "Constant{\(value)}" }

  /// Equal when both values are equal hashable values.
  public func valuesAreClose(_ a: Any, _ b: Any) -> Bool {
    guard let a = a as? AnyHashable, let b = b as? AnyHashable else { return false }
    return a == b
  }

  /// The value itself when hashable, else its text.
  public func constantSignature(_ value: Any) -> AnyHashable {
    value as? AnyHashable ?? AnyHashable(String(describing: value))
  }
}
