import Foundation
import MiniPython
import Testing

/// 3100 random expressions over str/list/dict/set/tuple methods, %-formatting, str.format,
/// f-strings and the math module, compared with what CPython 3.11 printed for each
/// (Scripts/LibraryCases/library_cases.json, made by Scripts/LibraryCases/generate.py).
@Suite struct LibraryCaseTests {
  static func cases() throws -> [(expression: String, output: String)] {
    guard let url = Bundle.module.url(
      forResource: "library_cases", withExtension: "json", subdirectory: "Scripts/LibraryCases")
    else { throw CocoaError(.fileNoSuchFile) }
    let rows = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String]] ?? []
    return rows.map { ($0[0], $0[1]) }
  }

  @Test func libraryMatchesCPython() throws {
    let interp = Interpreter()
    _ = interp.run("import math")
    var failures: [String] = []
    let all = try Self.cases()
    for (expression, expected) in all {
      let result = interp.run("print(repr(\(expression)))", file: "case.py", firstLine: 1)
      if result.output != expected + "\n" {
        failures.append("\(expression)\n  got      \(result.output)  expected \(expected)")
      }
    }
    #expect(
      failures.isEmpty,
      Comment(rawValue: "\(failures.count) of \(all.count) differ:\n" + failures.prefix(60).joined(separator: "\n")))
  }
}
