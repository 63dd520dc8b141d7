/// The status of a block in a report.
public enum BlockStatus: String, Sendable, Equatable {
  /// Ran as expected.
  case ok
  /// An unexpected error, a missing expected error, or an error of another type.
  case error
  /// The fresh output differs from the recorded one (`check`), or a doctest example failed.
  case mismatch
  /// Not executed (`skip`).
  case skipped
}

/// The status of a document in a report.
public enum DocumentStatus: String, Sendable, Equatable {
  /// Every block is ok or skipped.
  case ok
  /// A block failed or mismatched, or an unclosed fence stopped the document.
  case failed
  /// The document could not be processed (unreadable, not UTF-8, invalid front matter, ...).
  case error
}

/// What happened to one Python block.
public struct BlockOutcome: Sendable, Equatable {
  /// Position among the document's Python blocks, from 0.
  public var index: Int
  /// The 1-based line of the opening fence.
  public var line: Int
  /// Plain or doctest.
  public var kind: BlockKind
  /// The block's options.
  public var options: BlockOptions
  /// The block's status.
  public var status: BlockStatus
  /// The block's output (`""` when skipped).
  public var output: String
  /// The exception type the block raised, if any.
  public var exceptionType: String?
  /// Wall-clock seconds the block took.
  public var seconds: Double
  /// Why the block is not ok, for people (empty when it is ok).
  public var message: String
  /// For a mismatch, a unified diff from the expected to the fresh text.
  public var diff: String

  /// Whether the block raised.
  public var raised: Bool { exceptionType != nil }
}

/// A message about a document that is not a block failure, with its line.
public struct DocumentWarning: Sendable, Equatable, CustomStringConvertible {
  /// The document's path.
  public var path: String
  /// The 1-based line it is about.
  public var line: Int
  /// The message.
  public var message: String

  /// `path:line: warning: message`.
  public var description: String { "\(path):\(line): warning: \(message)" }
}

/// What happened to one document.
public struct DocumentOutcome: Sendable {
  /// The document's path as given.
  public var path: String
  /// The document's status.
  public var status: DocumentStatus
  /// Wall-clock seconds for the whole document.
  public var seconds: Double
  /// Each Python block that was executed or skipped, in order.
  public var blocks: [BlockOutcome]
  /// Warnings (unknown options, an unclosed fence, ...).
  public var warnings: [DocumentWarning]
  /// The error that stopped the document (status `error`).
  public var error: RunnerError?
  /// The document with fresh outputs spliced in (`nil` when it could not be run).
  public var markdown: [UInt8]?
  /// The standalone HTML page of the document with outputs (`nil` when it could not be run).
  public var html: String?

  /// An outcome for a document that could not be processed.
  static func failure(path: String, error: RunnerError, seconds: Double = 0) -> DocumentOutcome {
    DocumentOutcome(
      path: path, status: .error, seconds: seconds, blocks: [], warnings: [], error: error,
      markdown: nil, html: nil)
  }
}
