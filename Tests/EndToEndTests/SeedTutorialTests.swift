import Foundation
import Testing

/// The seed tutorial ("How Shape Information is Handled by Theano") run through the built
/// `quire` binary: every block's output is the one Theano 1.0.5 printed (the oracle fixtures).
@Suite struct SeedTutorialTests {
  @Test(arguments: ["shape_info.md", "shape_info_excluding.md", "zh/shape_info.md"])
  func seedDocumentMatchesTheanoByteForByte(_ path: String) throws {
    let work = try folder(with: ["notebooks/" + path: try text(repositoryRoot + "/notebooks/" + path)])
    let result = try QuireBinary.run(["render", "--report", "report.json"], in: work)
    #expect(result.status == 0, "\(result.output)\(result.errors)")
    let report = try Report.load(work + "/report.json")
    let expected = try OracleFixture.load(path)
    let blocks = try #require(report.documents.first?.blocks)
    #expect(blocks.map(\.line) == expected.blocks.map(\.line))
    for (block, oracle) in zip(blocks, expected.blocks) {
      #expect(block.output == oracle.output, "block \(block.index) at line \(block.line) of \(path)")
    }
  }
}
