import CCmark

/// Options that change how libcmark parses a document (`CMARK_OPT_*`).
public struct ParseOptions: OptionSet, Sendable {
  /// The raw `CMARK_OPT_*` bits.
  public let rawValue: Int32

  /// Creates options from raw `CMARK_OPT_*` bits.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Record start and end lines and columns on every node (`CMARK_OPT_SOURCEPOS`).
  public static let sourcePositions = ParseOptions(rawValue: CMARK_OPT_SOURCEPOS)
  /// Replace invalid UTF-8 by U+FFFD (`CMARK_OPT_VALIDATE_UTF8`).
  public static let validateUTF8 = ParseOptions(rawValue: CMARK_OPT_VALIDATE_UTF8)
  /// Typographic quotes and dashes (`CMARK_OPT_SMART`).
  public static let smartPunctuation = ParseOptions(rawValue: CMARK_OPT_SMART)
}

/// Options that change how libcmark renders a document (`CMARK_OPT_*`).
public struct RenderOptions: OptionSet, Sendable {
  /// The raw `CMARK_OPT_*` bits.
  public let rawValue: Int32

  /// Creates options from raw `CMARK_OPT_*` bits.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Add `data-sourcepos` attributes to HTML elements (`CMARK_OPT_SOURCEPOS`).
  public static let sourcePositions = RenderOptions(rawValue: CMARK_OPT_SOURCEPOS)
  /// Render soft line breaks as hard ones (`CMARK_OPT_HARDBREAKS`).
  public static let hardBreaks = RenderOptions(rawValue: CMARK_OPT_HARDBREAKS)
  /// Render soft line breaks as spaces (`CMARK_OPT_NOBREAKS`).
  public static let noBreaks = RenderOptions(rawValue: CMARK_OPT_NOBREAKS)
  /// Pass raw HTML and dangerous URLs through (`CMARK_OPT_UNSAFE`); off by default.
  public static let unsafe = RenderOptions(rawValue: CMARK_OPT_UNSAFE)
}
