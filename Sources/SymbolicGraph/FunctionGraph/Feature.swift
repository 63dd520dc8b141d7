/// An observer attached to a ``FunctionGraph`` (Theano's `toolbox.Feature`).
///
/// Every callback has a do-nothing default. Look a feature up by type with
/// `fgraph.feature(ShapeFeature.self)`.
public protocol Feature: AnyObject {
  /// Called when the feature is attached; it may add what it needs or refuse by throwing.
  func onAttach(_ fgraph: FunctionGraph) throws
  /// Called when the feature is removed.
  func onDetach(_ fgraph: FunctionGraph)
  /// Called after `node` entered the graph.
  func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String)
  /// Called after `node` left the graph.
  func onPrune(_ fgraph: FunctionGraph, node: Apply, reason: String)
  /// Called after `client` stopped using `old` and started using `new`.
  func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String)
  /// Throws ``GraphError/inconsistency(_:)`` when the graph is not acceptable.
  func validate(_ fgraph: FunctionGraph) throws
  /// Extra execution-order constraints: node → nodes that must run first.
  func orderings(_ fgraph: FunctionGraph) -> [Apply: [Apply]]
}

extension Feature {
  public func onAttach(_ fgraph: FunctionGraph) throws {}
  public func onDetach(_ fgraph: FunctionGraph) {}
  public func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) {}
  public func onPrune(_ fgraph: FunctionGraph, node: Apply, reason: String) {}
  public func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String
  ) {}
  public func validate(_ fgraph: FunctionGraph) throws {}
  public func orderings(_ fgraph: FunctionGraph) -> [Apply: [Apply]] { [:] }
}
