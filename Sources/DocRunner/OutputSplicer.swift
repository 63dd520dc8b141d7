import Foundation

/// Writes `output` blocks into a document's text by line range, leaving every other byte as the
/// author wrote it.
struct OutputSplicer {
  /// What to do after one code block.
  enum Edit {
    /// Insert or replace the block's output block with this output.
    case write(String)
    /// Remove the block's previous output block (its output is now empty).
    case remove
  }

  let source: SourceText

  /// The document with the edits applied.
  /// - Parameter edits: per block, the edit to make; blocks without an edit are left alone.
  func apply(_ edits: [(block: DiscoveredBlock, edit: Edit)]) -> [UInt8] {
    var replacements = edits.compactMap { replacement(after: $0.block, for: $0.edit) }
    replacements.sort { $0.first < $1.first }
    var result: [UInt8] = []
    result.reserveCapacity(source.bytes.count + replacements.reduce(0) { $0 + $1.bytes.count })
    var line = 1
    for replacement in replacements where replacement.first >= line {
      result += lines(from: line, to: replacement.first - 1)
      result += replacement.bytes
      line = replacement.last + 1
    }
    result += lines(from: line, to: source.lineCount)
    return result
  }

  /// How many lines an edit adds to the document (negative when it removes lines).
  func lineDelta(after block: DiscoveredBlock, for edit: Edit) -> Int {
    guard let replacement = replacement(after: block, for: edit) else { return 0 }
    return SourceText(replacement.bytes).lineCount - (replacement.last - replacement.first + 1)
  }

  /// The lines `first...last` an edit replaces, and the bytes that replace them.
  private func replacement(after block: DiscoveredBlock, for edit: Edit) -> (first: Int, last: Int, bytes: [UInt8])? {
    switch edit {
    case .write(let output):
      let text = OutputSplicer.recordedForm(output)
      if let recorded = block.recordedOutput {
        let bytes = outputBlock(
          text, prefix: block.prefix,
          terminator: terminator(near: recorded.endLine),
          finalTerminator: Array(source.terminator(ofLine: recorded.endLine)))
        return (recorded.startLine, recorded.endLine, bytes)
      }
      guard !text.isEmpty else { return nil }
      let closing = block.closingLine
      let newline = terminator(near: closing)
      let separator = Array(block.prefix.reversed().drop(while: { $0 == .space || $0 == .tab }).reversed())
      let bytes =
        Array(source.content(ofLine: closing)) + newline + separator + newline
        + outputBlock(
          text, prefix: block.prefix, terminator: newline,
          finalTerminator: Array(source.terminator(ofLine: closing)))
      return (closing, closing, bytes)
    case .remove:
      guard let recorded = block.recordedOutput else { return nil }
      let closing = block.closingLine
      // The output block and the blank lines before it go; a document that ended without a
      // final line end keeps ending without one.
      let endsDocument = recorded.endLine == source.lineCount
      let ending = endsDocument ? Array(source.terminator(ofLine: recorded.endLine)) : Array(source.terminator(ofLine: closing))
      return (closing, recorded.endLine, Array(source.content(ofLine: closing)) + ending)
    }
  }

  /// The form an output takes once written into a block and read back by libcmark: line ends
  /// normalised to `\n`, NUL replaced, and a final line end.
  static func recordedForm(_ output: String) -> String {
    var text = output.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      .replacingOccurrences(of: "\0", with: "\u{FFFD}")
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    return text
  }

  /// A fenced `output` block holding `text`, its fence longer than any backtick run inside.
  private func outputBlock(_ text: String, prefix: [UInt8], terminator: [UInt8], finalTerminator: [UInt8])
    -> [UInt8]
  {
    var longestRun = 0
    var run = 0
    for byte in text.utf8 {
      run = byte == .backtick ? run + 1 : 0
      longestRun = max(longestRun, run)
    }
    let fence = [UInt8](repeating: .backtick, count: max(3, longestRun + 1))
    let blankPrefix = Array(prefix.reversed().drop(while: { $0 == .space || $0 == .tab }).reversed())
    var bytes = prefix + fence + Array("output".utf8) + terminator
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      bytes += (line.isEmpty ? blankPrefix : prefix) + Array(line.utf8) + terminator
    }
    return bytes + prefix + fence + finalTerminator
  }

  /// The line end to use near a line: its own, or the document's usual one.
  private func terminator(near line: Int) -> [UInt8] {
    let own = source.terminator(ofLine: line)
    return own.isEmpty ? source.usualTerminator : Array(own)
  }

  private func lines(from first: Int, to last: Int) -> ArraySlice<UInt8> {
    guard first <= last, first >= 1, last <= source.lineCount else { return [] }
    return source.bytes[source.lines[first - 1].start..<source.lines[last - 1].end]
  }
}
