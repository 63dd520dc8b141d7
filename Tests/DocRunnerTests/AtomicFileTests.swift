import DocRunner
import Foundation
import Testing

@Suite struct AtomicFileTests {
  struct Interrupted: Error {}

  @Test func anInterruptedWriteLeavesTheOldFileAndNoTemporary() throws {
    let folder = try temporaryFolder()
    let path = folder + "/doc.md"
    try AtomicFile.write(Array("old\n".utf8), to: path)
    #expect(throws: RunnerError.self) {
      try AtomicFile.write(Array("new contents\n".utf8), to: path) { throw Interrupted() }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["doc.md"])
  }

  @Test func writesAndReplacesCreatingFolders() throws {
    let folder = try temporaryFolder()
    let path = folder + "/a/b/doc.md"
    try AtomicFile.write(Array("one\n".utf8), to: path)
    try AtomicFile.write(Array("two\n".utf8), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/a/b") == ["doc.md"])
  }

  @Test func anUnwritablePlaceIsAnErrorNamingThePath() throws {
    let folder = try temporaryFolder()
    try AtomicFile.write(Array("x".utf8), to: folder + "/file")
    #expect(throws: RunnerError.self) { try AtomicFile.write([], to: folder + "/file/inside.md") }
  }
}

/// A new empty folder under the system's temporary folder.
func temporaryFolder() throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("quire-tests-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

@Suite struct SourceSafetyTests {
  @Test func writingThroughASymbolicLinkKeepsTheLink() throws {
    let folder = try temporaryFolder()
    try AtomicFile.write(Array("old\n".utf8), to: folder + "/real.md")
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: "real.md")
    try AtomicFile.write(Array("new\n".utf8), to: folder + "/link.md")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.md") == "real.md")
    #expect(try String(contentsOfFile: folder + "/real.md", encoding: .utf8) == "new\n")
  }

  @Test func renderRefusesToWriteOverItsSources() throws {
    let folder = try temporaryFolder()
    try AtomicFile.write(Array("```python\nprint a\n```\n".utf8), to: folder + "/notes/a.md")
    let captured = CapturedConsole()
    let batch = Batch(command: .render(outputFolder: folder + "/notes/./"), paths: [folder + "/notes/a.md"], jobs: 1)
    let (status, _) = batch.run(executorFactory: RequestLog().factory, console: captured.console)
    #expect(status == .ioError)
    #expect(captured.errors.hasSuffix("it is the document itself; render never overwrites a source\n"))
    #expect(try String(contentsOfFile: folder + "/notes/a.md", encoding: .utf8) == "```python\nprint a\n```\n")
  }
}
