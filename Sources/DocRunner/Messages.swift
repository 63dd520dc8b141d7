import Foundation

/// What a batch prints about its outcomes, and the exit status they imply.
struct Messages {
  let verbosity: Verbosity
  let console: Console

  /// Prints findings in document order and returns the exit status.
  func show(_ outcomes: [DocumentOutcome], command: Batch.Command) -> Batch.ExitStatus {
    var status = Batch.ExitStatus.success
    for outcome in outcomes {
      if let error = outcome.error {
        console.printError("quire: error: \(error)\n")
        status = error.isIOError ? .ioError : max(status, .failure)
        continue
      }
      if verbosity != .quiet {
        for warning in outcome.warnings { console.printError("\(warning)\n") }
      }
      if outcome.status != .ok { status = max(status, .failure) }
      for block in outcome.blocks { show(block, of: outcome) }
      if verbosity != .quiet {
        console.print("\(outcome.path): \(summary(of: outcome)) (\(duration(outcome.seconds)))\n")
      }
    }
    if verbosity != .quiet, outcomes.count > 1 {
      let failed = outcomes.filter { $0.status != .ok }.count
      console.print("\(outcomes.count) documents: \(outcomes.count - failed) ok, \(failed) not ok\n")
    }
    return status
  }

  private func show(_ block: BlockOutcome, of outcome: DocumentOutcome) {
    let location = "\(outcome.path):\(block.line)"
    switch block.status {
    case .ok, .skipped:
      if verbosity == .verbose {
        console.print("\(location): block \(block.index) \(block.status.rawValue) (\(duration(block.seconds)))\n")
        if !block.output.isEmpty { console.print(indented(block.output)) }
      }
    case .error:
      console.print("\(location): error: \(block.message)\n")
      if verbosity != .quiet, let line = exceptionLine(of: block) { console.print("    \(line)\n") }
    case .mismatch:
      console.print("\(location): mismatch: \(block.message)\n\(block.diff)")
    }
  }

  private func summary(of outcome: DocumentOutcome) -> String {
    let count = { (status: BlockStatus) in outcome.blocks.filter { $0.status == status }.count }
    var parts = ["\(outcome.blocks.count) blocks"]
    for status in [BlockStatus.error, .mismatch, .skipped] where count(status) > 0 {
      parts.append("\(count(status)) \(status.rawValue)")
    }
    return "\(outcome.status.rawValue), " + parts.joined(separator: ", ")
  }

  private func indented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    " + $0 + "\n" }.joined()
  }

  /// The `ExcType: message` line of a block's output.
  private func exceptionLine(of block: BlockOutcome) -> Substring? {
    guard let type = block.exceptionType else { return nil }
    let lines = block.output.split(separator: "\n")
    return lines.first(where: { $0 == type || $0.hasPrefix(type + ":") }) ?? lines.last
  }

  /// A duration for people: `0.014 s`, `2.03 s`, `75.4 s`.
  private func duration(_ seconds: Double) -> String {
    let value = max(seconds, 0)
    return String(format: value < 1 ? "%.3f s" : value < 10 ? "%.2f s" : "%.1f s", value)
  }
}

extension Batch.ExitStatus: Comparable {
  /// Orders statuses by severity.
  public static func < (lhs: Batch.ExitStatus, rhs: Batch.ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}
