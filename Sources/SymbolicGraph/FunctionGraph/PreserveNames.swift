/// Gives a replacement the name of the variable it replaces when it has none (Theano's
/// `PreserveVariableAttributes`, which compiled functions attach).
public final class PreserveNames: Feature {
  /// Creates the feature.
  public init() {}

  public func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String
  ) {
    if let name = old.name, new.name == nil { new.name = name }
  }
}
