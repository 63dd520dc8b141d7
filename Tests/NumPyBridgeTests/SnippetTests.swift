import Foundation
import MiniPython
import NumPyBridge
import Testing

/// A Python snippet and the text numpy 1.23 printed for it (see `Fixtures/generate.py`).
struct Snippet: CustomTestStringConvertible, Sendable {
  let code: String
  let output: String
  var testDescription: String { code.split(separator: "\n").dropFirst().joined(separator: "; ") }

  static func all() -> [Snippet] {
    guard let base = Bundle.module.resourceURL,
      let data = try? Data(contentsOf: base.appendingPathComponent("Fixtures/snippets.json")),
      let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: String]]
    else { return [] }
    return entries.map { Snippet(code: $0["code"] ?? "", output: $0["output"] ?? "") }
  }
}

@Test func snippetFixturesAreLoaded() {
  #expect(Snippet.all().count >= 70)
}

@Test(arguments: Snippet.all())
func snippetPrintsWhatNumpyPrints(_ snippet: Snippet) {
  let interpreter = Interpreter()
  NumPy.register(in: interpreter)
  let result = interpreter.run(snippet.code)
  #expect(result.output == snippet.output)
}
