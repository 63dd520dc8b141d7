/// The methods of `int` and `float`.
extension BuiltinMethodTables {
  /// `int.bit_length`, ... keyed by name.
  nonisolated(unsafe) static let int: [String: NativeFunction] = [
    "bit_length": { _, a in
      _ = try MethodArguments.positional(a, "int.bit_length", 0...0)
      let m = try intReceiver(a).magnitude
      return .int(UInt.bitWidth - m.leadingZeroBitCount)
    },
    "bit_count": { _, a in
      _ = try MethodArguments.positional(a, "int.bit_count", 0...0)
      return .int(try intReceiver(a).magnitude.nonzeroBitCount)
    },
    "to_bytes": toBytes,
    "from_bytes": fromBytes,
    "conjugate": { _, a in
      _ = try MethodArguments.positional(a, "int.conjugate", 0...0)
      return .int(try intReceiver(a))
    },
    "__format__": { interp, a in
      let v = try MethodArguments.positional(a, "__format__", 1...1)
      let spec = try MethodArguments.str(v[0])
      if case .bool(let b) = a.receiver {
        if spec.isEmpty { return .str(b ? "True" : "False") }
        return .str(try interp.formatValue(.bool(b), spec: spec))
      }
      return .str(try interp.formatValue(.int(try intReceiver(a)), spec: spec))
    },
  ]

  /// `float.is_integer`, ... keyed by name.
  nonisolated(unsafe) static let float: [String: NativeFunction] = [
    "is_integer": { _, a in
      _ = try MethodArguments.positional(a, "float.is_integer", 0...0)
      let x = try floatReceiver(a)
      return .bool(x.isFinite && x == x.rounded(.towardZero))
    },
    "as_integer_ratio": { _, a in
      _ = try MethodArguments.positional(a, "float.as_integer_ratio", 0...0)
      let (n, d) = try integerRatio(try floatReceiver(a))
      return .tuple([.int(n), .int(d)])
    },
    "conjugate": { _, a in
      _ = try MethodArguments.positional(a, "float.conjugate", 0...0)
      return .float(try floatReceiver(a))
    },
    "hex": { _, a in
      _ = try MethodArguments.positional(a, "float.hex", 0...0)
      return .str(FloatHex.hex(try floatReceiver(a)))
    },
    "fromhex": { _, a in
      guard case .str(let s)? = a.positional.last else {
        throw PyException.typeError("fromhex() argument must be str")
      }
      return .float(try FloatHex.parse(s))
    },
    "__format__": { interp, a in
      let v = try MethodArguments.positional(a, "__format__", 1...1)
      return .str(try interp.formatValue(.float(try floatReceiver(a)), spec: try MethodArguments.str(v[0])))
    },
  ]

  private static func intReceiver(_ a: Arguments) throws(PyException) -> Int {
    switch a.receiver {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .none, .float, .str, .object:
      throw .typeError("descriptor requires an 'int' object but received a '\(a.receiver.typeName)'")
    }
  }

  private static func floatReceiver(_ a: Arguments) throws(PyException) -> Double {
    if case .float(let x) = a.receiver { return x }
    throw .typeError("descriptor requires a 'float' object but received a '\(a.receiver.typeName)'")
  }

  /// `float.as_integer_ratio`: the exact fraction in lowest terms (64-bit numerator and
  /// denominator, else `OverflowError`).
  static func integerRatio(_ x: Double) throws(PyException) -> (Int, Int) {
    if x.isNaN { throw .valueError("cannot convert NaN to integer ratio") }
    if x.isInfinite { throw .overflow("cannot convert Infinity to integer ratio") }
    if x == 0 { return (0, 1) }
    var significand = x.significandBitPattern | (x.isNormal ? 1 << 52 : 0)
    var exponent = Int(x.exponent) - 52
    if !x.isNormal { exponent = -1074 }
    while significand & 1 == 0 && exponent < 0 {
      significand >>= 1
      exponent += 1
    }
    let sign = x < 0 ? -1 : 1
    if exponent >= 0 {
      guard exponent < 64, significand.leadingZeroBitCount > exponent,
        let n = Int(exactly: significand << UInt64(exponent))
      else { throw MathIntegers.overflow() }
      return (sign * n, 1)
    }
    guard -exponent < 63 else { throw MathIntegers.overflow() }
    return (sign * Int(significand), 1 << -exponent)
  }
}

/// `float.hex` and `float.fromhex`.
enum FloatHex {
  /// `float.hex(x)`: `[-]0x1.<13 hex digits>p<exponent>`.
  static func hex(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let sign = x.sign == .minus ? "-" : ""
    if x == 0 { return sign + "0x0.0p+0" }
    let fraction = String(x.significandBitPattern, radix: 16)
    let digits = String(repeating: "0", count: 13 - fraction.count) + fraction
    let lead = x.isNormal ? "1" : "0"
    let exponent = x.isNormal ? Int(x.exponent) : -1022
    return sign + "0x\(lead).\(digits)p\(exponent < 0 ? "-" : "+")\(abs(exponent))"
  }

  /// `float.fromhex(text)`.
  static func parse(_ text: String) throws(PyException) -> Double {
    let invalid = PyException.valueError("invalid hexadecimal floating-point string")
    var s = Substring(text.trimmingCharacters(inSet: StrKernels.isSpace))
    var negative = false
    if s.first == "-" || s.first == "+" {
      negative = s.first == "-"
      s = s.dropFirst()
    }
    if s.lowercased().hasPrefix("0x") { s = s.dropFirst(2) }
    var mantissa = 0.0
    var exponent = 0
    var seenDigit = false
    var afterPoint = false
    while let c = s.first, c != "p" && c != "P" {
      s = s.dropFirst()
      if c == "." && !afterPoint {
        afterPoint = true
        continue
      }
      guard let d = c.hexDigitValue else { throw invalid }
      seenDigit = true
      mantissa = mantissa * 16 + Double(d)
      if afterPoint { exponent -= 4 }
    }
    guard seenDigit else { throw invalid }
    if !s.isEmpty {
      guard let e = Int(s.dropFirst()) else { throw invalid }
      exponent += e
    }
    let value = mantissa * Double(sign: .plus, exponent: exponent, significand: 1)
    return negative ? -value : value
  }
}

extension String {
  /// The string without leading and trailing characters matching `predicate`.
  func trimmingCharacters(inSet predicate: (Unicode.Scalar) -> Bool) -> String {
    let s = Array(unicodeScalars)
    var start = 0
    var end = s.count
    while start < end && predicate(s[start]) { start += 1 }
    while end > start && predicate(s[end - 1]) { end -= 1 }
    return StrKernels.string(s[start..<end])
  }
}
