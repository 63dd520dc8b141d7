/// The interpreter's entry points into the formatting library: `format()`, f-string fields,
/// `str.format` fields and `str % args`.
extension Interpreter {
  /// `format(value, spec)` for values whose class has no `__format__` hook: the format-spec
  /// mini-language for `int`, `bool`, `float`, `complex` and `str`; for other values `object.__format__`
  /// (the empty spec gives `str(value)`, any other spec is a `TypeError`).
  public func formatValue(_ value: PyValue, spec: String) throws -> String {
    let limit = limits.maxContainerSize
    switch value {
    case .int(let i): return try FormatSpec.format(int: i, spec: spec, limit: limit)
    case .bool(let b):
      if spec.isEmpty { return b ? "True" : "False" }
      return try FormatSpec.format(int: b ? 1 : 0, spec: spec, typeName: "bool", limit: limit)
    case .float(let x): return try FormatSpec.format(float: x, spec: spec, limit: limit)
    case .str(let s): return try FormatSpec.format(string: s, spec: spec, limit: limit)
    case .object(let o as PyComplex):
      return try FormatSpec.format(complex: (o.real, o.imag), spec: spec, limit: limit)
    case .none, .object:
      if spec.isEmpty { return try str(value) }
      throw PyException.typeError("unsupported format string passed to \(value.typeName).__format__")
    }
  }

  /// `template % argument` for a `str` template.
  public func percentFormat(_ template: String, _ argument: PyValue) throws -> String {
    try PercentFormat.format(template, argument, self)
  }

  /// The values of an iterable, or nil when `value` is not iterable (errors raised while
  /// iterating propagate).
  func iterableValues(_ value: PyValue) throws -> [PyValue]? {
    do {
      return try listOfValues(value)
    } catch let e as PyException
      where e.matches(ExceptionTypes.typeError) && e.message == "'\(value.typeName)' object is not iterable"
    {
      return nil
    }
  }
}
