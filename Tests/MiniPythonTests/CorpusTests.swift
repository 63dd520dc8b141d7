import MiniPython
import Testing

/// Runs every snippet of the CPython conformance corpus (Scripts/*.py, expected outputs made
/// by CPython 3.11 with Scripts/generate.py) through `Interpreter.run` and compares the exact
/// text: stdout, the repr of a final expression, or `ExcType: message` lines.
@Suite struct CorpusTests {
  /// Snippets MiniPython does not run like CPython yet, each with its reason. A listed snippet
  /// that starts passing fails the test (`withKnownIssue`), so the list only shrinks.
  static let unsupported: [String: String] = [:]

  static let snippets: [CorpusSnippet] = (try? CorpusSnippet.all()) ?? []

  @Test func corpusIsComplete() {
    #expect(Self.snippets.count >= 250)
    let names = Set(Self.snippets.map(\.testDescription))
    for name in Self.unsupported.keys { #expect(names.contains(name), "unknown snippet \(name)") }
  }

  @Test(arguments: snippets)
  func snippetMatchesCPython(_ snippet: CorpusSnippet) {
    let interp = Interpreter()
    let result = interp.run(snippet.code, file: snippet.file, firstLine: snippet.line)
    if let reason = Self.unsupported[snippet.testDescription] {
      withKnownIssue(Comment(rawValue: reason)) {
        #expect(result.output == snippet.output)
      }
      return
    }
    #expect(result.output == snippet.output, "\(snippet.testDescription)")
  }
}
