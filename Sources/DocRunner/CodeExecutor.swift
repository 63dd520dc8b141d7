/// What a document's executor is created with.
public struct ExecutionContext: Sendable, Equatable {
  /// The document's base name (`shape_info.md`): code is compiled under this file name.
  public var fileName: String
  /// The document's path as given on the command line.
  public var path: String
  /// The document's front-matter keys and values (for example `theano_flags`).
  public var frontMatter: [String: String]

  /// Creates a context.
  public init(fileName: String, path: String, frontMatter: [String: String]) {
    self.fileName = fileName
    self.path = path
    self.frontMatter = frontMatter
  }
}

/// One block sent to an executor.
public struct ExecutionRequest: Sendable, Equatable {
  /// The block's code, line ends normalised to `\n`.
  public var code: String
  /// Plain statements or doctest examples.
  public var kind: BlockKind
  /// The document's base name, for tracebacks.
  public var fileName: String
  /// The 1-based document line of the code's first line.
  public var firstLine: Int
  /// The block's time limit in seconds, if any.
  public var timeout: Double?
  /// The block's options (for example `shapes`).
  public var options: BlockOptions

  /// Creates a request.
  public init(
    code: String, kind: BlockKind, fileName: String, firstLine: Int, timeout: Double?,
    options: BlockOptions
  ) {
    self.code = code
    self.kind = kind
    self.fileName = fileName
    self.firstLine = firstLine
    self.timeout = timeout
    self.options = options
  }
}

/// The outcome of one doctest example.
public struct DoctestExample: Sendable, Equatable {
  /// The 1-based document line of the example's `>>>` line.
  public var line: Int
  /// The example's source without prompts.
  public var source: String
  /// The expected output written in the block.
  public var expected: String
  /// What the example printed (or the doctest form of its exception).
  public var got: String
  /// Whether `got` matches `expected` (ELLIPSIS and NORMALIZE_WHITESPACE on).
  public var matches: Bool

  /// Creates an example outcome.
  public init(line: Int, source: String, expected: String, got: String, matches: Bool) {
    self.line = line
    self.source = source
    self.expected = expected
    self.got = got
    self.matches = matches
  }
}

/// What an executor returns for a block.
public struct ExecutionResult: Sendable, Equatable {
  /// The block's output as defined by the oracle's contract.
  public var output: String
  /// The qualified type of the exception the block raised (`ValueError`,
  /// `theano.gof.fg.MissingInputError`), `nil` when it completed.
  public var exceptionType: String?
  /// The qualified names of the exception's type and its base classes, most derived first
  /// (`["ValueError", "Exception", "BaseException", "object"]`), so `raises=Exception` accepts
  /// a `ValueError`.
  public var exceptionLineage: [String]
  /// For a doctest block, each example's outcome.
  public var examples: [DoctestExample]

  /// Whether the block raised.
  public var raised: Bool { exceptionType != nil }

  /// Creates a result.
  /// - Parameters:
  ///   - output: the block's output.
  ///   - exceptionType: the qualified type of the exception raised, if any.
  ///   - exceptionLineage: that type and its bases (default: the type alone).
  ///   - examples: the doctest examples' outcomes.
  public init(
    output: String, exceptionType: String? = nil, exceptionLineage: [String]? = nil,
    examples: [DoctestExample] = []
  ) {
    self.output = output
    self.exceptionType = exceptionType
    self.exceptionLineage = exceptionLineage ?? exceptionType.map { [$0] } ?? []
    self.examples = examples
  }
}

/// Runs the blocks of one document, in order, in one namespace.
///
/// DocRunner knows no programming language: a factory makes one executor per document (a fresh
/// interpreter), and the runner sends it every block of that document in order.
public protocol CodeExecutor {
  /// Runs one block; errors in the code are results, never thrown.
  mutating func execute(_ request: ExecutionRequest) -> ExecutionResult
}

/// Makes a fresh executor for a document. It may throw (for example for invalid flags in the
/// front matter); the document then fails with that message.
public typealias ExecutorFactory = @Sendable (ExecutionContext) throws -> any CodeExecutor
