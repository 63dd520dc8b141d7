/// `doctest.OutputChecker.check_output` with its option flags.
public enum OutputChecker {
  /// Whether `got` matches `want` under doctest's rules.
  /// - Parameters:
  ///   - ellipsis: `ELLIPSIS` (`...` matches any text).
  ///   - normalizeWhitespace: `NORMALIZE_WHITESPACE` (runs of whitespace compare equal).
  public static func matches(want: String, got: String, ellipsis: Bool = true, normalizeWhitespace: Bool = true) -> Bool {
    if got == want { return true }
    if (got, want) == ("True\n", "1\n") || (got, want) == ("False\n", "0\n") { return true }
    var w = want.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      let t = line.trimmingCharacters(in: " \t\r")
      return t == "<BLANKLINE>" || (line.hasPrefix("<BLANKLINE>") && t == "<BLANKLINE>") ? "" : String(line)
    }.joined(separator: "\n")
    var g = got.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) ? "" : String(line)
    }.joined(separator: "\n")
    if g == w { return true }
    if normalizeWhitespace {
      g = g.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      w = w.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      if g == w { return true }
    }
    if ellipsis && ellipsisMatch(want: w, got: g) { return true }
    return false
  }

  /// doctest's `_ellipsis_match`.
  static func ellipsisMatch(want: String, got: String) -> Bool {
    guard want.contains("...") else { return want == got }
    let pieces = want.splitAll(by: "...")
    var g = Substring(got)
    let first = pieces[0]
    let last = pieces[pieces.count - 1]
    guard g.hasPrefix(first) else { return false }
    g = g.dropFirst(first.count)
    guard g.hasSuffix(last), g.count >= last.count else { return false }
    g = g.dropLast(last.count)
    for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
      guard let r = g.firstRange(of: piece) else { return false }
      g = g[r.upperBound...]
    }
    return true
  }
}

extension String {
  func splitAll(by separator: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(self)
    while let r = rest.firstRange(of: separator) {
      parts.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }
}
