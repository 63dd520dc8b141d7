import Foundation

/// The `cmath` module: complex square root, exponential, logarithms, polar form, the
/// trigonometric and hyperbolic functions and their inverses, predicates and constants, with
/// CPython's results and messages (`CMathKernels`).
enum CMathModule {
  typealias Parts = ComplexKernels.Parts

  nonisolated(unsafe) static let constants: [String: PyValue] = [
    "pi": .float(Double.pi), "e": .float(2.718281828459045), "tau": .float(2 * Double.pi),
    "inf": .float(.infinity), "nan": .float(.nan), "infj": .complex(0, .infinity), "nanj": .complex(0, .nan),
  ]

  nonisolated(unsafe) static let functions: [String: NativeFunction] = {
    let table: [String: NativeFunction] = [
      "sqrt": unary("sqrt", CMathKernels.sqrt),
      "exp": unary("exp", CMathKernels.exp),
      "log10": unary("log10") { z in
        let l = try CMathKernels.log(z)
        return (l.real / CMathKernels.ln10, l.imag / CMathKernels.ln10)
      },
      "sin": unary("sin") { z in try CMathKernels.rotated(z, CMathKernels.sinh) },
      "cos": unary("cos", CMathKernels.cosine),
      "tan": unary("tan") { z in try CMathKernels.rotated(z, CMathKernels.tanh) },
      "asin": unary("asin") { z in try CMathKernels.rotated(z, CMathKernels.asinh) },
      "acos": unary("acos", CMathKernels.acos),
      "atan": unary("atan") { z in try CMathKernels.rotated(z, CMathKernels.atanh) },
      "sinh": unary("sinh", CMathKernels.sinh),
      "cosh": unary("cosh", CMathKernels.cosh),
      "tanh": unary("tanh", CMathKernels.tanh),
      "asinh": unary("asinh", CMathKernels.asinh),
      "acosh": unary("acosh", CMathKernels.acosh),
      "atanh": unary("atanh", CMathKernels.atanh),
      "log": log,
      "phase": { interp, a in
        let z = try complexArgument(interp, try MathArguments.exactly(a, "cmath.phase", 1)[0])
        return .float(atan2(z.imag, z.real))
      },
      "polar": { interp, a in
        let z = try complexArgument(interp, try MathArguments.exactly(a, "cmath.polar", 1)[0])
        let r = try ComplexKernels.magnitude(z)
        return .tuple([.float(r), .float(atan2(z.imag, z.real))])
      },
      "rect": { _, a in
        let v = try MathArguments.exactly(a, "rect", 2)
        let z = try CMathKernels.rect(try MathModule.real(v[0]), try MathModule.real(v[1]))
        return .complex(z.real, z.imag)
      },
      "isfinite": predicate("isfinite") { $0.real.isFinite && $0.imag.isFinite },
      "isinf": predicate("isinf") { $0.real.isInfinite || $0.imag.isInfinite },
      "isnan": predicate("isnan") { $0.real.isNaN || $0.imag.isNaN },
      "isclose": isClose,
    ]
    return table
  }()

  /// A `complex` argument: a number, or an object with `__complex__`, `__float__` or `__index__`
  /// (`must be real number, not str`).
  static func complexArgument(_ interp: Interpreter, _ v: PyValue) throws -> Parts {
    if let z = try ComplexConstructor.operand(interp, v, allowComplexHook: true) { return z }
    throw PyException.typeError("must be real number, not \(v.typeName)")
  }

  private static func unary(_ name: String, _ f: @escaping (Parts) throws -> Parts) -> NativeFunction {
    { interp, a in
      let z = try f(try complexArgument(interp, try MathArguments.exactly(a, "cmath.\(name)", 1)[0]))
      return .complex(z.real, z.imag)
    }
  }

  private static func predicate(_ name: String, _ f: @escaping (Parts) -> Bool) -> NativeFunction {
    { interp, a in .bool(f(try complexArgument(interp, try MathArguments.exactly(a, "cmath.\(name)", 1)[0]))) }
  }

  /// `log(z[, base])`: `log(z) / log(base)` by complex division.
  private static func log(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.noKeywords("log")
    let n = a.positional.count
    if n < 1 { throw PyException.typeError("log expected at least 1 argument, got \(n)") }
    if n > 2 { throw PyException.typeError("log expected at most 2 arguments, got \(n)") }
    let x = try complexArgument(interp, a.positional[0])
    guard n == 2 else {
      let l = try CMathKernels.log(x)
      return .complex(l.real, l.imag)
    }
    let y = try complexArgument(interp, a.positional[1])
    let lx = try CMathKernels.log(x)
    let ly = try CMathKernels.log(y)
    guard let q = ComplexKernels.quotient(lx, ly) else { throw CMathKernels.domainError() }
    return .complex(q.real, q.imag)
  }

  private static func isClose(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    if a.positional.count > 2 {
      throw PyException.typeError("isclose() takes exactly 2 positional arguments (\(a.positional.count) given)")
    }
    try MathArguments.required(a, "isclose", ["a", "b"])
    let v = try a.unpack("isclose", ["a", "b", "*", "rel_tol?", "abs_tol?"])
    let relative = try v[2].map(MathModule.real) ?? 1e-09
    let absolute = try v[3].map(MathModule.real) ?? 0
    return .bool(try CMathKernels.isClose(
      try complexArgument(interp, v[0]!), try complexArgument(interp, v[1]!), relative: relative, absolute: absolute))
  }

  /// Creates the `cmath` module object.
  static func make(_ interp: Interpreter) -> PyModule {
    let module = PyModule(name: "cmath")
    for (name, value) in constants { module[name] = value }
    for (name, function) in functions.sorted(by: { $0.key < $1.key }) {
      module[name] = .object(PyBuiltinFunction(name: name, body: function))
    }
    return module
  }
}
