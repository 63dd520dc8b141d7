/// The `math` module: constants and functions with CPython's results and messages.
enum MathModule {
  /// The module's constants.
  nonisolated(unsafe) static let constants: [String: PyValue] = [
    "pi": .float(Double.pi), "e": .float(2.718281828459045), "tau": .float(2 * Double.pi),
    "inf": .float(.infinity), "nan": .float(.nan),
  ]

  /// The module's functions, keyed by name.
  nonisolated(unsafe) static let functions: [String: NativeFunction] = {
    var table: [String: NativeFunction] = [
      "log": log, "pow": binary("pow", MathKernels.pow), "fmod": binary("fmod", MathKernels.fmod),
      "atan2": binary("atan2") { y, x throws(PyException) in MathKernels.atan2(y, x) },
      "copysign": binary("copysign") { x, y throws(PyException) in Double(signOf: y, magnitudeOf: x) },
      "floor": { _, a in try rounding(a, "floor", .down) },
      "ceil": { _, a in try rounding(a, "ceil", .up) },
      "trunc": { _, a in try rounding(a, "trunc", .towardZero) },
      "degrees": unary("degrees") { $0 * (180 / Double.pi) },
      "radians": unary("radians") { $0 * (Double.pi / 180) },
      "isnan": predicate("isnan") { $0.isNaN },
      "isinf": predicate("isinf") { $0.isInfinite },
      "isfinite": predicate("isfinite") { $0.isFinite },
      "isclose": isClose,
      "hypot": { _, a in
        try a.noKeywords("hypot")
        return .float(MathKernels.hypot(try a.positional.map(real)))
      },
      "dist": dist,
      "fsum": { interp, a in
        let v = try MathArguments.exactly(a, "math.fsum", 1)
        return .float(try MathKernels.fsum(try iterate(v[0], interp).map(real)))
      },
      "prod": prod,
      "modf": { _, a in
        let (f, w) = MathKernels.modf(try real(try MathArguments.exactly(a, "math.modf", 1)[0]))
        return .tuple([.float(f), .float(w)])
      },
      "frexp": { _, a in
        let (m, e) = MathKernels.frexp(try real(try MathArguments.exactly(a, "math.frexp", 1)[0]))
        return .tuple([.float(m), .int(e)])
      },
      "ldexp": { _, a in
        let v = try MathArguments.exactly(a, "ldexp", 2)
        guard case .int(let i) = v[1] else {
          if case .bool(let b) = v[1] { return .float(try MathKernels.ldexp(try real(v[0]), b ? 1 : 0)) }
          throw PyException.typeError("Expected an int as second argument to ldexp.")
        }
        return .float(try MathKernels.ldexp(try real(v[0]), i))
      },
      "factorial": { _, a in
        .int(try MathIntegers.factorial(try integer(try MathArguments.exactly(a, "math.factorial", 1)[0])))
      },
      "isqrt": { _, a in .int(try MathIntegers.isqrt(try integer(try MathArguments.exactly(a, "math.isqrt", 1)[0]))) },
      "gcd": { _, a in
        try a.noKeywords("gcd")
        return .int(try MathIntegers.gcd(try a.positional.map(integer)))
      },
      "lcm": { _, a in
        try a.noKeywords("lcm")
        return .int(try MathIntegers.lcm(try a.positional.map(integer)))
      },
      "comb": { _, a in
        let v = try MathArguments.exactly(a, "comb", 2)
        return .int(try MathIntegers.comb(try integer(v[0]), try integer(v[1])))
      },
      "perm": { _, a in
        try a.noKeywords("perm")
        guard (1...2).contains(a.positional.count) else {
          throw PyException.typeError("perm expected at most 2 arguments, got \(a.positional.count)")
        }
        let k = a.positional.count > 1 && !a.positional[1].isNone ? try integer(a.positional[1]) : nil
        return .int(try MathIntegers.perm(try integer(a.positional[0]), k))
      },
    ]
    for entry in MathKernels.unary {
      table[entry.name] = { _, a in
        let x = try real(try MathArguments.exactly(a, "math.\(entry.name)", 1)[0])
        return .float(try MathKernels.checked(x, canOverflow: entry.canOverflow, entry.function))
      }
    }
    return table
  }()

  /// A `float` argument: an int, bool or float (`must be real number, not str`).
  static func real(_ v: PyValue) throws(PyException) -> Double {
    switch v {
    case .float(let x): return x
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .none, .str, .object: throw .typeError("must be real number, not \(v.typeName)")
    }
  }

  /// An integer argument (`'float' object cannot be interpreted as an integer`).
  static func integer(_ v: PyValue) throws(PyException) -> Int { try MethodArguments.int(v) }

  private static func iterate(_ v: PyValue, _ interp: Interpreter) throws -> [PyValue] {
    guard let items = try interp.iterableValues(v) else {
      throw PyException.typeError("'\(v.typeName)' object is not iterable")
    }
    return items
  }

  private static func unary(_ name: String, _ f: @escaping (Double) -> Double) -> NativeFunction {
    { _, a in .float(f(try real(try MathArguments.exactly(a, "math.\(name)", 1)[0]))) }
  }

  private static func predicate(_ name: String, _ f: @escaping (Double) -> Bool) -> NativeFunction {
    { _, a in .bool(f(try real(try MathArguments.exactly(a, "math.\(name)", 1)[0]))) }
  }

  private static func binary(
    _ name: String, _ f: @escaping (Double, Double) throws(PyException) -> Double
  ) -> NativeFunction {
    { _, a in
      let v = try MathArguments.exactly(a, name, 2)
      return .float(try f(try real(v[0]), try real(v[1])))
    }
  }

  private static func rounding(_ a: Arguments, _ name: String, _ rule: FloatingPointRoundingRule) throws -> PyValue {
    let v = try MathArguments.exactly(a, "math.\(name)", 1)[0]
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let x): return .int(try MathIntegers.integer(x, rounding: rule))
    case .none, .str, .object:
      if name == "trunc" { throw PyException.typeError("type \(v.typeName) doesn't define __trunc__ method") }
      throw PyException.typeError("must be real number, not \(v.typeName)")
    }
  }

  private static func log(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.noKeywords("log")
    guard (1...2).contains(a.positional.count) else {
      throw PyException.typeError("math.log requires 1 to 2 arguments")
    }
    let x = try MathKernels.log(try real(a.positional[0]))
    guard a.positional.count == 2 else { return .float(x) }
    let base = try MathKernels.log(try real(a.positional[1]))
    if base == 0 { throw PyException.zeroDivision("float division by zero") }
    return .float(x / base)
  }

  private static func isClose(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    if a.positional.count > 2 {
      throw PyException.typeError("isclose() takes exactly 2 positional arguments (\(a.positional.count) given)")
    }
    try MathArguments.required(a, "isclose", ["a", "b"])
    let v = try a.unpack("isclose", ["a", "b", "*", "rel_tol?", "abs_tol?"])
    let relative = try v[2].map(real) ?? 1e-09
    let absolute = try v[3].map(real) ?? 0
    return .bool(try MathKernels.isClose(try real(v[0]!), try real(v[1]!), relative: relative, absolute: absolute))
  }

  private static func dist(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try MathArguments.exactly(a, "dist", 2)
    let p = try iterate(v[0], interp).map(real)
    let q = try iterate(v[1], interp).map(real)
    guard p.count == q.count else {
      throw PyException.valueError("both points must have the same number of dimensions")
    }
    return .float(MathKernels.hypot(zip(p, q).map { $0 - $1 }))
  }

  private static func prod(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    if a.positional.count != 1 {
      throw PyException.typeError("prod() takes exactly 1 positional argument (\(a.positional.count) given)")
    }
    let v = try a.unpack("prod", ["iterable", "*", "start?"])
    var result = v[1] ?? .int(1)
    for item in try iterate(v[0]!, interp) { result = try interp.binary(.mult, result, item) }
    return result
  }
}

/// Argument-count checks of the `math` functions.
enum MathArguments {
  /// Exactly `count` positional arguments: `math.sqrt() takes exactly one argument (0 given)`
  /// or `pow expected 2 arguments, got 1`.
  static func exactly(_ a: Arguments, _ name: String, _ count: Int) throws -> [PyValue] {
    try a.expect(name, count: count)
    return a.positional
  }

  /// Argument Clinic's check of required parameters that may also be passed by keyword:
  /// `isclose() missing required argument 'a' (pos 1)`.
  static func required(_ a: Arguments, _ function: String, _ names: [String]) throws {
    for (k, name) in names.enumerated() where k >= a.positional.count && !a.keywords.contains(where: { $0.name == name }) {
      throw PyException.typeError("\(function)() missing required argument '\(name)' (pos \(k + 1))")
    }
  }
}

extension MathModule {
  /// Creates the `math` module object.
  static func make(_ interp: Interpreter) -> PyModule {
    let module = PyModule(name: "math")
    for (name, value) in constants { module[name] = value }
    for (name, function) in functions.sorted(by: { $0.key < $1.key }) {
      module[name] = .object(PyBuiltinFunction(name: name, body: function))
    }
    return module
  }
}
