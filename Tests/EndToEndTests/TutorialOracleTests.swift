import Foundation
import Testing

/// Every document of `notebooks/tutorial/`, run in one `quire render`, compared block by block
/// with the outputs Theano 1.0.5 printed (the oracle fixtures).
///
/// Every block is byte-identical today, and ``minimumShare`` keeps it so; the test lists every
/// mismatching block (`path:line` and a diff), so a change that breaks one says where.
@Suite struct TutorialOracleTests {
  /// The share of blocks that must be identical: all of them.
  static let minimumShare = 1.0

  @Test func everyTutorialBlockMatchesTheano() throws {
    let work = try folder(with: [String: String]())
    let result = try QuireBinary.run(
      ["render", repositoryRoot + "/notebooks/tutorial", "--out", work + "/out",
       "--report", work + "/report.json", "--quiet"],
      in: work)
    let report = try Report.load(work + "/report.json")
    #expect(report.documents.count >= 17, "\(result.output)\(result.errors)")
    var compared = 0
    var identical = 0
    var mismatches: [String] = []
    for document in report.documents.sorted(by: { $0.path < $1.path }) {
      let name = URL(fileURLWithPath: document.path).lastPathComponent
      let fixture = try OracleFixture.load("tutorial/" + name)
      let expected = Dictionary(fixture.blocks.map { ($0.line, $0.output) }) { first, _ in first }
      for block in document.blocks {
        guard let oracle = expected[block.line] else { continue }
        compared += 1
        if Self.matches(block.output, oracle) {
          identical += 1
        } else {
          mismatches.append(
            "\(name):\(block.line)\n" + lineDiff(expected: oracle, actual: block.output))
        }
      }
    }
    let share = compared == 0 ? 0 : Double(identical) / Double(compared)
    let summary = "\(identical) of \(compared) tutorial blocks identical to the oracle"
      + " (share \(share), threshold \(Self.minimumShare))"
    print(summary + "\n" + mismatches.joined(separator: "\n"))
    #expect(share >= Self.minimumShare, "\(summary)\n\(mismatches.joined(separator: "\n"))")
  }

  /// Whether a block's output is the oracle's: identical, or the oracle's followed only by the
  /// shape lines a `shapes` block adds (the oracle ignores that option).
  static func matches(_ output: String, _ oracle: String) -> Bool {
    if output == oracle { return true }
    guard output.hasPrefix(oracle) else { return false }
    let rest = output.dropFirst(oracle.count).split(separator: "\n")
    return !rest.isEmpty && rest.allSatisfy { $0.contains(": TensorType(") }
  }
}

/// A line diff of two texts: the lines only the oracle has (`-`) and only Quire has (`+`), after
/// the common first and last lines.
func lineDiff(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var start = 0
  while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
  var end = 0
  while end < old.count - start, end < new.count - start,
    old[old.count - 1 - end] == new[new.count - 1 - end]
  {
    end += 1
  }
  let removed = old[start..<(old.count - end)].map { "  - " + $0 }
  let added = new[start..<(new.count - end)].map { "  + " + $0 }
  return (removed + added).joined(separator: "\n")
}
