/// A position in source text: a 1-based line and a 1-based column (CPython's `SyntaxError.offset`).
///
/// Stored as two 32-bit numbers: every token and tree node holds locations, and the smaller
/// token array stays below the size at which the C allocator maps (and unmaps) fresh pages.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  private var storedLine: Int32
  private var storedColumn: Int32

  /// The 1-based line number, already shifted to the document's numbering.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(truncatingIfNeeded: newValue) }
  }
  /// The 1-based column (in Unicode scalars).
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(truncatingIfNeeded: newValue) }
  }

  /// Creates a location.
  public init(line: Int, column: Int) {
    storedLine = Int32(truncatingIfNeeded: line)
    storedColumn = Int32(truncatingIfNeeded: column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A syntax or indentation error found by the lexer or parser.
public struct SyntaxErrorInfo: Error, Equatable, Sendable, CustomStringConvertible {
  /// Which Python exception class reports it.
  public enum Kind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
  }
  /// The exception class.
  public var kind: Kind
  /// CPython's message, e.g. `invalid syntax`.
  public var message: String
  /// Where the error was found.
  public var location: SourceLocation
  /// The end column when CPython reports a range (for the caret line), else nil.
  public var endColumn: Int?
  /// How `traceback.format_exception_only` shows the location.
  public var display: Display = .caret

  /// What CPython prints between the `File` line and the message.
  public enum Display: Sendable, Equatable {
    /// The source line and a caret line (a range when `endColumn` is set).
    case caret
    /// The source line only (`unexpected indent`).
    case sourceOnly
    /// Nothing (errors found by the compiler, such as `'return' outside function`).
    case locationOnly
  }

  /// Creates an error record.
  public init(_ kind: Kind, _ message: String, at location: SourceLocation, endColumn: Int? = nil) {
    self.kind = kind
    self.message = message
    self.location = location
    self.endColumn = endColumn
  }

  /// Creates a plain `SyntaxError` record.
  public init(_ message: String, at location: SourceLocation) {
    self.init(.syntaxError, message, at: location)
  }

  public var description: String { "\(kind.rawValue): \(message) (line \(location.line), column \(location.column))" }
}
