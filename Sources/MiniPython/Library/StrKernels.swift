/// The text algorithms behind the methods of `str`, on Unicode code points as Python sees
/// them (CPython's Objects/unicodeobject.c and stringlib).
enum StrKernels {
  typealias Scalars = [Unicode.Scalar]

  static func scalars(_ s: String) -> Scalars { Array(s.unicodeScalars) }

  static func string(_ s: some Sequence<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.appendScalars(s)
    return String(view)
  }

  /// `str.isspace` for one code point: White_Space, plus the separators U+001C...U+001F
  /// (bidirectional class B or S) that Python also counts.
  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return (0x09...0x0D).contains(c.value) || (0x1C...0x20).contains(c.value) }
    return c.properties.isWhitespace
  }

  /// Whether `c` ends a line for `str.splitlines`.
  static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// CPython's `ADJUST_INDICES`: slice bounds clamped to `[0, count]` (start may exceed it).
  static func adjust(_ start: Int?, _ end: Int?, count: Int) -> (Int, Int) {
    var s = start ?? 0
    var e = end ?? count
    if e > count { e = count } else if e < 0 { e = max(0, e + count) }
    if s < 0 { s = max(0, s + count) }
    return (s, e)
  }

  /// The first (or last) index of `needle` in `haystack[start..<end]`, or -1.
  static func find(
    _ haystack: Scalars, _ needle: Scalars, start: Int?, end: Int?, fromRight: Bool = false
  ) -> Int {
    let (s, e) = adjust(start, end, count: haystack.count)
    if s > haystack.count || e - s < needle.count { return -1 }
    let last = e - needle.count
    let candidates = fromRight ? Array(stride(from: last, through: s, by: -1)) : Array(s...last)
    for i in candidates where haystack[i..<(i + needle.count)].elementsEqual(needle) {
      return i
    }
    return -1
  }

  /// `str.count`: non-overlapping occurrences in `haystack[start..<end]`.
  static func count(_ haystack: Scalars, _ needle: Scalars, start: Int?, end: Int?) -> Int {
    let (s, e) = adjust(start, end, count: haystack.count)
    if s > haystack.count || e < s { return 0 }
    if needle.isEmpty { return e - s + 1 }
    var n = 0
    var i = s
    while i + needle.count <= e {
      if haystack[i..<(i + needle.count)].elementsEqual(needle) {
        n += 1
        i += needle.count
      } else {
        i += 1
      }
    }
    return n
  }

  /// `startswith`/`endswith` of one candidate (CPython's `tailmatch`).
  static func tailMatch(
    _ text: Scalars, _ part: Scalars, start: Int?, end: Int?, atEnd: Bool
  ) -> Bool {
    var (s, e) = adjust(start, end, count: text.count)
    e -= part.count
    if e < s { return false }
    if part.isEmpty { return true }
    let at = atEnd ? e : s
    return text[at..<(at + part.count)].elementsEqual(part)
  }

  /// `str.split(sep, maxsplit)`; a nil separator splits on runs of whitespace.
  static func split(_ text: Scalars, separator: Scalars?, maxSplit: Int) -> [String] {
    guard let sep = separator else { return splitWhitespace(text, maxSplit: maxSplit) }
    var parts: [String] = []
    var pieceStart = 0
    var i = 0
    var splits = 0
    while i + sep.count <= text.count && (maxSplit < 0 || splits < maxSplit) {
      if text[i..<(i + sep.count)].elementsEqual(sep) {
        parts.append(string(text[pieceStart..<i]))
        i += sep.count
        pieceStart = i
        splits += 1
      } else {
        i += 1
      }
    }
    parts.append(string(text[pieceStart...]))
    return parts
  }

  /// `str.rsplit(sep, maxsplit)`.
  static func rsplit(_ text: Scalars, separator: Scalars?, maxSplit: Int) -> [String] {
    let reversedSep = separator.map { Array($0.reversed()) }
    let parts = split(Array(text.reversed()), separator: reversedSep, maxSplit: maxSplit)
    return parts.reversed().map { string($0.unicodeScalars.reversed()) }
  }

  private static func splitWhitespace(_ text: Scalars, maxSplit: Int) -> [String] {
    var parts: [String] = []
    var i = 0
    var splits = 0
    while true {
      while i < text.count && isSpace(text[i]) { i += 1 }
      if i == text.count { break }
      if maxSplit >= 0 && splits == maxSplit {
        parts.append(string(text[i...]))
        break
      }
      let start = i
      while i < text.count && !isSpace(text[i]) { i += 1 }
      parts.append(string(text[start..<i]))
      splits += 1
    }
    return parts
  }

  /// `strip`/`lstrip`/`rstrip`; nil `characters` strips whitespace.
  static func strip(_ text: Scalars, characters: Scalars?, left: Bool, right: Bool) -> String {
    let set = characters.map(Set.init)
    let remove = { (c: Unicode.Scalar) in set.map { $0.contains(c) } ?? isSpace(c) }
    var s = 0
    var e = text.count
    if left { while s < e && remove(text[s]) { s += 1 } }
    if right { while e > s && remove(text[e - 1]) { e -= 1 } }
    return string(text[s..<e])
  }

  /// `str.replace(old, new, count)`.
  static func replace(_ text: Scalars, _ old: Scalars, _ new: Scalars, count: Int) -> String {
    var out: Scalars = []
    var done = 0
    let limit = count < 0 ? Int.max : count
    if old.isEmpty {
      for c in text {
        if done < limit { out += new; done += 1 }
        out.append(c)
      }
      if done < limit { out += new }
      return string(out)
    }
    var i = 0
    while i < text.count {
      if done < limit && i + old.count <= text.count && text[i..<(i + old.count)].elementsEqual(old) {
        out += new
        i += old.count
        done += 1
      } else {
        out.append(text[i])
        i += 1
      }
    }
    return string(out)
  }

  /// `str.splitlines(keepends)`.
  static func splitLines(_ text: Scalars, keepEnds: Bool) -> [String] {
    var lines: [String] = []
    var start = 0
    var i = 0
    while i < text.count {
      guard isLineBreak(text[i]) else { i += 1; continue }
      var next = i + 1
      if text[i] == "\r" && next < text.count && text[next] == "\n" { next += 1 }
      lines.append(string(text[start..<(keepEnds ? next : i)]))
      start = next
      i = next
    }
    if start < text.count { lines.append(string(text[start...])) }
    return lines
  }

  /// `str.expandtabs(tabsize)`.
  static func expandTabs(_ text: Scalars, tabSize: Int) -> String {
    var out: Scalars = []
    var column = 0
    for c in text {
      if c == "\t" {
        if tabSize > 0 {
          let spaces = tabSize - column % tabSize
          out += Array(repeating: " ", count: spaces)
          column += spaces
        }
      } else {
        out.append(c)
        column = (c == "\n" || c == "\r") ? 0 : column + 1
      }
    }
    return string(out)
  }

  /// `center`, `ljust` and `rjust`: `left` fill characters before, the rest after.
  static func pad(_ text: Scalars, width: Int, fill: Unicode.Scalar, alignment: FormatSpec.Alignment) -> String {
    guard width > text.count else { return string(text) }
    let margin = width - text.count
    let left: Int
    switch alignment {
    case .left: left = 0
    case .right, .afterSign: left = margin
    case .center: left = margin / 2 + (margin & width & 1)
    }
    return string(Array(repeating: fill, count: left) + text + Array(repeating: fill, count: margin - left))
  }

  /// `str.zfill(width)`: zeros after a leading sign.
  static func zfill(_ text: Scalars, width: Int) -> String {
    guard width > text.count else { return string(text) }
    var out = Array(repeating: Unicode.Scalar("0"), count: width - text.count) + text
    if let first = text.first, first == "+" || first == "-" {
      out[0] = first
      out[width - text.count] = "0"
    }
    return string(out)
  }
}

extension String.UnicodeScalarView {
  /// Appends `scalars` one by one. The standard library's `append(contentsOf:)` builds a new
  /// string from the whole view on every call, which makes a loop of appends quadratic
  /// (`'x' * 10**6` then `.upper()` took half a minute).
  mutating func appendScalars(_ scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars { append(scalar) }
  }
}
