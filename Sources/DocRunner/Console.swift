import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How much a run prints.
public enum Verbosity: Sendable, Equatable {
  /// Only errors and `check` differences.
  case quiet
  /// Also warnings, failing blocks and a summary.
  case normal
  /// Also every block.
  case verbose
}

/// Where a run's messages go: results on standard output, diagnostics and progress on standard
/// error. Safe to use from several threads.
public final class Console: Sendable {
  private struct State {
    var progressShown = false
  }

  private let state = Mutex(State())
  private let output: @Sendable (String) -> Void
  private let errors: @Sendable (String) -> Void
  /// Whether progress lines are drawn (standard error is a terminal).
  public let showsProgress: Bool

  /// A console on the process's standard output and error.
  public static func standard() -> Console {
    Console(
      output: { FileHandle.standardOutput.write(Data($0.utf8)) },
      errors: { FileHandle.standardError.write(Data($0.utf8)) },
      showsProgress: isatty(STDERR_FILENO) == 1)
  }

  /// A console writing through closures (tests collect the text).
  public init(
    output: @escaping @Sendable (String) -> Void, errors: @escaping @Sendable (String) -> Void,
    showsProgress: Bool
  ) {
    self.output = output
    self.errors = errors
    self.showsProgress = showsProgress
  }

  /// Writes text to standard output.
  public func print(_ text: String) {
    state.withLock { state in
      clearProgress(&state)
      output(text)
    }
  }

  /// Writes text to standard error.
  public func printError(_ text: String) {
    state.withLock { state in
      clearProgress(&state)
      errors(text)
    }
  }

  /// Replaces the progress line (only on a terminal).
  public func progress(_ text: String) {
    guard showsProgress else { return }
    state.withLock { state in
      errors("\r\u{1B}[K" + text)
      state.progressShown = true
    }
  }

  /// Removes the progress line.
  public func endProgress() {
    state.withLock { clearProgress(&$0) }
  }

  private func clearProgress(_ state: inout State) {
    guard state.progressShown else { return }
    errors("\r\u{1B}[K")
    state.progressShown = false
  }
}
