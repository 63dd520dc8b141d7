/// The error a block declares it expects (`raises` or `raises=ValueError`).
public enum ExpectedError: Sendable, Equatable {
  /// Any exception.
  case any
  /// An exception of this type or a subclass: its name (`ValueError`) or qualified name
  /// (`theano.gof.fg.MissingInputError`); a bare name also matches a qualified one.
  case type(String)

  /// Whether an exception is the expected one.
  /// - Parameter lineage: the qualified names of the exception's type and its bases.
  public func matches(_ lineage: [String]) -> Bool {
    switch self {
    case .any: !lineage.isEmpty
    case .type(let name): lineage.contains { $0 == name || $0.hasSuffix("." + name) }
    }
  }
}

/// The options written after the language in a code block's info string.
///
/// ````markdown
/// ```python raises=ValueError hide timeout=5
/// ````
public struct BlockOptions: Sendable, Equatable {
  /// `skip`: the block is not executed.
  public var skip = false
  /// `raises` / `raises=Type`: the block must raise (that type).
  public var raises: ExpectedError?
  /// `hide`: the source is hidden in HTML; the output is shown.
  public var hide = false
  /// `no-output`: the block runs, but no output block is written after it.
  public var noOutput = false
  /// `timeout=SECONDS`: the block's time limit.
  public var timeout: Double?
  /// `shapes`: the executor adds the type and inferred shape of each symbolic variable bound.
  public var shapes = false

  /// Options with every flag off.
  public init() {}

  /// Parses the words after the language.
  /// - Parameter words: the option words (`skip`, `raises=ValueError`, ...).
  /// - Returns: the options and a message for each word that is not understood (it is ignored).
  public static func parse<S: StringProtocol>(_ words: [S]) -> (options: BlockOptions, problems: [String]) {
    var options = BlockOptions()
    var problems: [String] = []
    for word in words {
      let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0])
      let value = parts.count > 1 ? String(parts[1]) : nil
      switch (name, value) {
      case ("skip", nil): options.skip = true
      case ("hide", nil): options.hide = true
      case ("no-output", nil): options.noOutput = true
      case ("shapes", nil): options.shapes = true
      case ("raises", nil): options.raises = .any
      case ("raises", let type?) where isQualifiedName(type): options.raises = .type(type)
      case ("timeout", let text?):
        if let seconds = Double(text), seconds > 0, seconds.isFinite {
          options.timeout = seconds
        } else {
          problems.append("timeout needs a positive number of seconds, not '\(text)'")
        }
      default:
        problems.append("unknown block option '\(word)'")
      }
    }
    return (options, problems)
  }

  /// The option words that produce these options, in a fixed order.
  public var words: [String] {
    var words: [String] = []
    if skip { words.append("skip") }
    switch raises {
    case nil: break
    case .any?: words.append("raises")
    case .type(let name)?: words.append("raises=\(name)")
    }
    if hide { words.append("hide") }
    if noOutput { words.append("no-output") }
    if let timeout { words.append("timeout=\(timeout)") }
    if shapes { words.append("shapes") }
    return words
  }

  private static func isQualifiedName(_ text: String) -> Bool {
    text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
      guard let first = part.unicodeScalars.first else { return false }
      return (first == "_" || first.properties.isXIDStart)
        && part.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }
  }
}

/// How a Python block runs.
public enum BlockKind: String, Sendable, Equatable {
  /// Statements whose output is captured (notebook semantics).
  case plain
  /// `>>>` examples compared with the expected lines written in the block.
  case doctest

  /// The kind of a block from its language and code: doctest for `pycon` or when the first
  /// non-blank line starts with `>>>`.
  static func of(language: String, code: String) -> BlockKind {
    if language == "pycon" { return .doctest }
    let firstLine = code.split(separator: "\n").first(where: {
      !$0.allSatisfy { $0 == " " || $0 == "\t" }
    })
    let trimmed = firstLine?.drop(while: { $0 == " " || $0 == "\t" })
    return trimmed?.hasPrefix(">>>") == true ? .doctest : .plain
  }
}
