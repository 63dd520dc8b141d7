import Foundation
import Testing

@testable import MiniPython

/// The format-spec mini-language against 3900 CPython 3.11 results
/// (Scripts/FormatCases/format_cases.json, made by Scripts/FormatCases/generate.py).
@Suite struct FormatSpecTests {
  static func cases() throws -> [[String]] {
    guard let url = Bundle.module.url(
      forResource: "format_cases", withExtension: "json", subdirectory: "Scripts/FormatCases")
    else { throw CocoaError(.fileNoSuchFile) }
    let raw = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[Any]] ?? []
    return raw.map { row in row.map { "\($0)" } }
  }

  @Test func formatMatchesCPython() throws {
    var failures: [String] = []
    let all = try Self.cases()
    for c in all {
      let (kind, value, spec, expected) = (c[0], c[1], c[2], c[3])
      var got: String
      do throws(PyException) {
        switch kind {
        case "int": got = try FormatSpec.format(int: Int(value)!, spec: spec)
        case "float": got = try FormatSpec.format(float: Double(value)!, spec: spec)
        default: got = try FormatSpec.format(string: value, spec: spec)
        }
      } catch {
        got = "!\(error.typeName): \(error.message)"
      }
      if got != expected { failures.append("\(kind) \(value) '\(spec)': got \(got) expected \(expected)") }
    }
    #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(all.count) differ:\n" + failures.prefix(40).joined(separator: "\n")))
  }
}
