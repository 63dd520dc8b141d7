/// The type of a symbolic variable (Theano's `Type`): what values it may hold and how it prints.
///
/// Types are compared by value (`TensorType(float64, matrix)` equals every other float64 matrix
/// type), so conformers are `Hashable` and the engine compares existentials through `isEqual(_:)`.
public protocol VariableType: Hashable, CustomStringConvertible, Sendable {
  /// Checks (and converts, when allowed) a runtime value for a variable of this type.
  /// - Parameters:
  ///   - value: the candidate value.
  ///   - strict: when true, only values of exactly this type are accepted.
  ///   - allowDowncast: whether a lossy conversion is allowed (`nil`: only for Python scalars).
  /// - Returns: the value as this type stores it.
  /// - Throws: the conformer's error when the value does not fit.
  func filter(_ value: Any, strict: Bool, allowDowncast: Bool?) throws -> Any

  /// The text of a constant of this type when it is printed (`TensorConstant{0}`).
  func constantDescription(_ value: Any) -> String

  /// Whether two runtime values of this type are equal enough for DebugMode's comparison.
  func valuesAreClose(_ a: Any, _ b: Any) -> Bool

  /// A key such that two constants of this type with the same key can be merged.
  func constantSignature(_ value: Any) -> AnyHashable
}

extension VariableType {
  /// Whether `other` is the same type as `self` (Theano's `Type.__eq__`).
  public func isEqual(_ other: any VariableType) -> Bool {
    guard let other = other as? Self else { return false }
    return other == self
  }

  /// The type as a dictionary key.
  public var hashKey: AnyHashable { AnyHashable(self) }
}

/// Compares two type existentials.
public func typesEqual(_ a: any VariableType, _ b: any VariableType) -> Bool {
  a.isEqual(b)
}
