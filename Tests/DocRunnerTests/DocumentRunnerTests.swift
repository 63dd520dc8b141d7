import DocRunner
import Testing

@Suite struct DocumentRunnerTests {
  @Test func sendsEachBlockWithItsDocumentLineAndOptions() {
    let log = RequestLog()
    let source = "# T\n\n```python timeout=2.5 shapes\nprint a\n```\n\n```py hide\nprint b\n```\n\n```pycon\n>>> print c\nc\n```\n"
    _ = run(source, path: "dir/shape_info.md", log: log)
    let requests = log.all
    #expect(requests.map(\.firstLine) == [4, 8, 12])
    #expect(requests.map(\.kind) == [.plain, .plain, .doctest])
    #expect(requests.allSatisfy { $0.fileName == "shape_info.md" })
    #expect(requests[0].timeout == 2.5)
    #expect(requests[0].options.shapes)
    #expect(requests[1].options.hide)
    #expect(requests[0].code == "print a\n")
  }

  @Test func reportsSkippedBlocksWithoutRunningThem() {
    let log = RequestLog()
    let outcome = run("```python skip\nprint a\n```\n\n```python\nprint b\n```\n", log: log)
    #expect(log.all.count == 1)
    #expect(outcome.blocks.map(\.status) == [.skipped, .ok])
    #expect(outcome.blocks.map(\.index) == [0, 1])
    #expect(outcome.blocks.map(\.line) == [1, 5])
    #expect(outcome.status == .ok)
  }

  @Test func anUnexpectedErrorFailsTheBlockButNotTheDocument() {
    let outcome = run("```python\nprint before\nraise ValueError: bad\n```\n\n```python\nprint after\n```\n")
    #expect(outcome.blocks.map(\.status) == [.error, .ok])
    #expect(outcome.blocks[0].output == "before\nValueError: bad\n")
    #expect(outcome.blocks[0].message == "unexpected ValueError")
    #expect(outcome.status == .failed)
  }

  @Test func expectedErrorsMustHappenWithTheRightType() {
    let source = """
      ```python raises=ValueError
      raise ValueError: fine
      ```

      ```python raises=MissingInputError
      raise theano.gof.fg.MissingInputError: qualified
      ```

      ```python raises
      raise KeyError: any
      ```

      ```python raises=ValueError
      raise TypeError: other
      ```

      ```python raises
      print nothing raised
      ```

      ```python raises=Exception
      raise ValueError: a subclass
      ```

      """
    let outcome = run(source)
    #expect(outcome.blocks.map(\.status) == [.ok, .ok, .ok, .error, .error, .ok])
    #expect(outcome.blocks[3].message == "expected ValueError, but the block raised TypeError")
    #expect(outcome.blocks[4].message == "expected an error, but the block raised nothing")
  }

  @Test func frontMatterReachesTheExecutorAndKeepsLineNumbers() {
    let log = RequestLog()
    let source = "---\ntheano_flags: optimizer_excluding=local_shape_to_shape_i\ntimeout: 7\n---\n# T\n\n```python\nflags\n```\n"
    let outcome = run(source, log: log)
    #expect(log.allContexts.first?.frontMatter == ["theano_flags": "optimizer_excluding=local_shape_to_shape_i", "timeout": "7"])
    #expect(log.all.first?.firstLine == 8)
    #expect(log.all.first?.timeout == 7)
    #expect(outcome.blocks.first?.line == 7)
    #expect(String(decoding: outcome.markdown ?? [], as: UTF8.self) == source + "\n```output\noptimizer_excluding=local_shape_to_shape_i\n```\n")
  }

  @Test func invalidFrontMatterIsADocumentError() {
    let outcome = run("---\nkey: [unclosed\n---\n```python\nprint a\n```\n")
    #expect(outcome.status == .error)
    guard case .invalidFrontMatter(let path, let line, _)? = outcome.error else {
      Issue.record("expected invalid front matter, got \(String(describing: outcome.error))")
      return
    }
    #expect(path == "notes/doc.md")
    #expect(line == 2)
  }

  @Test func anUnclosedFenceIsAWarningAndNothingPastItRuns() {
    let log = RequestLog()
    let source = "```python\nprint a\n```\n\ntext\n\n```python\nprint b\n\n```python\nprint c\n"
    let outcome = run(source, log: log)
    #expect(log.all.map(\.code) == ["print a\n"])
    #expect(outcome.warnings.map(\.description) == [
      "notes/doc.md:7: warning: code fence opened here is never closed; nothing from here on was run"
    ])
    #expect(outcome.status == .failed)
    #expect(String(decoding: outcome.markdown ?? [], as: UTF8.self) == "```python\nprint a\n```\n\n```output\na\n```\n\ntext\n\n```python\nprint b\n\n```python\nprint c\n")
  }

  @Test func anUnclosedFenceInAQuoteIsFound() {
    let outcome = run("> ```python\n> print a\n\nafter\n\n```python\nprint b\n```\n")
    #expect(outcome.blocks.isEmpty)
    #expect(outcome.warnings.map(\.line) == [1])
  }

  @Test func unknownOptionsAreWarnings() {
    let outcome = run("```python frobnicate timeout=soon\nprint a\n```\n")
    #expect(outcome.warnings.map(\.description) == [
      "notes/doc.md:1: warning: unknown block option 'frobnicate'",
      "notes/doc.md:1: warning: timeout needs a positive number of seconds, not 'soon'",
    ])
    #expect(outcome.status == .ok)
  }

  @Test func notUTF8IsAnErrorNamingThePath() {
    let bytes: [UInt8] = Array("ok\n".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
    let outcome = DocumentRunner(executorFactory: RequestLog().factory).run(bytes: bytes, path: "bad.md", purpose: .render)
    #expect(outcome.status == .error)
    #expect(outcome.error?.description == "bad.md: not valid UTF-8 (byte 3)")
    #expect(outcome.error?.isIOError == true)
  }

  @Test func aFailingFactoryFailsTheDocument() {
    struct Refusal: Error, CustomStringConvertible { var description: String { "bad flags" } }
    let runner = DocumentRunner(executorFactory: { _ in throw Refusal() })
    let outcome = runner.run(bytes: Array("```python\nx\n```\n".utf8), path: "a.md", purpose: .render)
    #expect(outcome.error == .executorUnavailable(path: "a.md", message: "bad flags"))
  }

  @Test func checkFindsAnEditedOutputWithItsLines() {
    let source = "Intro.\n\n```python\nprint fresh\n```\n\n```output\nedited\n```\n"
    let outcome = run(source, path: "notebooks/a.md", purpose: .check)
    #expect(outcome.blocks.map(\.status) == [.mismatch])
    #expect(outcome.status == .failed)
    #expect(outcome.blocks[0].diff == """
      --- notebooks/a.md:7 (recorded)
      +++ notebooks/a.md:3 (fresh)
      @@ -1 +1 @@
      -edited
      +fresh

      """)
  }

  @Test func checkAcceptsMatchingOutputsAndMissingOnesWhenEmpty() {
    let source = "```python\nprint same\n```\n\n```output\nsame\n```\n\n```python\nx\n```\n"
    #expect(run(source, purpose: .check).status == .ok)
    let missing = run("```python\nprint new\n```\n", purpose: .check)
    #expect(missing.blocks[0].message == "no output block recorded")
  }

  @Test func doctestMismatchesAreReportedPerExample() {
    let source = "```python\n>>> print a\na\n>>> print b\nc\n```\n"
    let outcome = run(source, path: "d.md")
    #expect(outcome.blocks.map(\.status) == [.mismatch])
    #expect(outcome.blocks[0].output == "a\nb\n")
    #expect(outcome.blocks[0].diff == "--- d.md:4 (expected)\n+++ d.md:4 (got)\n@@ -1 +1 @@\n-c\n+b\n")
  }
}

@Suite struct FrontMatterTests {
  @Test func nonScalarKeysAreWarningsWithTheirLine() {
    let outcome = run("---\ntheano_flags: a=b\nlist:\n  - x\n...\n# T\n")
    #expect(outcome.warnings.map(\.description) == ["notes/doc.md:3: warning: front matter key 'list' is not a scalar; ignored"])
    #expect(String(decoding: outcome.markdown ?? [], as: UTF8.self) == "---\ntheano_flags: a=b\nlist:\n  - x\n...\n# T\n")
  }

  @Test func aByteOrderMarkAndCRLFFrontMatterIsFound() {
    let log = RequestLog()
    _ = run("\u{FEFF}---\r\ntimeout: 3\r\n---\r\n```python\r\nprint a\r\n```\r\n", log: log)
    #expect(log.allContexts.first?.frontMatter == ["timeout": "3"])
    #expect(log.all.first?.firstLine == 5)
  }

  @Test func anUnclosedFrontMatterIsMarkdown() {
    let log = RequestLog()
    _ = run("---\ntimeout: 3\n\n```python\nprint a\n```\n", log: log)
    #expect(log.allContexts.first?.frontMatter == [:])
  }
}
