/// Argument checks shared by the methods of the built-in types, with CPython's messages.
enum MethodArguments {
  /// An `int` argument (a `bool` counts), or `'X' object cannot be interpreted as an integer`.
  static func int(_ v: PyValue) throws(PyException) -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .none, .float, .str, .object:
      throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
  }

  /// A slice bound: None (or absent) is nil, otherwise an int.
  static func index(_ v: PyValue?) throws(PyException) -> Int? {
    switch v {
    case nil, .none?: return nil
    case .int(let i)?: return i
    case .bool(let b)?: return b ? 1 : 0
    case .float?, .str?, .object?:
      throw .typeError("slice indices must be integers or None or have an __index__ method")
    }
  }

  /// A `str` argument, or the TypeError `message(typeName)`.
  static func str(_ v: PyValue, _ message: (String) -> String) throws(PyException) -> String {
    if case .str(let s) = v { return s }
    throw .typeError(message(v.typeName))
  }

  /// A `str` argument with the common message `must be str, not int`.
  static func str(_ v: PyValue) throws(PyException) -> String {
    try str(v) { "must be str, not \($0)" }
  }

  /// Fails unless the positional count (receiver excluded) is in `range` and no keywords were given.
  /// `name` is the method's name in messages such as `find() takes at least 1 argument (0 given)`.
  static func positional(
    _ a: Arguments, _ name: String, _ range: ClosedRange<Int>, style: CountStyle = .takes
  ) throws(PyException) -> [PyValue] {
    if !a.keywords.isEmpty { throw .typeError("\(name)() takes no keyword arguments") }
    let given = Array(a.positional.dropFirst())
    if range.contains(given.count) { return given }
    let plural = { (n: Int) in n == 1 ? "argument" : "arguments" }
    switch style {
    case .takes:
      if range.lowerBound == range.upperBound {
        if range.lowerBound == 0 {
          throw .typeError("\(name)() takes no arguments (\(given.count) given)")
        }
        throw .typeError("\(name)() takes exactly one argument (\(given.count) given)")
      }
      if given.count < range.lowerBound {
        throw .typeError(
          "\(name)() takes at least \(range.lowerBound) \(plural(range.lowerBound)) (\(given.count) given)")
      }
      throw .typeError(
        "\(name)() takes at most \(range.upperBound) \(plural(range.upperBound)) (\(given.count) given)")
    case .expected:
      if given.count < range.lowerBound {
        let bound = range.lowerBound == range.upperBound ? "" : "at least "
        throw .typeError("\(name) expected \(bound)\(range.lowerBound) \(plural(range.lowerBound)), got \(given.count)")
      }
      let bound = range.lowerBound == range.upperBound ? "" : "at most "
      throw .typeError("\(name) expected \(bound)\(range.upperBound) \(plural(range.upperBound)), got \(given.count)")
    }
  }

  /// The two spellings CPython uses for a wrong number of arguments.
  enum CountStyle {
    /// `find() takes at least 1 argument (0 given)`.
    case takes
    /// `replace expected at least 2 arguments, got 1`.
    case expected
  }
}
