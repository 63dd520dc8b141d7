/// Python keywords (the hard ones of CPython 3.11).
public enum Keyword: String, Sendable, CaseIterable {
  case False, None, True
  case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`, except
  case finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal, not, or, pass
  case raise, `return`, `try`, `while`, with, yield
}

extension Keyword {
  /// The keyword spelled by `scalars`, if any: the scalars are packed into an integer (every
  /// keyword has at most eight ASCII letters) and looked up in a small open-addressing table,
  /// much cheaper than `init(rawValue:)`'s string hashing for every identifier.
  static func named(_ scalars: ArraySlice<Unicode.Scalar>) -> Keyword? {
    guard scalars.count <= 8 else { return nil }
    var key: UInt64 = 0
    var shift: UInt64 = 0
    for c in scalars {
      guard c.value < 0x80 else { return nil }
      key |= UInt64(c.value) << shift
      shift += 8
    }
    var slot = slot(key)
    while let (candidate, keyword) = table[slot] {
      if candidate == key { return keyword }
      slot = (slot + 1) & 63
    }
    return nil
  }

  private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58) }

  private static let table: [(UInt64, Keyword)?] = {
    var table = [(UInt64, Keyword)?](repeating: nil, count: 64)
    for keyword in allCases {
      let key = keyword.rawValue.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      var slot = slot(key)
      while table[slot] != nil { slot = (slot + 1) & 63 }
      table[slot] = (key, keyword)
    }
    return table
  }()
}

/// Python's operators and delimiters (CPython's exact token types), spelled by their raw values;
/// the parser compares them as small integers.
public enum Operator: String, Sendable, CaseIterable {
  case leftParenthesis = "(", rightParenthesis = ")", leftBracket = "[", rightBracket = "]"
  case leftBrace = "{", rightBrace = "}", comma = ",", colon = ":", semicolon = ";", dot = "."
  case ellipsis = "...", arrow = "->", walrus = ":=", assign = "="
  case plus = "+", minus = "-", star = "*", doubleStar = "**", slash = "/", doubleSlash = "//"
  case percent = "%", at = "@", tilde = "~", ampersand = "&", verticalBar = "|", circumflex = "^"
  case leftShift = "<<", rightShift = ">>"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case plusEqual = "+=", minusEqual = "-=", starEqual = "*=", doubleStarEqual = "**=", slashEqual = "/="
  case doubleSlashEqual = "//=", percentEqual = "%=", atEqual = "@=", ampersandEqual = "&="
  case verticalBarEqual = "|=", circumflexEqual = "^=", leftShiftEqual = "<<=", rightShiftEqual = ">>="

  /// The operation of an augmented assignment (`+=` is `+`); nil for other operators.
  var augmentedOperation: BinaryOperator? {
    switch self {
    case .plusEqual: return .add
    case .minusEqual: return .sub
    case .starEqual: return .mult
    case .doubleStarEqual: return .pow
    case .slashEqual: return .div
    case .doubleSlashEqual: return .floorDiv
    case .percentEqual: return .mod
    case .atEqual: return .matMult
    case .ampersandEqual: return .bitAnd
    case .verticalBarEqual: return .bitOr
    case .circumflexEqual: return .bitXor
    case .leftShiftEqual: return .lShift
    case .rightShiftEqual: return .rShift
    case .leftParenthesis, .rightParenthesis, .leftBracket, .rightBracket, .leftBrace, .rightBrace,
      .comma, .colon, .semicolon, .dot, .ellipsis, .arrow, .walrus, .assign, .plus, .minus, .star,
      .doubleStar, .slash, .doubleSlash, .percent, .at, .tilde, .ampersand, .verticalBar, .circumflex,
      .leftShift, .rightShift, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      return nil
    }
  }
}

/// One lexical token kind.
public enum TokenKind: Equatable, Sendable {
  /// An identifier.
  case name(String)
  /// A reserved word.
  case keyword(Keyword)
  /// An integer literal that fits 64 bits.
  case int(Int)
  /// An integer literal too large for 64 bits (kept as its digits).
  case bigInt(String)
  /// A float literal.
  case float(Double)
  /// An imaginary literal such as `2j`.
  case imaginary(Double)
  /// A string literal, already unescaped.
  case string(String)
  /// A bytes literal, already unescaped (each scalar is a byte value).
  case bytes(String)
  /// A string or bytes literal whose escapes do not decode: CPython's message, which the
  /// parser reports at the token after the literals it concatenates.
  indirect case invalidString(message: String)
  /// An f-string: the raw body (escapes not yet processed), whether it is raw, and the quote
  /// (boxed, so that tokens stay small).
  indirect case fstring(body: String, raw: Bool, quote: String)
  /// An operator or delimiter such as `+`, `**=`, `(`.
  case op(Operator)
  /// End of a logical line.
  case newline
  /// Increase of indentation.
  case indent
  /// Decrease of indentation.
  case dedent
  /// End of input.
  case eof
}

/// A token with its source range.
public struct Token: Sendable {
  /// What the token is.
  public var kind: TokenKind
  /// Where it starts.
  public var start: SourceLocation
  /// Where it ends (exclusive column).
  public var end: SourceLocation
}
