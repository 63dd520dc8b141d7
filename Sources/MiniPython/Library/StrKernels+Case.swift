/// Case mappings and character-class predicates of `str`, from the Unicode properties
/// Python uses (full case mappings, numeric types, general categories).
extension StrKernels {
  /// `str.upper`.
  static func upper(_ text: String) -> String {
    mapped(scalars(text)) { $0.properties.uppercaseMapping }
  }

  /// `str.lower`.
  static func lower(_ text: String) -> String {
    mapped(scalars(text)) { $0.properties.lowercaseMapping }
  }

  /// `str.casefold`: lowercase, with the full case foldings that differ from it.
  static func casefold(_ text: String) -> String {
    mapped(scalars(text)) { c in
      switch c.value {
      case 0xDF: return "ss"
      case 0x1E9E: return "ss"
      case 0x3C2: return "σ"
      default: return c.properties.lowercaseMapping
      }
    }
  }

  /// `str.swapcase`.
  static func swapcase(_ text: String) -> String {
    mapped(scalars(text)) { c in
      if c.properties.isUppercase { return c.properties.lowercaseMapping }
      if c.properties.isLowercase { return c.properties.uppercaseMapping }
      return String(c)
    }
  }

  /// `str.title`: title case after an uncased character, lower case after a cased one.
  static func title(_ text: String) -> String {
    var previousCased = false
    return mapped(scalars(text)) { c in
      let m = previousCased ? c.properties.lowercaseMapping : c.properties.titlecaseMapping
      previousCased = c.properties.isCased
      return m
    }
  }

  /// `str.capitalize`: the first character in title case, the rest in lower case.
  static func capitalize(_ text: String) -> String {
    var first = true
    return mapped(scalars(text)) { c in
      defer { first = false }
      return first ? c.properties.titlecaseMapping : c.properties.lowercaseMapping
    }
  }

  private static func mapped(_ text: Scalars, _ f: (Unicode.Scalar) -> String) -> String {
    var out = String.UnicodeScalarView()
    for c in text { out.appendScalars(f(c).unicodeScalars) }
    return String(out)
  }

  /// The character predicates `str.isdigit()` and friends.
  enum Predicate: String, CaseIterable {
    case isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric
    case isprintable, isspace, istitle, isupper
  }

  /// Evaluates a predicate on a whole string, with Python's rules for empty strings and
  /// cased characters.
  static func test(_ predicate: Predicate, _ text: String) -> Bool {
    let cs = scalars(text)
    switch predicate {
    case .isascii: return cs.allSatisfy { $0.isASCII }
    case .isprintable: return cs.allSatisfy(isPrintable)
    case .isidentifier:
      guard let first = cs.first, first == "_" || first.properties.isXIDStart else { return false }
      return cs.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    case .islower, .isupper:
      var cased = false
      for c in cs {
        let p = c.properties
        if predicate == .islower ? (p.isUppercase || p.generalCategory == .titlecaseLetter) : (p.isLowercase || p.generalCategory == .titlecaseLetter) {
          return false
        }
        if predicate == .islower ? p.isLowercase : p.isUppercase { cased = true }
      }
      return cased
    case .istitle:
      var cased = false
      var previousCased = false
      for c in cs {
        let p = c.properties
        if p.isUppercase || p.generalCategory == .titlecaseLetter {
          if previousCased { return false }
          previousCased = true
          cased = true
        } else if p.isLowercase {
          if !previousCased { return false }
          previousCased = true
          cased = true
        } else {
          previousCased = false
        }
      }
      return cased
    case .isalnum, .isalpha, .isdecimal, .isdigit, .isnumeric, .isspace:
      return !cs.isEmpty && cs.allSatisfy { holds(predicate, $0) }
    }
  }

  private static func holds(_ predicate: Predicate, _ c: Unicode.Scalar) -> Bool {
    let numeric = c.properties.numericType
    switch predicate {
    case .isdecimal: return numeric == .decimal
    case .isdigit: return numeric == .decimal || numeric == .digit
    case .isnumeric: return numeric != nil
    case .isspace: return isSpace(c)
    case .isalpha: return isAlpha(c)
    case .isalnum: return isAlpha(c) || numeric != nil
    case .isascii, .isidentifier, .islower, .isprintable, .istitle, .isupper: return false
    }
  }

  static func isAlpha(_ c: Unicode.Scalar) -> Bool {
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
  }

  /// Python's `Py_UNICODE_ISPRINTABLE`: not a control, format, surrogate, private-use,
  /// unassigned or separator character, except the ASCII space.
  static func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .spaceSeparator:
      return false
    default: return true
    }
  }
}
