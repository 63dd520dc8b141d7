/// The one way for whoever starts long work to stop it.
///
/// The interpreter installs a check with ``during(_:_:)`` around each block it runs (the check
/// throws once the block's time limit has passed). Everything that may work long between two
/// Python steps calls ``checkpoint()``: the graph engine between rewrites, validations and linked
/// steps; the array kernels between chunks of about 64K elements; BLAS products between blocks of
/// rows. The check's error arrives wrapped in ``Interrupted``, which every layer's own error
/// handling passes on unchanged.
///
/// Once a check has thrown, every later checkpoint under the same installation throws the same
/// ``Interrupted`` without calling it again, so work abandoned half-way cannot be mistaken for
/// finished work further up.
public enum Interruption {
  /// An installed check and whether it has stopped the work.
  final class Check: @unchecked Sendable {
    let body: () throws -> Void
    var stopped: Interrupted?

    init(_ body: @escaping () throws -> Void) { self.body = body }

    func run() throws {
      if let stopped { throw stopped }
      do {
        try body()
      } catch {
        let interrupted = error as? Interrupted ?? Interrupted(reason: error)
        stopped = interrupted
        throw interrupted
      }
    }
  }

  @TaskLocal static var current: Check?

  /// Runs `body` with `check` called at every checkpoint of the work it does (on this thread).
  public static func during<T>(_ check: @escaping () throws -> Void, _ body: () throws -> T) rethrows -> T {
    try $current.withValue(Check(check), operation: body)
  }

  /// Calls the installed check, if any.
  /// - Throws: ``Interrupted`` carrying the check's error.
  @inline(__always) public static func checkpoint() throws {
    guard let check = current else { return }
    try check.run()
  }
}

/// Work stopped by the check installed with ``Interruption/during(_:_:)``.
public struct Interrupted: Error, @unchecked Sendable {
  /// The check's error.
  public let reason: any Error

  /// Wraps the error of a check.
  public init(reason: any Error) { self.reason = reason }
}
