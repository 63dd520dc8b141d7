/// The bytes of a Markdown document split into lines the way libcmark counts them.
///
/// A line ends at `\r\n`, `\n` or a lone `\r`; the last line may have no terminator. The bytes are
/// kept as they are (byte-order mark, tabs, line ends), so edits by line range leave every other
/// byte untouched.
struct SourceText {
  /// One line: `start..<contentEnd` is its text, `contentEnd..<end` its terminator.
  struct Line {
    let start: Int
    let contentEnd: Int
    let end: Int
  }

  let bytes: [UInt8]
  let lines: [Line]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var lines: [Line] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == .lineFeed || byte == .carriageReturn {
        let terminatorLength =
          byte == .carriageReturn && index + 1 < bytes.count && bytes[index + 1] == .lineFeed ? 2 : 1
        lines.append(Line(start: start, contentEnd: index, end: index + terminatorLength))
        index += terminatorLength
        start = index
      } else {
        index += 1
      }
    }
    if start < bytes.count { lines.append(Line(start: start, contentEnd: bytes.count, end: bytes.count)) }
    self.lines = lines
  }

  /// The number of lines.
  var lineCount: Int { lines.count }

  /// The text of a 1-based line without its terminator; empty past the end.
  func content(ofLine number: Int) -> ArraySlice<UInt8> {
    guard number >= 1, number <= lines.count else { return [] }
    let line = lines[number - 1]
    return bytes[line.start..<line.contentEnd]
  }

  /// The terminator of a 1-based line (`[]` for a last line without one).
  func terminator(ofLine number: Int) -> ArraySlice<UInt8> {
    guard number >= 1, number <= lines.count else { return [] }
    let line = lines[number - 1]
    return bytes[line.contentEnd..<line.end]
  }

  /// The document's usual line end: that of its first line, or `\n` for a one-line document.
  var usualTerminator: [UInt8] {
    lines.lazy.map { self.bytes[$0.contentEnd..<$0.end] }.first(where: { !$0.isEmpty }).map(Array.init)
      ?? [.lineFeed]
  }

  /// Whether a 1-based line holds only spaces and tabs.
  func isBlank(line number: Int) -> Bool {
    content(ofLine: number).allSatisfy { $0 == .space || $0 == .tab }
  }
}

extension UInt8 {
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  static let backtick = UInt8(ascii: "`")
  static let tilde = UInt8(ascii: "~")
  static let greaterThan = UInt8(ascii: ">")
  static let hyphen = UInt8(ascii: "-")
  static let period = UInt8(ascii: ".")
}
