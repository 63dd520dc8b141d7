/// A way for whoever starts long graph work to stop it.
///
/// Rewriting, validating and running a graph call ``checkpoint()`` between steps; a caller that
/// installs a check with ``during(_:_:)`` (a document's block with a time limit, say) ends the
/// work when the check throws. The check's error arrives wrapped in ``Interrupted``, which the
/// engine's own error handling passes on unchanged.
public enum Interruption {
  /// An installed check.
  struct Check: @unchecked Sendable {
    let body: () throws -> Void
  }

  @TaskLocal static var current: Check?

  /// Runs `body` with `check` called at every checkpoint of the graph work it does.
  public static func during<T>(_ check: @escaping () throws -> Void, _ body: () throws -> T) throws -> T {
    try $current.withValue(Check(body: check), operation: body)
  }

  /// Calls the installed check, if any.
  /// - Throws: ``Interrupted`` carrying the check's error.
  @inline(__always) public static func checkpoint() throws {
    guard let check = current else { return }
    do {
      try check.body()
    } catch {
      throw Interrupted(reason: error)
    }
  }
}

/// Graph work stopped by the check installed with ``Interruption/during(_:_:)``.
public struct Interrupted: Error, @unchecked Sendable {
  /// The check's error.
  public let reason: any Error
}
