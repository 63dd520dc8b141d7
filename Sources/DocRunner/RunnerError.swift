/// The errors of the document runner: problems with files and arguments, never with the code
/// of a block (those are findings in a ``DocumentOutcome``).
public enum RunnerError: Error, Equatable, CustomStringConvertible {
  /// A path given on the command line does not exist.
  case missingPath(String)
  /// A file could not be read.
  case unreadable(path: String, reason: String)
  /// A file is not valid UTF-8.
  case notUTF8(path: String, offset: Int)
  /// A file or folder could not be written.
  case unwritable(path: String, reason: String)
  /// The front matter is not valid YAML or not a mapping.
  case invalidFrontMatter(path: String, line: Int, message: String)
  /// Two documents would be written to the same output file.
  case outputCollision(path: String, first: String, second: String)
  /// The executor factory refused the document.
  case executorUnavailable(path: String, message: String)

  /// A message for people, naming the path.
  public var description: String {
    switch self {
    case .missingPath(let path): "\(path): no such file or directory"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .notUTF8(let path, let offset): "\(path): not valid UTF-8 (byte \(offset))"
    case .unwritable(let path, let reason): "\(path): cannot write: \(reason)"
    case .invalidFrontMatter(let path, let line, let message):
      "\(path):\(line): invalid front matter: \(message)"
    case .outputCollision(let path, let first, let second):
      "\(path): both \(first) and \(second) would be written here"
    case .executorUnavailable(let path, let message): "\(path): \(message)"
    }
  }

  /// Whether the error is about input or output (exit status 2) rather than document content.
  public var isIOError: Bool {
    switch self {
    case .missingPath, .unreadable, .notUTF8, .unwritable, .outputCollision: true
    case .invalidFrontMatter, .executorUnavailable: false
    }
  }
}
