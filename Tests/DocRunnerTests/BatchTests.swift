import DocRunner
import Foundation
import Synchronization
import Testing

/// Text a console printed, by stream.
final class CapturedConsole: Sendable {
  private let text = Mutex(("", ""))
  var output: String { text.withLock { $0.0 } }
  var errors: String { text.withLock { $0.1 } }

  var console: Console {
    Console(
      output: { line in self.text.withLock { $0.0 += line } },
      errors: { line in self.text.withLock { $0.1 += line } }, showsProgress: false)
  }
}

@Suite struct BatchTests {
  private func write(_ files: [String: String], in folder: String) throws {
    for (name, text) in files { try AtomicFile.write(Array(text.utf8), to: folder + "/" + name) }
  }

  @Test func renderWritesMarkdownAndHTMLMirroringFolders() throws {
    let folder = try temporaryFolder()
    try write(["notes/a.md": "```python\nprint a\n```\n", "notes/sub/b.md": "# B\n", "notes/.hidden/c.md": "x"], in: folder)
    let captured = CapturedConsole()
    let batch = Batch(command: .render(outputFolder: folder + "/out"), paths: [folder + "/notes"], jobs: 2, reportPath: folder + "/report.json")
    let (status, outcomes) = batch.run(executorFactory: RequestLog().factory, console: captured.console)
    #expect(status == .success)
    #expect(outcomes.map(\.path) == [folder + "/notes/a.md", folder + "/notes/sub/b.md"])
    #expect(try String(contentsOfFile: folder + "/out/a.md", encoding: .utf8) == "```python\nprint a\n```\n\n```output\na\n```\n")
    #expect(FileManager.default.fileExists(atPath: folder + "/out/sub/b.html"))
    #expect(try String(contentsOfFile: folder + "/notes/a.md", encoding: .utf8) == "```python\nprint a\n```\n")
    #expect(try String(contentsOfFile: folder + "/report.json", encoding: .utf8).hasPrefix("{\n  \"version\": 1,"))
  }

  @Test func updateRewritesInPlaceAndIsIdempotent() throws {
    let folder = try temporaryFolder()
    try write(["a.md": "```python\nprint a\n```"], in: folder)
    let batch = Batch(command: .update, paths: [folder + "/a.md"], jobs: 1, verbosity: .quiet)
    _ = batch.run(executorFactory: RequestLog().factory, console: CapturedConsole().console)
    let once = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.md"))
    _ = batch.run(executorFactory: RequestLog().factory, console: CapturedConsole().console)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/a.md")) == once)
    #expect(String(decoding: once, as: UTF8.self) == "```python\nprint a\n```\n\n```output\na\n```")
  }

  @Test func checkPrintsPathLineAndDiffAndFails() throws {
    let folder = try temporaryFolder()
    try write(["a.md": "Text.\n\n```python\nprint a\n```\n\n```output\nb\n```\n"], in: folder)
    let captured = CapturedConsole()
    let (status, _) = Batch(command: .check, paths: [folder], jobs: 1).run(executorFactory: RequestLog().factory, console: captured.console)
    #expect(status == .failure)
    #expect(captured.output.hasPrefix("""
      \(folder)/a.md:3: mismatch: output differs from the recorded output block
      --- \(folder)/a.md:7 (recorded)
      +++ \(folder)/a.md:3 (fresh)
      @@ -1 +1 @@
      -b
      +a
      \(folder)/a.md: failed, 1 blocks, 1 mismatch (
      """))
  }

  @Test func missingPathsAndUnwritableOutputAreIOErrors() throws {
    let folder = try temporaryFolder()
    let captured = CapturedConsole()
    let (missing, _) = Batch(command: .check, paths: [folder + "/nope.md"], jobs: 1).run(executorFactory: RequestLog().factory, console: captured.console)
    #expect(missing == .ioError)
    #expect(captured.errors == "quire: error: \(folder)/nope.md: no such file or directory\n")
    try write(["a.md": "x\n", "file": "x"], in: folder)
    let (unwritable, _) = Batch(command: .render(outputFolder: folder + "/file/out"), paths: [folder + "/a.md"], jobs: 1)
      .run(executorFactory: RequestLog().factory, console: CapturedConsole().console)
    #expect(unwritable == .ioError)
  }

  @Test func notUTF8IsAnIOErrorAndOtherDocumentsStillRun() throws {
    let folder = try temporaryFolder()
    try write(["good.md": "```python\nprint a\n```\n"], in: folder)
    try AtomicFile.write([0x80, 0x0A], to: folder + "/bad.md")
    let captured = CapturedConsole()
    let (status, outcomes) = Batch(command: .update, paths: [folder], jobs: 2).run(executorFactory: RequestLog().factory, console: captured.console)
    #expect(status == .ioError)
    #expect(outcomes.map(\.status) == [.error, .ok])
    #expect(captured.errors.contains("quire: error: \(folder)/bad.md: not valid UTF-8 (byte 0)\n"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/bad.md")) == Data([0x80, 0x0A]))
  }

  @Test func eachDocumentGetsItsOwnExecutor() throws {
    let folder = try temporaryFolder()
    try write(["a.md": "```python\nprint a\n```\n", "b.md": "```python\nprint b\n```\n", "c.md": "no code\n"], in: folder)
    let log = RequestLog()
    _ = Batch(command: .check, paths: [folder], jobs: 3, verbosity: .quiet).run(executorFactory: log.factory, console: CapturedConsole().console)
    #expect(log.allContexts.map(\.fileName).sorted() == ["a.md", "b.md", "c.md"])
  }
}

@Suite struct ConsoleTests {
  @Test func progressIsDrawnOnATerminalAndClearedBeforeOtherText() {
    let captured = CapturedConsole()
    let console = Console(
      output: { line in captured.console.print(line) }, errors: { line in captured.console.printError(line) },
      showsProgress: true)
    console.progress("[1/2] a.md")
    console.print("result\n")
    console.progress("[2/2] b.md")
    console.endProgress()
    #expect(captured.errors == "\r\u{1B}[K[1/2] a.md\r\u{1B}[K\r\u{1B}[K[2/2] b.md\r\u{1B}[K")
    #expect(captured.output == "result\n")
  }

  @Test func noProgressWhenNotATerminal() {
    let captured = CapturedConsole()
    captured.console.progress("[1/1] a.md")
    #expect(captured.errors == "")
  }
}
