import Foundation
import Testing

/// Documents run through the built `quire` binary with the real interpreter.
@Suite struct PythonDocumentTests {
  @Test func introMatchesCPythonBlockForBlock() throws {
    let work = try folder(with: ["notebooks/intro.md": try text(repositoryRoot + "/notebooks/intro.md")])
    let result = try QuireBinary.run(["render", "--report", "report.json"], in: work)
    #expect(result.status == 0, "\(result.output)\(result.errors)")
    let report = try Report.load(work + "/report.json")
    let expected = try OracleFixture.load("intro.md")
    let blocks = try #require(report.documents.first?.blocks)
    #expect(blocks.map(\.line) == expected.blocks.map(\.line))
    for (block, oracle) in zip(blocks, expected.blocks) where block.status != "skipped" {
      #expect(block.output == oracle.output, "block \(block.index) at line \(block.line)")
      #expect(block.kind == oracle.kind)
    }
    #expect(blocks.map(\.status) == ["ok", "ok", "ok", "ok", "ok", "skipped", "ok", "ok"])
  }

  @Test func renderIsIdempotentAndCheckAcceptsItsOwnOutput() throws {
    let work = try folder(with: ["notebooks/intro.md": try text(repositoryRoot + "/notebooks/intro.md")])
    #expect(try QuireBinary.run(["render"], in: work).status == 0)
    let once = try text(work + "/output/intro.md")
    #expect(try QuireBinary.run(["render", "output", "--out", "again"], in: work).status == 0)
    #expect(try text(work + "/again/intro.md") == once)
    let check = try QuireBinary.run(["check", "output/intro.md"], in: work)
    #expect(check.status == 0, "\(check.output)")
  }

  @Test func checkCatchesAnEditedOutputWithPathAndLine() throws {
    let document = """
      # Doc

      ```python
      print(6 * 7)
      ```

      ```output
      41
      ```

      """
    let work = try folder(with: ["doc.md": document])
    let result = try QuireBinary.run(["check", "doc.md"], in: work)
    #expect(result.status == 1)
    #expect(result.output.hasPrefix("""
      doc.md:3: mismatch: output differs from the recorded output block
      --- doc.md:7 (recorded)
      +++ doc.md:3 (fresh)
      @@ -1 +1 @@
      -41
      +42

      """))
    #expect(try text(work + "/doc.md") == document)
  }

  @Test func updateInsertsReplacesAndIsIdempotent() throws {
    let document = "\u{FEFF}# Doc\r\n\r\n```python\r\nx = 3\r\nx * 2\r\n```\r\n\r\n```output\r\nstale\r\n```\r\n\tTabbed text, no final newline"
    let work = try folder(with: ["doc.md": document])
    #expect(try QuireBinary.run(["update", "doc.md"], in: work).status == 0)
    let once = try text(work + "/doc.md")
    #expect(once == document.replacingOccurrences(of: "stale", with: "6"))
    #expect(try QuireBinary.run(["update", "doc.md"], in: work).status == 0)
    #expect(try text(work + "/doc.md") == once)
  }

  @Test func errorsExpectedAndUnexpected() throws {
    let document = """
      ```python raises=ZeroDivisionError
      1 / 0
      ```

      ```python
      print("before")
      {}["missing"]
      ```

      ```python raises=KeyError
      print("no error here")
      ```

      ```python
      print("still runs")
      ```

      """
    let work = try folder(with: ["doc.md": document])
    let result = try QuireBinary.run(["update", "doc.md", "--report", "r.json"], in: work)
    #expect(result.status == 1)
    #expect(result.output.contains("doc.md:5: error: unexpected KeyError\n    KeyError: 'missing'\n"))
    #expect(result.output.contains("doc.md:10: error: expected KeyError, but the block raised nothing\n"))
    let report = try Report.load(work + "/r.json")
    #expect(report.documents.first?.blocks.map(\.status) == ["ok", "error", "error", "ok"])
    #expect(report.documents.first?.blocks.map(\.output) == [
      "ZeroDivisionError: division by zero\n", "before\nKeyError: 'missing'\n", "no error here\n", "still runs\n",
    ])
  }

  @Test func tracebacksNameTheDocumentAndItsLines() throws {
    let document = "# T\n\n```python\nx = = 1\n```\n"
    let work = try folder(with: ["doc.md": document])
    _ = try QuireBinary.run(["update", "doc.md"], in: work)
    #expect(try text(work + "/doc.md") == document + """

      ```output
        File "doc.md", line 4
          x = = 1
              ^
      SyntaxError: invalid syntax
      ```

      """)
  }

  @Test func oneUpdateNumbersLinesAsInTheUpdatedDocument() throws {
    let document = "```python\nprint('a')\n```\n\n```python raises=SyntaxError\nx = = 1\n```\n"
    let work = try folder(with: ["doc.md": document])
    _ = try QuireBinary.run(["update", "doc.md"], in: work)
    let updated = try text(work + "/doc.md")
    #expect(updated == """
      ```python
      print('a')
      ```

      ```output
      a
      ```

      ```python raises=SyntaxError
      x = = 1
      ```

      ```output
        File "doc.md", line 10
          x = = 1
              ^
      SyntaxError: invalid syntax
      ```

      """)
    #expect(try QuireBinary.run(["check", "doc.md"], in: work).status == 0)
    _ = try QuireBinary.run(["update", "doc.md"], in: work)
    #expect(try text(work + "/doc.md") == updated)
  }

  @Test func killedWhileRunningLeavesTheDocumentIntact() throws {
    let document = "```python\nprint('started')\nwhile True:\n    pass\n```\n"
    let work = try folder(with: ["doc.md": document])
    let process = Process()
    process.executableURL = URL(fileURLWithPath: QuireBinary.path)
    process.arguments = ["update", "doc.md", "--timeout", "30"]
    process.currentDirectoryURL = URL(fileURLWithPath: work)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 0.5)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(try text(work + "/doc.md") == document)
    #expect(try FileManager.default.contentsOfDirectory(atPath: work) == ["doc.md"])
  }

  @Test func aBlockTimeoutIsAnErrorAndTheNextBlockRuns() throws {
    let document = "```python timeout=0.2\nwhile True:\n    pass\n```\n\n```python\nprint('next')\n```\n"
    let work = try folder(with: ["doc.md": document])
    let result = try QuireBinary.run(["check", "doc.md", "--report", "r.json"], in: work)
    #expect(result.status == 1)
    let blocks = try #require(try Report.load(work + "/r.json").documents.first?.blocks)
    #expect(blocks.map(\.status) == ["error", "mismatch"])
    #expect(blocks[0].output.hasPrefix("TimeoutError"))
    #expect(blocks[1].output == "next\n")
  }

  @Test func parallelDocumentsHaveSeparateNamespaces() throws {
    var files: [String: String] = [:]
    for n in 0..<6 {
      files["d\(n).md"] = "```python\nprint(sorted(k for k in globals() if not k.startswith('_')))\nmine_\(n) = \(n)\n```\n"
    }
    let work = try folder(with: files)
    let result = try QuireBinary.run(["render", ".", "--out", "out", "--jobs", "3", "--report", "r.json"], in: work)
    #expect(result.status == 0)
    let report = try Report.load(work + "/r.json")
    #expect(report.documents.map(\.path) == (0..<6).map { "./d\($0).md" })
    #expect(report.documents.allSatisfy { $0.blocks.first?.output == "[]\n" })
  }
}
