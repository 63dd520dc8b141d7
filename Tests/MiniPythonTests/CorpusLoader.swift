import Foundation
import Testing

/// One snippet of the conformance corpus (Scripts/<topic>.py) with the output CPython 3.11
/// printed for it (Scripts/<topic>.expected.json, written by Scripts/generate.py).
struct CorpusSnippet: Decodable, CustomTestStringConvertible, Sendable {
  /// The topic file's base name (`strings.py`), the file name the snippet runs under.
  var file = ""
  /// The snippet's name inside its topic.
  let name: String
  /// The line of the snippet's first code line in the topic file.
  let line: Int
  /// The source code.
  let code: String
  /// The expected output (notebook convention).
  let output: String

  private enum CodingKeys: String, CodingKey { case name, line, code, output }

  var testDescription: String { "\(file):\(name)" }

  /// Every snippet of every topic, in topic and file order.
  static func all() throws -> [CorpusSnippet] {
    guard let directory = Bundle.module.url(forResource: "Scripts", withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile)
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".expected.json") }
      .sorted()
    var snippets: [CorpusSnippet] = []
    for file in files {
      let data = try Data(contentsOf: directory.appendingPathComponent(file))
      let topic = String(file.dropLast(".expected.json".count)) + ".py"
      for var snippet in try JSONDecoder().decode([CorpusSnippet].self, from: data) {
        snippet.file = topic
        snippets.append(snippet)
      }
    }
    return snippets
  }
}
