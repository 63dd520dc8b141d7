import Foundation

/// Unicode character names as CPython 3.11's `unicodedata` knows them (Unicode 14.0): the
/// database behind `"\N{...}"` escapes, `unicodedata.name` and `unicodedata.lookup`.
///
/// Names come from the real Unicode name database: the Swift runtime's (`Unicode.Scalar
/// .Properties.name`) from a character to its name, ICU's `Name-Any` transform (through
/// Foundation) from a name to its character, each answer checked against the other. Characters
/// newer than Unicode 14.0 have no name here, as in CPython 3.11; neither have Tangut ideographs,
/// a range CPython's database leaves unnamed. Aliases and named sequences come from
/// ``UnicodeNameAliases``.
enum UnicodeNames {
  /// CPython 3.11's `unicodedata.unidata_version`.
  static let version = "14.0.0"

  /// CPython's `NAME_MAXLEN`: longer names are rejected before any lookup.
  static let maximumLength = 256

  private static let hangulPrefix = "HANGUL SYLLABLE "
  private static let ideographPrefix = "CJK UNIFIED IDEOGRAPH-"

  /// The name of `scalar` (`unicodedata.name`), nil when it has none.
  static func name(of scalar: Unicode.Scalar) -> String? {
    guard let age = scalar.properties.age, age.major < 14 || (age.major == 14 && age.minor == 0),
      let name = scalar.properties.name, !name.hasPrefix("TANGUT IDEOGRAPH-")
    else { return nil }
    return name
  }

  /// The character called `name` (CPython's `_getcode`), nil when there is none: names and
  /// aliases match without regard to ASCII case, while the algorithmic names of Hangul
  /// syllables and CJK unified ideographs must be exact (4 or 5 uppercase hex digits for the
  /// latter). `namedSequences` also accepts a named sequence (`unicodedata.lookup`), which
  /// `\N{...}` does not.
  static func lookup(_ name: String, namedSequences: Bool) -> String? {
    guard name.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "}" && $0 != "\\" }) else { return nil }
    if name.hasPrefix(hangulPrefix) {
      guard let s = icuLookup(name), self.name(of: s) == name else { return nil }
      return String(s)
    }
    if name.hasPrefix(ideographPrefix) {
      let digits = name.dropFirst(ideographPrefix.count)
      guard digits.count == 4 || digits.count == 5,
        digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("A"..."F").contains($0) }),
        let value = UInt32(digits, radix: 16), let s = Unicode.Scalar(value),
        self.name(of: s)?.hasPrefix(ideographPrefix) == true
      else { return nil }
      return String(s)
    }
    let upper = name.uppercased()
    if !upper.hasPrefix(hangulPrefix), !upper.hasPrefix(ideographPrefix), let s = icuLookup(upper),
      self.name(of: s) == upper
    {
      return String(s)
    }
    if let alias = aliases[upper] { return alias }
    return namedSequences ? sequences[upper] : nil
  }

  /// ICU's character for `name` (lenient about spaces and case, hence the callers' checks).
  private static func icuLookup(_ name: String) -> Unicode.Scalar? {
    guard !name.isEmpty,
      let text = "\\N{\(name)}".applyingTransform(StringTransform("Name-Any"), reverse: false),
      text.unicodeScalars.count == 1
    else { return nil }
    return text.unicodeScalars.first
  }

  private static let aliases = table(UnicodeNameAliases.aliases)
  private static let sequences = table(UnicodeNameAliases.sequences)

  /// Parses `code points;NAME` lines.
  private static func table(_ text: String) -> [String: String] {
    var result: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let semicolon = line.firstIndex(of: ";") else { continue }
      var value = String.UnicodeScalarView()
      for code in line[..<semicolon].split(separator: " ") {
        if let v = UInt32(code, radix: 16), let s = Unicode.Scalar(v) { value.append(s) }
      }
      result[String(line[line.index(after: semicolon)...])] = String(value)
    }
    return result
  }
}
