import DocRunner
import Testing

@Suite struct SplicingTests {
  @Test func insertsAnOutputBlockAfterACodeBlock() {
    let source = "# Title\n\n```python\nprint hello\n```\n\nText.\n"
    #expect(rendered(source) == "# Title\n\n```python\nprint hello\n```\n\n```output\nhello\n```\n\nText.\n")
  }

  @Test func replacesTheOutputBlockDirectlyAfter() {
    let source = "```python\nprint new\n```\n\n```output\nold\nlines\n```\nEnd.\n"
    #expect(rendered(source) == "```python\nprint new\n```\n\n```output\nnew\n```\nEnd.\n")
  }

  @Test func removesAnOutputBlockWhenTheOutputIsEmpty() {
    let source = "Intro.\n\n```python\nx\n```\n\n```output\nold\n```\n\nEnd.\n"
    #expect(rendered(source) == "Intro.\n\n```python\nx\n```\n\nEnd.\n")
  }

  @Test func leavesAnOutputBlockThatIsNotDirectlyAfter() {
    let source = "```python\nprint a\n```\n\nText.\n\n```output\nkept\n```\n"
    #expect(rendered(source) == "```python\nprint a\n```\n\n```output\na\n```\n\nText.\n\n```output\nkept\n```\n")
  }

  @Test func runningTwiceGivesIdenticalBytes() {
    let sources = [
      "```python\nprint a\n```\ntext\n```py\nprint b\nprint c\n```",
      "\u{FEFF}# T\r\n\r\n```python\r\nprint a\r\n```\r\n",
      "a\rb\r```python\rprint x\r```\r",
      "> ```python\n> print quoted\n> ```\n\n- item\n\n  ```python\n  print listed\n  ```\n",
    ]
    for source in sources {
      let once = rendered(source)
      #expect(rendered(once) == once)
    }
  }

  @Test func keepsByteOrderMarkAndCRLF() {
    let source = "\u{FEFF}# T\r\n\r\n```python\r\nprint a\r\n```\r\nEnd.\r\n"
    #expect(rendered(source) == "\u{FEFF}# T\r\n\r\n```python\r\nprint a\r\n```\r\n\r\n```output\r\na\r\n```\r\nEnd.\r\n")
  }

  @Test func keepsLoneCarriageReturns() {
    let source = "a\r```python\rprint x\r```\rb\r"
    #expect(rendered(source) == "a\r```python\rprint x\r```\r\r```output\rx\r```\rb\r")
  }

  @Test func keepsTabsAndAMissingFinalNewline() {
    let source = "\tindented\ttext\n\n```python\nprint \tx\n```"
    #expect(rendered(source) == "\tindented\ttext\n\n```python\nprint \tx\n```\n\n```output\n\tx\n```")
  }

  @Test func writesIntoBlockQuotesAndListItems() {
    let source = "> ```python\n> print q\n> ```\n\n- item\n\n  ```python\n  print l\n  ```\n"
    #expect(
      rendered(source)
        == "> ```python\n> print q\n> ```\n>\n> ```output\n> q\n> ```\n\n- item\n\n  ```python\n  print l\n  ```\n\n  ```output\n  l\n  ```\n")
  }

  @Test func fencesOutputHoldingBackticks() {
    let source = "```python\nprint ```` fence\n```\n"
    #expect(rendered(source) == "```python\nprint ```` fence\n```\n\n`````output\n```` fence\n`````\n")
  }

  @Test func leavesOtherLanguagesAndSkippedBlocksAlone() {
    let source = "```sh\nprint a\n```\n\n```python skip\nprint b\n```\n\n```output\nrecorded\n```\n"
    #expect(rendered(source) == source)
  }

  @Test func noOutputRunsButWritesNothing() {
    let log = RequestLog()
    let outcome = run("```python no-output\nprint a\n```\n\n```output\nold\n```\n", log: log)
    #expect(String(decoding: outcome.markdown ?? [], as: UTF8.self) == "```python no-output\nprint a\n```\n")
    #expect(log.all.count == 1)
    #expect(outcome.blocks.first?.output == "a\n")
  }

  @Test func doctestBlocksGetNoOutputBlock() {
    let source = "```python\n>>> print a\na\n```\n"
    #expect(rendered(source) == source)
  }
}
