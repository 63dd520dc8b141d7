/// One `>>>` example of a doctest block (what `doctest.DocTestParser` extracts).
public struct DoctestExample: Sendable, Equatable {
  /// The source with prompts removed, newline-terminated.
  public var source: String
  /// The expected output written after it (`<BLANKLINE>` kept), newline-terminated or empty.
  public var want: String
  /// The expected exception line(s) when `want` is a traceback, else nil.
  public var exceptionMessage: String?
  /// The 0-based line of the `>>>` prompt within the block.
  public var lineOffset: Int
  /// `# doctest:` directives: option name (`SKIP`, `ELLIPSIS`...) to enabled.
  public var options: [String: Bool]
}

/// Splits a doctest block into examples with `doctest.DocTestParser`'s rules.
public enum DoctestParser {
  /// Parses the examples of a block.
  public static func examples(in text: String) -> [DoctestExample] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var result: [DoctestExample] = []
    var i = 0
    func indentOf(_ l: String) -> Int { l.prefix(while: { $0 == " " }).count }
    func isPrompt(_ l: String) -> Bool {
      let s = l.drop(while: { $0 == " " })
      return s.hasPrefix(">>>")
    }
    while i < lines.count {
      let line = lines[i]
      guard isPrompt(line) else {
        i += 1
        continue
      }
      let indent = indentOf(line)
      let start = i
      var source = [String(line.dropFirst(indent + 3).dropFirst(line.count > indent + 3 ? 1 : 0))]
      i += 1
      while i < lines.count {
        let s = lines[i].drop(while: { $0 == " " })
        guard s.hasPrefix("...") else { break }
        let l = lines[i]
        source.append(l.count > indent + 3 ? String(l.dropFirst(indent + 4)) : "")
        i += 1
      }
      var want: [String] = []
      while i < lines.count {
        let l = lines[i]
        if l.allSatisfy({ $0 == " " }) || isPrompt(l) { break }
        want.append(String(l.dropFirst(min(indent, indentOf(l)))))
        i += 1
      }
      let src = source.joined(separator: "\n") + "\n"
      let wantText = want.isEmpty ? "" : want.joined(separator: "\n") + "\n"
      result.append(
        DoctestExample(
          source: src, want: wantText, exceptionMessage: exceptionMessage(wantText), lineOffset: start,
          options: options(src)))
    }
    return result
  }

  /// doctest's `_EXCEPTION_RE`: the `ExcType: message` part of an expected traceback.
  static func exceptionMessage(_ want: String) -> String? {
    let lines = want.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first else { return nil }
    let header = first.trimmingCharacters(in: " \t")
    guard header == "Traceback (most recent call last):" || header == "Traceback (innermost last):" else {
      return nil
    }
    for (k, l) in lines.enumerated().dropFirst() {
      if let c = l.first, c.isLetter || c.isNumber || c == "_" {
        return lines[k...].joined(separator: "\n")
      }
    }
    return nil
  }

  /// `# doctest: +SKIP, -ELLIPSIS` directives.
  static func options(_ source: String) -> [String: Bool] {
    var out: [String: Bool] = [:]
    for line in source.split(separator: "\n") {
      guard let hash = line.firstRange(of: "#") else { continue }
      var rest = line[hash.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
      guard rest.hasPrefix("doctest:") else { continue }
      rest = rest.dropFirst("doctest:".count)
      for token in rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
        guard let sign = token.first, sign == "+" || sign == "-" else { continue }
        out[String(token.dropFirst())] = sign == "+"
      }
    }
    return out
  }
}

extension Substring {
  func trimmingCharacters(in set: String) -> Substring {
    var s = self
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return s
  }
}
