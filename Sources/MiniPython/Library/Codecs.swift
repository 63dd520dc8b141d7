/// The text codecs of `str.encode`, `bytes.decode` and `str(b, encoding)`: UTF-8, ASCII and
/// Latin-1 with CPython 3.11's names, aliases, error handlers and `UnicodeError` messages.
enum Codecs {
  enum Codec: String {
    case utf8 = "utf-8", ascii, latin1 = "latin-1"

    /// The largest code point the codec encodes as one byte (nil: every one, as UTF-8 does).
    var limit: UInt32? {
      switch self {
      case .utf8: return nil
      case .ascii: return 128
      case .latin1: return 256
      }
    }
  }

  /// Python's `encodings.aliases` entries of the three codecs (normalized spellings).
  private static let aliases: [String: Codec] = {
    var table: [String: Codec] = [:]
    for name in ["utf_8", "cp65001", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4"] { table[name] = .utf8 }
    for name in [
      "ascii", "646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367", "csascii", "ibm367",
      "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii",
    ] { table[name] = .ascii }
    for name in [
      "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
      "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1",
    ] { table[name] = .latin1 }
    return table
  }()

  /// The codec called `name` (`encodings.normalize_encoding`: lowercase, runs of other
  /// characters than letters, digits and `.` become one `_`).
  /// - Throws: `LookupError: unknown encoding: name`.
  static func codec(_ name: String) throws -> Codec {
    var normalized = ""
    var pendingSeparator = false
    for c in name.unicodeScalars {
      if c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == ".") {
        if pendingSeparator && !normalized.isEmpty { normalized += "_" }
        pendingSeparator = false
        normalized.unicodeScalars.append(c)
      } else {
        pendingSeparator = true
      }
    }
    guard let codec = aliases[normalized.lowercased()] else {
      throw PyException(ExceptionTypes.all["LookupError"]!, "unknown encoding: \(name)")
    }
    return codec
  }

  /// `str.encode(encoding, errors)`.
  static func encode(_ text: String, _ codec: Codec, errors: String) throws -> [UInt8] {
    guard let limit = codec.limit else { return Array(text.utf8) }
    let scalars = Array(text.unicodeScalars)
    var out: [UInt8] = []
    var i = 0
    while i < scalars.count {
      if scalars[i].value < limit {
        out.append(UInt8(scalars[i].value))
        i += 1
        continue
      }
      var end = i + 1
      while end < scalars.count, scalars[end].value >= limit { end += 1 }
      switch errors {
      case "strict":
        let what =
          end - i == 1
          ? "character '\(escaped(scalars[i].value))' in position \(i)" : "characters in position \(i)-\(end - 1)"
        throw unicodeError(
          "UnicodeEncodeError", "'\(codec.rawValue)' codec can't encode \(what): ordinal not in range(\(limit))",
          codec: codec, object: .str(text), start: i, end: end, reason: "ordinal not in range(\(limit))")
      case "ignore": break
      case "replace": out += [UInt8](repeating: UInt8(ascii: "?"), count: end - i)
      case "backslashreplace":
        for s in scalars[i..<end] { out += Array(escaped(s.value).utf8) }
      case "xmlcharrefreplace":
        for s in scalars[i..<end] { out += Array("&#\(s.value);".utf8) }
      case "namereplace":
        for s in scalars[i..<end] {
          out += Array((UnicodeNames.name(of: s).map { "\\N{\($0)}" } ?? escaped(s.value)).utf8)
        }
      default: throw unknownHandler(errors)
      }
      i = end
    }
    return out
  }

  /// `bytes.decode(encoding, errors)`.
  static func decode(_ bytes: [UInt8], _ codec: Codec, errors: String) throws -> String {
    var out = String.UnicodeScalarView()
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let invalid: (end: Int, reason: String)
      switch codec {
      case .latin1:
        out.append(Unicode.Scalar(b))
        i += 1
        continue
      case .ascii:
        if b < 128 {
          out.append(Unicode.Scalar(b))
          i += 1
          continue
        }
        invalid = (i + 1, "ordinal not in range(128)")
      case .utf8:
        switch utf8Sequence(bytes, at: i) {
        case .scalar(let s, let length):
          out.append(s)
          i += length
          continue
        case .invalid(let end, let reason): invalid = (end, reason)
        }
      }
      switch errors {
      case "strict":
        let what =
          invalid.end - i == 1
          ? "byte 0x\(hex(bytes[i])) in position \(i)" : "bytes in position \(i)-\(invalid.end - 1)"
        throw unicodeError(
          "UnicodeDecodeError", "'\(codec.rawValue)' codec can't decode \(what): \(invalid.reason)",
          codec: codec, object: .object(PyBytes(bytes)), start: i, end: invalid.end, reason: invalid.reason)
      case "ignore": break
      case "replace": out.append("\u{FFFD}")
      case "backslashreplace":
        for x in bytes[i..<invalid.end] { out.append(contentsOf: "\\x\(hex(x))".unicodeScalars) }
      case "xmlcharrefreplace", "namereplace":
        throw PyException.typeError("don't know how to handle UnicodeDecodeError in error callback")
      default: throw unknownHandler(errors)
      }
      i = invalid.end
    }
    return String(out)
  }

  private enum Sequence {
    case scalar(Unicode.Scalar, length: Int)
    /// The maximal invalid subpart ends before `end`.
    case invalid(end: Int, reason: String)
  }

  /// The UTF-8 sequence at `i`, with CPython's error classification.
  private static func utf8Sequence(_ bytes: [UInt8], at i: Int) -> Sequence {
    let b = bytes[i]
    if b < 0x80 { return .scalar(Unicode.Scalar(b), length: 1) }
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch b {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; secondRange = 0xA0...0xBF
    case 0xED: length = 3; secondRange = 0x80...0x9F
    case 0xE1...0xEF: length = 3
    case 0xF0: length = 4; secondRange = 0x90...0xBF
    case 0xF4: length = 4; secondRange = 0x80...0x8F
    case 0xF1...0xF3: length = 4
    default: return .invalid(end: i + 1, reason: "invalid start byte")
    }
    var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length {
      guard i + k < bytes.count else { return .invalid(end: bytes.count, reason: "unexpected end of data") }
      let c = bytes[i + k]
      guard (k == 1 ? secondRange : 0x80...0xBF).contains(c) else {
        return .invalid(end: i + k, reason: "invalid continuation byte")
      }
      value = value << 6 | UInt32(c & 0x3F)
    }
    return .scalar(Unicode.Scalar(value) ?? "\u{FFFD}", length: length)
  }

  private static func hex(_ b: UInt8) -> String {
    let digits = String(b, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
  }

  /// `\xe9`, `\u20ac` or `\U0001f600`, as the `backslashreplace` handler writes a code point.
  private static func escaped(_ v: UInt32) -> String {
    let digits = String(v, radix: 16)
    let (prefix, width) = v < 0x100 ? ("\\x", 2) : v < 0x10000 ? ("\\u", 4) : ("\\U", 8)
    return prefix + String(repeating: "0", count: width - digits.count) + digits
  }

  private static func unknownHandler(_ name: String) -> PyException {
    PyException(ExceptionTypes.all["LookupError"]!, "unknown error handler name '\(name)'")
  }

  /// A `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's message and its `encoding`,
  /// `object`, `start`, `end` and `reason` attributes.
  private static func unicodeError(
    _ type: String, _ message: String, codec: Codec, object: PyValue, start: Int, end: Int, reason: String
  ) -> PyException {
    let e = PyException(ExceptionTypes.all[type]!, message)
    e.object.attributes["encoding"] = .str(codec.rawValue)
    e.object.attributes["object"] = object
    e.object.attributes["start"] = .int(start)
    e.object.attributes["end"] = .int(end)
    e.object.attributes["reason"] = .str(reason)
    return e
  }
}
