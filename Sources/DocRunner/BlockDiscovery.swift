import CommonMark

/// An `output` block recorded after a code block.
struct RecordedOutput {
  /// The 1-based line of its opening fence.
  let startLine: Int
  /// The 1-based line of its closing fence.
  let endLine: Int
  /// Its text.
  let literal: String
  /// Its node in the parsed tree.
  let node: Node
}

/// A Python code block found in a document.
struct DiscoveredBlock {
  /// Position among the document's Python blocks, from 0.
  let index: Int
  /// The 1-based line of the opening fence.
  let fenceLine: Int
  /// The 1-based line of the closing fence.
  let closingLine: Int
  /// The language (`python`, `py` or `pycon`).
  let language: String
  /// Options from the info string.
  let options: BlockOptions
  /// Plain or doctest.
  let kind: BlockKind
  /// The code, line ends normalised to `\n`.
  let code: String
  /// The `output` block directly after this block, if any.
  let recordedOutput: RecordedOutput?
  /// The block's node in the parsed tree.
  let node: Node
  /// The node of the recorded `output` block.
  let outputNode: Node?
  /// The container prefix of the closing fence line (`""`, `"> "`, `"  "`), for inserted lines.
  let prefix: [UInt8]
}

/// The Python blocks of a document and what went wrong finding them.
struct Discovery {
  /// Python blocks, in order, before any unclosed fence.
  var blocks: [DiscoveredBlock] = []
  /// The line of the first code fence that is never closed.
  var unclosedFenceLine: Int?
  /// Messages about the info strings (unknown options), with their lines.
  var problems: [(line: Int, message: String)] = []

  /// The languages whose blocks run.
  static let languages: Set<String> = ["python", "py", "pycon"]

  /// Finds the Python blocks of a parsed document.
  /// - Parameters:
  ///   - document: the document parsed from `source` (front matter blanked out).
  ///   - source: the document's bytes, for fences and prefixes.
  init(document: Document, source: SourceText) {
    for block in document.codeBlocks {
      guard let fence = Fence(block: block, source: source) else { continue }
      guard fence.isClosed(by: block, in: source) else {
        unclosedFenceLine = block.startLine
        return
      }
      guard Discovery.languages.contains(block.language) else { continue }
      let words = block.info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst()
      let (options, problems) = BlockOptions.parse(Array(words))
      self.problems += problems.map { (block.startLine, $0) }
      let code = block.literal
      let recorded = recordedOutput(after: block, source: source)
      blocks.append(
        DiscoveredBlock(
          index: blocks.count, fenceLine: block.startLine, closingLine: block.endLine,
          language: block.language, options: options,
          kind: BlockKind.of(language: block.language, code: code), code: code,
          recordedOutput: recorded, node: block.node, outputNode: recorded?.node,
          prefix: fence.prefix(ofClosingLine: block.endLine, in: source)))
    }
  }

  private func recordedOutput(after block: CodeBlock, source: SourceText) -> RecordedOutput? {
    guard let next = block.followingCodeBlock, next.language == "output",
      let fence = Fence(block: next, source: source), fence.isClosed(by: next, in: source)
    else { return nil }
    return RecordedOutput(startLine: next.startLine, endLine: next.endLine, literal: next.literal, node: next.node)
  }
}

/// The opening fence of a fenced code block, read from the source.
struct Fence {
  /// `` ` `` or `~`.
  let character: UInt8
  /// The number of fence characters.
  let length: Int

  /// The fence of a block; `nil` for an indented code block.
  init?(block: CodeBlock, source: SourceText) {
    let line = source.content(ofLine: block.startLine)
    let start = line.startIndex + max(block.startColumn - 1, 0)
    guard start <= line.endIndex else { return nil }
    let rest = line[start...]
    let indent = rest.prefix(while: { $0 == .space }).count
    guard indent <= 3, let first = rest.dropFirst(indent).first,
      first == .backtick || first == .tilde
    else { return nil }
    let length = rest.dropFirst(indent).prefix(while: { $0 == first }).count
    guard length >= 3 else { return nil }
    character = first
    self.length = length
  }

  /// Whether libcmark's end line for the block is a real closing fence (libcmark ends an
  /// unclosed block at the end of its container, which is not).
  func isClosed(by block: CodeBlock, in source: SourceText) -> Bool {
    guard block.endLine > block.startLine, let run = closingRun(of: block.endLine, in: source)
    else { return false }
    let before = source.content(ofLine: block.endLine)[..<run.lowerBound]
    if block.isTopLevel {
      return before.count <= 3 && before.allSatisfy { $0 == .space }
    }
    return before.allSatisfy { $0 == .space || $0 == .tab || $0 == .greaterThan }
  }

  /// The bytes before the fence on a closing line: the container prefix and indentation.
  func prefix(ofClosingLine number: Int, in source: SourceText) -> [UInt8] {
    guard let run = closingRun(of: number, in: source) else { return [] }
    return Array(source.content(ofLine: number)[..<run.lowerBound])
  }

  /// The range of the trailing run of fence characters on a line, if it is long enough.
  private func closingRun(of number: Int, in source: SourceText) -> Range<Int>? {
    let line = source.content(ofLine: number)
    var end = line.endIndex
    while end > line.startIndex, line[end - 1] == .space || line[end - 1] == .tab { end -= 1 }
    var start = end
    while start > line.startIndex, line[start - 1] == character { start -= 1 }
    return end - start >= length ? start..<end : nil
  }
}
