/// The methods of `str` (the receiver is `arguments.positional[0]`).
extension BuiltinMethodTables {
  /// `str.split`, `str.join`, `str.strip`, ... keyed by name.
  nonisolated(unsafe) static let str: [String: NativeFunction] = {
    var table: [String: NativeFunction] = [
      "split": { _, a in try splitMethod(a, fromRight: false) },
      "encode": { _, a in
        let p = try a.unpack("encode", ["self", "encoding?", "errors?"])
        let (codec, errors) = try codecArguments("encode", p[1], p[2])
        return .object(PyBytes(try Codecs.encode(try receiver(a), codec, errors: errors)))
      },
      "rsplit": { _, a in try splitMethod(a, fromRight: true) },
      "join": join,
      "strip": { _, a in try strip(a, "strip", left: true, right: true) },
      "lstrip": { _, a in try strip(a, "lstrip", left: true, right: false) },
      "rstrip": { _, a in try strip(a, "rstrip", left: false, right: true) },
      "replace": replace,
      "startswith": { _, a in try startsOrEndsWith(a, "startswith", atEnd: false) },
      "endswith": { _, a in try startsOrEndsWith(a, "endswith", atEnd: true) },
      "find": { _, a in .int(try find(a, "find", fromRight: false)) },
      "rfind": { _, a in .int(try find(a, "rfind", fromRight: true)) },
      "index": { _, a in try index(a, "index", fromRight: false) },
      "rindex": { _, a in try index(a, "rindex", fromRight: true) },
      "count": count,
      "zfill": { interp, a in
        let w = try MethodArguments.positional(a, "str.zfill", 1...1)
        let width = try MethodArguments.int(w[0])
        try interp.checkSize(width)
        return .str(StrKernels.zfill(StrKernels.scalars(try receiver(a)), width: width))
      },
      "center": { interp, a in try justify(interp, a, "center", .center) },
      "ljust": { interp, a in try justify(interp, a, "ljust", .left) },
      "rjust": { interp, a in try justify(interp, a, "rjust", .right) },
      "partition": { _, a in try partition(a, fromRight: false) },
      "rpartition": { _, a in try partition(a, fromRight: true) },
      "splitlines": splitLines,
      "expandtabs": { interp, a in
        let v = try a.unpack("expandtabs", ["self", "tabsize?"])
        let size = try v[1].map { v throws(PyException) in try MethodArguments.int(v) } ?? 8
        let text = StrKernels.scalars(try receiver(a))
        let tabs = text.count { $0 == "\t" }
        let (extra, overflow) = tabs.multipliedReportingOverflow(by: max(size, 0))
        let (total, tooLong) = text.count.addingReportingOverflow(extra)
        try interp.checkSize(overflow || tooLong ? .max : total)
        return .str(StrKernels.expandTabs(text, tabSize: size))
      },
      "removeprefix": { _, a in try affix(a, "removeprefix", suffix: false) },
      "removesuffix": { _, a in try affix(a, "removesuffix", suffix: true) },
      "format": StrFormat.method,
      "format_map": StrFormat.formatMap,
      "maketrans": StrTranslate.maketrans,
      "translate": StrTranslate.translate,
      "__format__": { interp, a in
        let spec = try MethodArguments.positional(a, "__format__", 1...1)
        return .str(try interp.formatValue(.str(try receiver(a)), spec: try MethodArguments.str(spec[0])))
      },
    ]
    let cases: [(String, (String) -> String)] = [
      ("upper", StrKernels.upper), ("lower", StrKernels.lower), ("title", StrKernels.title),
      ("capitalize", StrKernels.capitalize), ("swapcase", StrKernels.swapcase),
      ("casefold", StrKernels.casefold),
    ]
    for (name, f) in cases {
      table[name] = { _, a in
        _ = try MethodArguments.positional(a, "str.\(name)", 0...0)
        return .str(f(try receiver(a)))
      }
    }
    for predicate in StrKernels.Predicate.allCases {
      table[predicate.rawValue] = { _, a in
        _ = try MethodArguments.positional(a, "str.\(predicate.rawValue)", 0...0)
        return .bool(StrKernels.test(predicate, try receiver(a)))
      }
    }
    return table
  }()

  /// The receiver as a Swift string.
  static func receiver(_ a: Arguments) throws(PyException) -> String {
    if case .str(let s) = a.receiver { return s }
    throw .typeError("descriptor requires a 'str' object but received a '\(a.receiver.typeName)'")
  }

  private static func splitMethod(_ a: Arguments, fromRight: Bool) throws -> PyValue {
    let name = fromRight ? "rsplit" : "split"
    let v = try a.unpack(name, ["self", "sep?", "maxsplit?"])
    let text = StrKernels.scalars(try receiver(a))
    var separator: [Unicode.Scalar]?
    if let s = v[1], !s.isNone {
      let sep = try MethodArguments.str(s) { "must be str or None, not \($0)" }
      if sep.isEmpty { throw PyException.valueError("empty separator") }
      separator = StrKernels.scalars(sep)
    }
    let maxSplit = try v[2].map { v throws(PyException) in try MethodArguments.int(v) } ?? -1
    let parts = fromRight
      ? StrKernels.rsplit(text, separator: separator, maxSplit: maxSplit)
      : StrKernels.split(text, separator: separator, maxSplit: maxSplit)
    return .list(parts.map { .str($0) })
  }

  private static func join(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try MethodArguments.positional(a, "str.join", 1...1)
    let separator = try receiver(a)
    guard let items = try interp.iterableValues(v[0]) else {
      throw PyException.typeError("can only join an iterable")
    }
    var pieces: [String] = []
    pieces.reserveCapacity(items.count)
    for (i, item) in items.enumerated() {
      guard case .str(let s) = item else {
        throw PyException.typeError("sequence item \(i): expected str instance, \(item.typeName) found")
      }
      pieces.append(s)
    }
    return .str(pieces.joined(separator: separator))
  }

  private static func strip(_ a: Arguments, _ name: String, left: Bool, right: Bool) throws -> PyValue {
    let v = try MethodArguments.positional(a, "str.\(name)", 0...1)
    var characters: [Unicode.Scalar]?
    if let c = v.first, !c.isNone {
      guard case .str(let s) = c else { throw PyException.typeError("\(name) arg must be None or str") }
      characters = StrKernels.scalars(s)
    }
    return .str(StrKernels.strip(StrKernels.scalars(try receiver(a)), characters: characters, left: left, right: right))
  }

  private static func replace(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try MethodArguments.positional(a, "replace", 2...3, style: .expected)
    let old = try MethodArguments.str(v[0]) { "replace() argument 1 must be str, not \($0)" }
    let new = try MethodArguments.str(v[1]) { "replace() argument 2 must be str, not \($0)" }
    let limit = v.count > 2 ? try MethodArguments.int(v[2]) : -1
    let text = StrKernels.scalars(try receiver(a))
    let (oldScalars, newScalars) = (StrKernels.scalars(old), StrKernels.scalars(new))
    let found = min(StrKernels.count(text, oldScalars, start: nil, end: nil), limit < 0 ? .max : limit)
    let (grow, overflow) = found.multipliedReportingOverflow(by: max(0, newScalars.count - oldScalars.count))
    try interp.checkSize(overflow ? .max : text.count + grow)
    return .str(StrKernels.replace(text, oldScalars, newScalars, count: limit))
  }

  /// The (sub, start, end) arguments of `find`, `index`, `count`.
  private static func searchArguments(_ a: Arguments, _ name: String) throws -> ([Unicode.Scalar], Int?, Int?) {
    let v = try MethodArguments.positional(a, name, 1...3)
    let needle = try MethodArguments.str(v[0])
    return (
      StrKernels.scalars(needle), try MethodArguments.index(v.count > 1 ? v[1] : nil),
      try MethodArguments.index(v.count > 2 ? v[2] : nil)
    )
  }

  private static func find(_ a: Arguments, _ name: String, fromRight: Bool) throws -> Int {
    let (needle, start, end) = try searchArguments(a, name)
    return StrKernels.find(StrKernels.scalars(try receiver(a)), needle, start: start, end: end, fromRight: fromRight)
  }

  private static func index(_ a: Arguments, _ name: String, fromRight: Bool) throws -> PyValue {
    let i = try find(a, name, fromRight: fromRight)
    if i < 0 { throw PyException.valueError("substring not found") }
    return .int(i)
  }

  private static func count(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let (needle, start, end) = try searchArguments(a, "count")
    return .int(StrKernels.count(StrKernels.scalars(try receiver(a)), needle, start: start, end: end))
  }

  private static func startsOrEndsWith(_ a: Arguments, _ name: String, atEnd: Bool) throws -> PyValue {
    let v = try MethodArguments.positional(a, name, 1...3)
    let text = StrKernels.scalars(try receiver(a))
    let start = try MethodArguments.index(v.count > 1 ? v[1] : nil)
    let end = try MethodArguments.index(v.count > 2 ? v[2] : nil)
    var candidates: [String] = []
    switch v[0] {
    case .str(let s): candidates = [s]
    case .object(let o as PyTuple):
      for item in o.items {
        candidates.append(try MethodArguments.str(item) {
          "tuple for \(name) must only contain str, not \($0)"
        })
      }
    case .none, .bool, .int, .float, .object:
      throw PyException.typeError("\(name) first arg must be str or a tuple of str, not \(v[0].typeName)")
    }
    let hit = candidates.contains {
      StrKernels.tailMatch(text, StrKernels.scalars($0), start: start, end: end, atEnd: atEnd)
    }
    return .bool(hit)
  }

  private static func justify(
    _ interp: Interpreter, _ a: Arguments, _ name: String, _ alignment: FormatSpec.Alignment
  ) throws -> PyValue {
    let v = try MethodArguments.positional(a, name, 1...2, style: .expected)
    let width = try MethodArguments.int(v[0])
    try interp.checkSize(width)
    var fill: Unicode.Scalar = " "
    if v.count > 1 {
      guard case .str(let f) = v[1] else {
        throw PyException.typeError("The fill character must be a unicode character, not \(v[1].typeName)")
      }
      let scalars = StrKernels.scalars(f)
      guard scalars.count == 1 else {
        throw PyException.typeError("The fill character must be exactly one character long")
      }
      fill = scalars[0]
    }
    return .str(StrKernels.pad(StrKernels.scalars(try receiver(a)), width: width, fill: fill, alignment: alignment))
  }

  private static func partition(_ a: Arguments, fromRight: Bool) throws -> PyValue {
    let v = try MethodArguments.positional(a, "str.\(fromRight ? "rpartition" : "partition")", 1...1)
    let sep = StrKernels.scalars(try MethodArguments.str(v[0]))
    if sep.isEmpty { throw PyException.valueError("empty separator") }
    let text = StrKernels.scalars(try receiver(a))
    let i = StrKernels.find(text, sep, start: nil, end: nil, fromRight: fromRight)
    if i < 0 {
      let whole = PyValue.str(StrKernels.string(text))
      return .tuple(fromRight ? [.str(""), .str(""), whole] : [whole, .str(""), .str("")])
    }
    return .tuple([
      .str(StrKernels.string(text[..<i])), .str(StrKernels.string(sep)),
      .str(StrKernels.string(text[(i + sep.count)...])),
    ])
  }

  private static func splitLines(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try a.unpack("splitlines", ["self", "keepends?"])
    let keep = try v[1].map { v throws(PyException) in try MethodArguments.int(v) != 0 } ?? false
    let lines = StrKernels.splitLines(StrKernels.scalars(try receiver(a)), keepEnds: keep)
    return .list(lines.map { .str($0) })
  }

  private static func affix(_ a: Arguments, _ name: String, suffix: Bool) throws -> PyValue {
    let v = try MethodArguments.positional(a, "str.\(name)", 1...1)
    let part = try MethodArguments.str(v[0]) { "\(name)() argument must be str, not \($0)" }
    let text = try receiver(a)
    let t = StrKernels.scalars(text)
    let p = StrKernels.scalars(part)
    guard !p.isEmpty, t.count >= p.count else { return .str(text) }
    if suffix {
      return .str(t.suffix(p.count).elementsEqual(p) ? StrKernels.string(t.dropLast(p.count)) : text)
    }
    return .str(t.prefix(p.count).elementsEqual(p) ? StrKernels.string(t.dropFirst(p.count)) : text)
  }
}
