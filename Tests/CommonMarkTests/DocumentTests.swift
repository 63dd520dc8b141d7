import CommonMark
import Testing

@Suite struct DocumentTests {
  @Test func codeBlocksCarryInfoLiteralAndLines() throws {
    let document = try Document(markdown: "# T\n\n```python raises=ValueError\nx = 1\n```\n\n    indented\n\n- item\n\n  ~~~~\n  nested\n  ~~~~\n")
    let blocks = document.codeBlocks
    #expect(blocks.map(\.info) == ["python raises=ValueError", "", ""])
    #expect(blocks.map(\.language) == ["python", "", ""])
    #expect(blocks.map(\.literal) == ["x = 1\n", "indented\n", "nested\n"])
    #expect(blocks.map(\.startLine) == [3, 7, 11])
    #expect(blocks.map(\.endLine) == [5, 8, 13])
    #expect(blocks.map(\.isTopLevel) == [true, true, false])
  }

  @Test func lineEndsOfEveryKindCountAsLines() throws {
    let document = try Document(bytes: Array("\u{FEFF}a\r\n\r```py\rx\r\n```\n".utf8))
    let block = try #require(document.codeBlocks.first)
    #expect(block.startLine == 3)
    #expect(block.endLine == 5)
    #expect(block.literal == "x\n")
  }

  @Test func followingCodeBlockIsTheNextSiblingOnly() throws {
    let document = try Document(markdown: "```python\na\n```\n```output\nb\n```\n\ntext\n\n```output\nc\n```\n")
    let blocks = document.codeBlocks
    #expect(blocks[0].followingCodeBlock?.literal == "b\n")
    #expect(blocks[1].followingCodeBlock == nil)
  }

  @Test func rendersHTMLAndOmitsRawHTMLUnlessUnsafe() throws {
    let document = try Document(markdown: "# Hi *there*\n\n<b>raw</b>\n\n```python\n1 < 2\n```\n")
    #expect(document.renderHTML() == """
      <h1>Hi <em>there</em></h1>
      <p><!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>
      <pre><code class="language-python">1 &lt; 2
      </code></pre>

      """)
    #expect(document.renderHTML(options: .unsafe).contains("<b>raw</b>"))
    #expect(document.firstHeadingText == "Hi there")
  }

  @Test func wrapAndDetachEditTheTree() throws {
    let document = try Document(markdown: "```a\n1\n```\n\n```b\n2\n```\n")
    let blocks = document.codeBlocks
    try blocks[0].node.wrap(htmlBefore: "<div class=\"x\">", htmlAfter: "</div>")
    blocks[1].node.detach()
    #expect(document.renderHTML() == "<div class=\"x\">\n<pre><code class=\"language-a\">1\n</code></pre>\n</div>\n")
    #expect(blocks[1].node.literal == "2\n")
    #expect(document.codeBlocks.count == 1)
    #expect(document.rootNode.children.map(\.kind) == [.customBlock])
    #expect(throws: CommonMarkError.self) { try document.rootNode.wrap(htmlBefore: "", htmlAfter: "") }
  }

  @Test func setFenceInfoChangesTheLanguageClass() throws {
    let document = try Document(markdown: "```a\n1\n```\n")
    try document.codeBlocks[0].node.setFenceInfo("output")
    #expect(document.renderHTML() == "<pre><code class=\"language-output\">1\n</code></pre>\n")
    let paragraph = try Document(markdown: "text\n").rootNode.children[0]
    #expect(throws: CommonMarkError.editRejected("set the info string of a paragraph node")) {
      try paragraph.setFenceInfo("x")
    }
  }

  @Test func emptyAndOddInputParses() throws {
    #expect(try Document(bytes: []).codeBlocks.isEmpty)
    #expect(try Document(bytes: [0, 0x0A]).rootNode.children.count == 1)
    let nodes = try Document(markdown: "> quote\n\n1. item\n\n---\n").rootNode.children
    #expect(nodes.map(\.kind) == [.blockQuote, .list, .thematicBreak])
    #expect(nodes[0].next?.kind == .list)
    #expect(nodes[1].previous?.kind == .blockQuote)
    #expect(nodes[1].parent?.kind == .document)
    #expect(nodes[1].isSameNode(as: try #require(nodes[0].next)))
  }
}
