import CommonMark

/// A document parsed by libcmark with its front matter blanked out, so libcmark's line numbers
/// are the document's own.
struct ParsedMarkdown {
  let document: Document

  init(source: SourceText, frontMatter: FrontMatter, path: String) throws {
    var bytes = source.bytes
    if frontMatter.lineCount > 0 {
      // Keep the line ends, drop the text: the front matter becomes blank lines.
      var blanked: [UInt8] = []
      for number in 1...frontMatter.lineCount { blanked += source.terminator(ofLine: number) }
      let end = source.lines[frontMatter.lineCount - 1].end
      bytes.replaceSubrange(0..<end, with: blanked)
    }
    do {
      document = try Document(bytes: bytes)
    } catch {
      throw RunnerError.unreadable(path: path, reason: "\(error)")
    }
  }
}
