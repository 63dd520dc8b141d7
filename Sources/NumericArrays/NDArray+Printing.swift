/// `repr` and `str` of arrays and numpy scalars, byte-identical to numpy 1.23's `arrayprint`
/// with the default print options (precision 8, threshold 1000, edgeitems 3, linewidth 75).
extension NDArray {
  static let lineWidth = 75
  static let threshold = 1000
  static let edgeItems = 3

  /// numpy's `repr(a)`: `array([1., 2.])`, `array([1, 2], dtype=int8)`, `array(5.)`.
  public var numpyRepr: String {
    let skipDType = [.float64, .int64, .bool, .complex128].contains(dtype) && size > 0
    let prefix = "array("
    let suffix = skipDType ? ")" : ","
    let body: String
    if size > 0 || shape == [0] {
      body = arrayToString(separator: ", ", prefix: prefix, lineWidth: NDArray.lineWidth - suffix.count)
    } else {
      body = "[], shape=" + NDArray.shapeTuple(shape)
    }
    let text = prefix + body + suffix
    if skipDType { return text }
    let dtypeText = "dtype=\(dtype.name))"
    let lastLine = text.count - ((text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) } ?? -1) + 1)
    let spacer = lastLine + dtypeText.count + 1 > NDArray.lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return text + spacer + dtypeText
  }

  /// numpy's `str(a)`: `[1. 2.]`; a 0-d array prints as its scalar.
  public var numpyStr: String {
    if ndim == 0 { return NDArray.scalarStr(scalar(atFlatIndex: 0), dtype: dtype) }
    return arrayToString(separator: " ", prefix: "", lineWidth: NDArray.lineWidth)
  }

  /// The repr of a numpy scalar of `dtype` (numpy 1.23: `1.5`, `3`, `True`, `1e-05`).
  public static func scalarRepr(_ value: Scalar, dtype: DType) -> String {
    scalarStr(value, dtype: dtype)
  }

  /// The str of a numpy scalar of `dtype` (the same text as its repr in numpy 1.23).
  public static func scalarStr(_ value: Scalar, dtype: DType) -> String {
    switch dtype.kind {
    case "b": return value.doubleValue != 0 ? "True" : "False"
    case "i", "u": return ElementFormat.integerText(value)
    case "c": return complexScalarText(value, dtype: dtype)
    default: return floatScalarText(value.doubleValue, dtype: dtype)
    }
  }

  /// numpy 1.23's complex scalar repr: `(1+2j)`, `2j` for a real part of +0, `(nan+infj)`.
  static func complexScalarText(_ value: Scalar, dtype: DType) -> String {
    let part: DType = dtype == .complex64 ? .float32 : .float64
    var (re, im) = (value.doubleValue, 0.0)
    if case .complex(_, let imag) = value { im = imag }
    func text(_ x: Double, sign: Bool) -> String {
      if x.isNaN { return sign ? "+nan" : "nan" }
      if x.isInfinite { return x < 0 ? "-inf" : (sign ? "+inf" : "inf") }
      let magnitude = x.magnitude
      let body =
        magnitude == 0 || (1e-4 <= magnitude && magnitude < 1e16)
        ? Dragon4.positional(x, dtype: part, trim: .dotAndZeros)
        : Dragon4.scientific(x, dtype: part, trim: .dotAndZeros)
      return sign && x.sign == .plus ? "+" + body : body
    }
    if re == 0 && re.sign == .plus { return text(im, sign: false) + "j" }
    return "(" + text(re, sign: false) + text(im, sign: true) + "j)"
  }

  static func floatScalarText(_ x: Double, dtype: DType) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let magnitude = x.magnitude
    if magnitude == 0 || (1e-4 <= magnitude && magnitude < 1e16) {
      return Dragon4.positional(x, dtype: dtype, trim: .leaveOneZero)
    }
    return Dragon4.scientific(x, dtype: dtype, trim: .dotAndZeros)
  }

  /// numpy's `array2string` with a separator and a prefix whose width indents continuation lines.
  func arrayToString(separator: String, prefix: String, lineWidth: Int) -> String {
    if size == 0 { return "[]" }
    let summarize = size > NDArray.threshold
    let shown = summarize ? cornerValues() : scalars
    let format = ElementFormat(dtype: dtype, values: shown, isZeroDimensional: ndim == 0)
    let printer = ArrayPrinter(
      array: self, format: format, separator: separator, summarize: summarize)
    return printer.recurse(index: [], hangingIndent: " " + String(repeating: " ", count: prefix.count), width: lineWidth)
  }

  /// The elements numpy's `_leading_trailing` keeps: `edgeItems` at each end of long axes.
  private func cornerValues() -> [Scalar] {
    var positions: [[Int]] = [[]]
    for length in shape {
      let kept = length > 2 * NDArray.edgeItems
        ? Array(0..<NDArray.edgeItems) + Array(length - NDArray.edgeItems..<length)
        : Array(0..<length)
      positions = positions.flatMap { prefix in kept.map { prefix + [$0] } }
    }
    return positions.map { element(at: $0) }
  }

  /// The element at a full index (non-negative positions).
  func element(at index: [Int]) -> Scalar {
    var flat = 0
    for (axis, position) in index.enumerated() { flat = flat * shape[axis] + position }
    return scalar(atFlatIndex: flat)
  }
}

/// numpy's `_formatArray`: nested brackets, separators, line wrapping and `...` summaries.
private struct ArrayPrinter {
  let array: NDArray
  let format: ElementFormat
  let separator: String
  let summarize: Bool

  func recurse(index: [Int], hangingIndent: String, width: Int) -> String {
    let axis = index.count
    let axesLeft = array.ndim - axis
    if axesLeft == 0 { return format.format(array.element(at: index)) }
    let nextIndent = hangingIndent + " "
    let nextWidth = width - 1
    let length = array.shape[axis]
    let showSummary = summarize && 2 * NDArray.edgeItems < length
    let leading = showSummary ? NDArray.edgeItems : 0
    let trailing = showSummary ? NDArray.edgeItems : length
    var s = ""
    if axesLeft == 1 {
      let separatorStripped = separator.trimmingTrailingSpaces()
      let elementWidth = width - Swift.max(separatorStripped.count, 1)
      var line = hangingIndent
      for i in 0..<leading {
        let word = recurse(index: index + [i], hangingIndent: nextIndent, width: nextWidth)
        extendLine(&s, &line, word, elementWidth, hangingIndent)
        line += separator
      }
      if showSummary {
        extendLine(&s, &line, "...", elementWidth, hangingIndent)
        line += separator
      }
      for i in stride(from: trailing, to: 1, by: -1) {
        let word = recurse(index: index + [length - i], hangingIndent: nextIndent, width: nextWidth)
        extendLine(&s, &line, word, elementWidth, hangingIndent)
        line += separator
      }
      let word = recurse(index: index + [length - 1], hangingIndent: nextIndent, width: nextWidth)
      extendLine(&s, &line, word, elementWidth, hangingIndent)
      s += line
    } else {
      let lineSeparator = separator.trimmingTrailingSpaces() + String(repeating: "\n", count: axesLeft - 1)
      for i in 0..<leading {
        let nested = recurse(index: index + [i], hangingIndent: nextIndent, width: nextWidth)
        s += hangingIndent + nested + lineSeparator
      }
      if showSummary { s += hangingIndent + "..." + lineSeparator }
      for i in stride(from: trailing, to: 1, by: -1) {
        let nested = recurse(index: index + [length - i], hangingIndent: nextIndent, width: nextWidth)
        s += hangingIndent + nested + lineSeparator
      }
      let nested = recurse(index: index + [length - 1], hangingIndent: nextIndent, width: nextWidth)
      s += hangingIndent + nested
    }
    return "[" + s.dropFirst(hangingIndent.count) + "]"
  }

  /// numpy's `_extendLine`: wraps before `word` when the line would pass `width`, unless the
  /// line holds only the indent.
  private func extendLine(_ s: inout String, _ line: inout String, _ word: String, _ width: Int, _ indent: String) {
    if line.count + word.count > width && line.count > indent.count {
      s += line.trimmingTrailingSpaces() + "\n"
      line = indent
    }
    line += word
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
