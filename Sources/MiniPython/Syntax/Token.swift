/// Python keywords (the hard ones of CPython 3.11).
public enum Keyword: String, Sendable, CaseIterable {
  case False, None, True
  case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`, except
  case finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal, not, or, pass
  case raise, `return`, `try`, `while`, with, yield
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
  /// An f-string: the raw body (escapes not yet processed), whether it is raw, and the quote.
  case fstring(body: String, raw: Bool, quote: String)
  /// An operator or delimiter such as `+`, `**=`, `(`.
  case op(String)
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
