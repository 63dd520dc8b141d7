/// The arguments of a call: positional values and `name=value` keywords in call order.
public struct Arguments {
  /// Positional arguments (for a method, the receiver first).
  public var positional: [PyValue]
  /// Keyword arguments in call order.
  public var keywords: [(name: String, value: PyValue)]

  /// Creates an argument list.
  public init(_ positional: [PyValue] = [], keywords: [(name: String, value: PyValue)] = []) {
    self.positional = positional
    self.keywords = keywords
  }

  /// The receiver of a method call (`self`).
  public var receiver: PyValue { positional.first ?? .none }

  /// The receiver as a native object of class `T`, or a `TypeError` naming the method.
  /// - Parameters:
  ///   - type: the Swift class expected.
  ///   - method: `Class.method`, for the message.
  public func receiver<T: PyObject>(as type: T.Type, method: String) throws -> T {
    if let o = positional.first?.object as? T { return o }
    throw PyException.typeError(
      "descriptor '\(method)' requires a different object but received a '\(receiver.typeName)'")
  }

  /// Binds the arguments to parameter names (starlark's `UnpackArgs`).
  ///
  /// A name ending in `?` is optional; names after `"*"` are keyword-only. The result has one
  /// entry per name (the marker excluded), nil where an optional argument was not given.
  ///
  ///     let a = try arguments.unpack("reshape", ["self", "shape", "ndim?"])
  ///
  /// - Parameters:
  ///   - function: the function name used in messages (`reshape() takes ...`).
  ///   - names: the parameter names.
  /// - Throws: `TypeError` with CPython's messages for missing, surplus, duplicate or unknown arguments.
  public func unpack(_ function: String, _ names: [String]) throws -> [PyValue?] {
    var params: [(name: String, optional: Bool, keywordOnly: Bool)] = []
    var kwOnly = false
    for n in names {
      if n == "*" {
        kwOnly = true
        continue
      }
      let opt = n.hasSuffix("?")
      params.append((opt ? String(n.dropLast()) : n, opt, kwOnly))
    }
    let positionalCount = params.filter { !$0.keywordOnly }.count
    var result = [PyValue?](repeating: nil, count: params.count)
    if positional.count > positionalCount {
      let required = params.filter { !$0.keywordOnly && !$0.optional }.count
      throw PyException.typeError(
        ArgumentMessages.tooMany(function, min: required, max: positionalCount, given: positional.count))
    }
    for (i, v) in positional.enumerated() { result[i] = v }
    for (name, value) in keywords {
      guard let i = params.firstIndex(where: { $0.name == name }) else {
        throw PyException.typeError("\(function)() got an unexpected keyword argument '\(name)'")
      }
      if result[i] != nil {
        throw PyException.typeError("\(function)() got multiple values for argument '\(name)'")
      }
      result[i] = value
    }
    let missing = params.indices.filter { result[$0] == nil && !params[$0].optional }.map { params[$0].name }
    if !missing.isEmpty {
      let kw = params.first { $0.name == missing[0] }?.keywordOnly ?? false
      throw PyException.typeError(ArgumentMessages.missing(function, missing, keywordOnly: kw))
    }
    return result
  }

  /// Fails with `TypeError` when keywords were given to a function that takes none.
  public func noKeywords(_ function: String) throws {
    if !keywords.isEmpty { throw PyException.typeError("\(function)() takes no keyword arguments") }
  }

  /// Fails unless exactly `count` positional arguments (and no keywords) were given.
  public func expect(_ function: String, count: Int) throws {
    try noKeywords(function)
    if positional.count != count {
      throw PyException.typeError(
        count == 1 ? "\(function)() takes exactly one argument (\(positional.count) given)"
          : "\(function) expected \(count) arguments, got \(positional.count)")
    }
  }
}

/// CPython's argument-binding messages.
enum ArgumentMessages {
  static func plural(_ n: Int, _ word: String) -> String { n == 1 ? "\(n) \(word)" : "\(n) \(word)s" }

  static func tooMany(_ f: String, min: Int, max: Int, given: Int) -> String {
    let takes = min == max ? plural(max, "positional argument") : "from \(min) to \(max) positional arguments"
    let was = given == 1 ? "was" : "were"
    return "\(f)() takes \(takes) but \(given) \(was) given"
  }

  static func missing(_ f: String, _ names: [String], keywordOnly: Bool) -> String {
    let quoted = names.map { "'\($0)'" }
    let list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = "\(quoted[0]) and \(quoted[1])"
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
    }
    let kind = keywordOnly ? "keyword-only" : "positional"
    return "\(f)() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)"
  }
}
