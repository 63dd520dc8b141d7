/// numpy's per-dtype element formatters (`BoolFormat`, `IntegerFormat`, `FloatingFormat`,
/// `ComplexFloatingFormat`), built from the elements that will be shown.
enum ElementFormat {
  case bool(trueText: String)
  case integer(width: Int)
  case float(FloatingFormat)
  /// The real parts' format and the imaginary parts' format (which always shows a sign).
  case complex(real: FloatingFormat, imag: FloatingFormat)

  init(dtype: DType, values: [Scalar], isZeroDimensional: Bool) {
    switch dtype.kind {
    case "b":
      self = .bool(trueText: isZeroDimensional ? "True" : " True")
    case "i", "u":
      let width = values.map { ElementFormat.integerText($0).count }.max() ?? 0
      self = .integer(width: width)
    case "c":
      let part: DType = dtype == .complex64 ? .float32 : .float64
      let imags = values.map { value -> Double in
        if case .complex(_, let im) = value { return im }
        return 0
      }
      self = .complex(
        real: FloatingFormat(dtype: part, values: values.map(\.doubleValue)),
        imag: FloatingFormat(dtype: part, values: imags, plusSign: true))
    default:
      self = .float(FloatingFormat(dtype: dtype, values: values.map(\.doubleValue)))
    }
  }

  static func integerText(_ value: Scalar) -> String {
    switch value {
    case .int(let i): return String(i)
    case .uint(let u): return String(u)
    case .bool(let b): return b ? "1" : "0"
    case .float(let d), .complex(let d, _): return String(Int64(d))
    }
  }

  func format(_ value: Scalar) -> String {
    switch self {
    case .bool(let trueText):
      if case .bool(let b) = value, b { return trueText }
      return "False"
    case .integer(let width):
      let text = ElementFormat.integerText(value)
      return String(repeating: " ", count: max(0, width - text.count)) + text
    case .float(let format):
      return format.format(value.doubleValue)
    case .complex(let real, let imag):
      var im = 0.0
      if case .complex(_, let part) = value { im = part }
      let imagText = imag.format(im)
      let trailing = imagText.reversed().prefix { $0 == " " }.count
      return real.format(value.doubleValue) + imagText.dropLast(trailing) + "j"
        + String(repeating: " ", count: trailing)
    }
  }
}

/// numpy's `FloatingFormat` with the default options (precision 8, `maxprec`, no suppression),
/// with sign `'-'` or `'+'` (`plusSign`, for the imaginary parts of complex values).
struct FloatingFormat {
  let dtype: DType
  var plusSign = false
  var expFormat = false
  var precision = 8
  var minDigits = -1
  var trim = Dragon4.Trim.zeros
  var padLeft = 0
  var padRight = 0
  var expSize = -1

  init(dtype: DType, values: [Double], plusSign: Bool = false) {
    self.dtype = dtype
    self.plusSign = plusSign
    let finite = values.filter(\.isFinite)
    let absNonZero = finite.filter { $0 != 0 }.map(\.magnitude)
    if let maxValue = absNonZero.max(), let minValue = absNonZero.min() {
      let ratio = round(round(maxValue) / round(minValue))
      if maxValue >= round(1e8) || minValue < round(0.0001) || ratio > 1000 {
        expFormat = true
      }
    }
    if finite.isEmpty {
      padLeft = 0
      padRight = 0
      trim = .zeros
      expSize = -1
    } else if expFormat {
      let texts = finite.map { signed($0, Dragon4.scientific($0, dtype: dtype, precision: 8, trim: .zeros)) }
      var intWidth = 0
      var fractionWidth = 0
      for text in texts {
        let mantissa = text.split(separator: "e")[0]
        let exponent = text.split(separator: "e")[1]
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        intWidth = max(intWidth, parts[0].count)
        fractionWidth = max(fractionWidth, parts.count > 1 ? parts[1].count : 0)
        expSize = max(expSize, exponent.count - 1)
      }
      trim = .keep
      precision = fractionWidth
      minDigits = fractionWidth
      padLeft = intWidth
      padRight = expSize + 2 + precision
    } else {
      for value in finite {
        let text = signed(value, Dragon4.positional(value, dtype: dtype, precision: 8, trim: .zeros))
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        padLeft = max(padLeft, parts[0].count)
        padRight = max(padRight, parts.count > 1 ? parts[1].count : 0)
      }
      minDigits = 0
    }
    if finite.count != values.count {
      let negativeInfinity = plusSign || values.contains { $0.isInfinite && $0 < 0 }
      let offset = padRight + 1
      padLeft = max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
    }
  }

  /// The value rounded to this format's dtype (numpy compares thresholds in the array's type).
  private func round(_ x: Double) -> Double {
    switch dtype {
    case .float16: return Double(Float16(x))
    case .float32: return Double(Float(x))
    default: return x
    }
  }

  /// `text` with a `+` in front of a value without a sign bit when the format shows signs.
  private func signed(_ x: Double, _ text: String) -> String {
    plusSign && x.sign == .plus ? "+" + text : text
  }

  func format(_ x: Double) -> String {
    if !x.isFinite {
      let text = x.isNaN ? (plusSign ? "+nan" : "nan") : (x < 0 ? "-inf" : (plusSign ? "+inf" : "inf"))
      return String(repeating: " ", count: max(0, padLeft + padRight + 1 - text.count)) + text
    }
    if plusSign {
      let text = signed(x, unpadded(x))
      let intWidth = text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? text.count
      return String(repeating: " ", count: max(0, padLeft - intWidth)) + text
    }
    if expFormat {
      return Dragon4.scientific(
        x, dtype: dtype, precision: precision, minDigits: minDigits, trim: trim, padLeft: padLeft,
        expDigits: expSize)
    }
    return Dragon4.positional(
      x, dtype: dtype, precision: precision, minDigits: minDigits, trim: trim, padLeft: padLeft,
      padRight: padRight)
  }

  /// The text of a finite value without left padding (the sign is added before padding).
  private func unpadded(_ x: Double) -> String {
    if expFormat {
      return Dragon4.scientific(
        x, dtype: dtype, precision: precision, minDigits: minDigits, trim: trim, expDigits: expSize)
    }
    return Dragon4.positional(
      x, dtype: dtype, precision: precision, minDigits: minDigits, trim: trim, padRight: padRight)
  }
}
