/// Records the input changes of a graph so that a rewrite can undo them (Theano's `History`
/// feature with `fgraph.checkpoint()` and `fgraph.revert(checkpoint)`).
///
/// A rewrite that validates only every few changes attaches one, takes a checkpoint after each
/// successful validation, and reverts to it when a later validation fails.
public final class History: Feature {
  private var log: [(client: Client, old: Variable, reason: String)] = []
  private var reverting = false

  /// Creates the feature.
  public init() {}

  /// A mark to which ``revert(_:to:)`` can return.
  public func checkpoint() -> Int { log.count }

  /// Undoes, latest first, every change made since `checkpoint`.
  /// - Throws: what ``FunctionGraph/changeInput(_:to:reason:)`` throws (it cannot for changes it
  ///   made itself).
  public func revert(_ fgraph: FunctionGraph, to checkpoint: Int) throws {
    reverting = true
    defer { reverting = false }
    while log.count > checkpoint, let (client, old, reason) = log.popLast() {
      try fgraph.changeInput(client, to: old, reason: "revert \(reason)")
    }
  }

  public func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String
  ) {
    if !reverting { log.append((client, old, reason)) }
  }
}
