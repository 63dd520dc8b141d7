import Foundation
import MiniPython
import TheanoBridge
import Testing

/// Documents in `Fixtures/` run block by block through the `theano` module; each block's output
/// must equal Theano 1.0.5's (`<name>.expected.json`, written by `../shared/oracle/oracle.py`).
@Suite struct OracleDocumentTests {
  @Test(arguments: [
    "shape_info", "shape_info_excluding", "zh/shape_info", "shared_variables", "python_ops",
    "elemwise_unary", "tensor_surface", "constants_and_errors", "function_arguments", "reductions", "nnet", "keepdims", "switch", "arange", "prod", "dot22", "nnet_losses", "shared_rules", "modes", "crossentropy", "givens_and_copy", "printing_ops", "nanguard", "test_values", "debugmode", "indexing", "subtensor_rewrites", "shared_values", "elemwise_rewrites", "autocast", "borrow", "merge", "inplace_batches", "inplace_updates", "constant_cache", "dimshuffle_errors", "cast_lift", "complex_graphs", "fuzz_rewrites", "fuzz/f102", "fuzz/f104", "fuzz/f107", "fuzz/f110",
  ])
  func documentMatchesTheano(_ name: String) throws {
    let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let text = try String(contentsOf: directory.appendingPathComponent("\(name).md"), encoding: .utf8)
    let data = try Data(contentsOf: directory.appendingPathComponent("\(name).expected.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let expected = try #require(json["blocks"] as? [[String: Any]]).map { $0["output"] as? String ?? "" }
    let notebook = try Notebook(
      file: "\(name.split(separator: "/").last ?? "").md", flags: frontMatterFlags(text))
    let blocks = pythonBlocks(text)
    #expect(blocks.count == expected.count)
    for (index, (line, code)) in blocks.enumerated() {
      let output = notebook.run(code, line: line)
      #expect(output == expected[index], "block \(index) of \(name).md")
    }
  }

  /// The `theano_flags` of a document's front matter (empty without one).
  func frontMatterFlags(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return "" }
    for line in lines[1..<end] where line.hasPrefix("theano_flags:") {
      return String(line.dropFirst("theano_flags:".count)).trimmingCharacters(in: .whitespaces)
    }
    return ""
  }

  /// The python blocks of a Markdown text with the document line of their first code line.
  func pythonBlocks(_ text: String) -> [(Int, String)] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var blocks: [(Int, String)] = []
    var index = 0
    while index < lines.count {
      if lines[index].hasPrefix("```python") {
        let first = index + 2
        var body: [String] = []
        index += 1
        while index < lines.count, !lines[index].hasPrefix("```") {
          body.append(lines[index])
          index += 1
        }
        blocks.append((first, body.joined(separator: "\n") + "\n"))
      }
      index += 1
    }
    return blocks
  }
}
