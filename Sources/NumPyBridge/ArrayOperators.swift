import MiniPython
import NumericArrays

/// Python operators of ndarrays and numpy scalars, as numpy's ufuncs.
enum ArrayOperators {
  /// Dunder names and their ufuncs (`__add__` / `__radd__` / `__iadd__`).
  static let binary: [(String, BinaryOperation)] = [
    ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
    ("floordiv", .floorDivide), ("mod", .remainder), ("pow", .power), ("and", .bitwiseAnd),
    ("or", .bitwiseOr), ("xor", .bitwiseXor), ("lshift", .leftShift), ("rshift", .rightShift),
  ]

  static let comparisons: [(String, BinaryOperation)] = [
    ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual), ("gt", .greater),
    ("ge", .greaterEqual),
  ]

  /// The operand as an array, or nil for values numpy would not treat as arrays here.
  static func operand(_ v: PyValue, _ interp: Interpreter) -> NDArray? {
    if let a = NumPy.arrayIfNumpy(v) { return a }
    if v.isComplex { return try? Conversion.array(v, interp) }
    switch v {
    case .none, .str: return nil
    case .bool, .int, .float: return try? Conversion.array(v, interp)
    case .object(let o):
      guard o is PyList || o is PyTuple else { return nil }
      return try? Conversion.array(v, interp)
    }
  }

  /// numpy's `fast_scalar_power` for `array ** exponent`: a float or complex ndarray to the
  /// power of a real scalar 1, -1, 0, 0.5 or 2 is `positive`, `reciprocal`, `ones_like`,
  /// `sqrt` or `square` (numpy scalars always use `power`).
  static func fastPower(_ base: NDArray, _ exponent: PyValue) -> NDArray? {
    guard base.dtype.isFloatingPoint || base.dtype.isComplex else { return nil }
    let value: Double
    switch exponent {
    case .bool(let b): value = b ? 1 : 0
    case .int(let i): value = Double(i)
    case .float(let f): value = f
    default:
      guard let scalar = NumPy.arrayIfNumpy(exponent), scalar.ndim == 0, "iuf".contains(scalar.dtype.kind),
        case .float(let item) = try? scalar.astype(.float64).item()
      else { return nil }
      value = item
    }
    switch value {
    case 1: return try? NDArray.apply(.positive, base)
    case -1: return try? NDArray.apply(.reciprocal, base)
    case 0: return try? NDArray.ones(base.shape, dtype: base.dtype)
    case 0.5: return try? NDArray.apply(.float(.sqrt), base)
    case 2: return try? NDArray.apply(.square, base)
    default: return nil
    }
  }

  /// Installs the operators; `inPlace` adds `__iadd__` and friends (ndarrays, not scalars).
  static func install(on type: PyType, inPlace: Bool) {
    for (name, operation) in binary + comparisons {
      type.defineMethod("__\(name)__") { interp, a in
        guard let other = operand(a.positional[1], interp) else { return BuiltinTypes.notImplemented }
        let this = try ArrayMethods.array(a.receiver)
        if inPlace && operation == .power, let result = fastPower(this, a.positional[1]) {
          return NumPy.wrapResult(result)
        }
        return NumPy.wrapResult(try bridged { try NDArray.apply(operation, this, other) })
      }
    }
    for (name, operation) in binary {
      type.defineMethod("__r\(name)__") { interp, a in
        guard let other = operand(a.positional[1], interp) else { return BuiltinTypes.notImplemented }
        let this = try ArrayMethods.array(a.receiver)
        return NumPy.wrapResult(try bridged { try NDArray.apply(operation, other, this) })
      }
      guard inPlace else { continue }
      type.defineMethod("__i\(name)__") { interp, a in
        guard let other = operand(a.positional[1], interp) else { return BuiltinTypes.notImplemented }
        let this = try ArrayMethods.array(a.receiver)
        if operation == .power, let result = fastPower(this, a.positional[1]) {
          try bridged { try this.assign(result) }
          return a.receiver
        }
        try bridged { try NDArray.applyInPlace(operation, this, other) }
        return a.receiver
      }
    }
    type.defineMethod("__matmul__") { interp, a in
      guard let other = operand(a.positional[1], interp) else { return BuiltinTypes.notImplemented }
      return NumPy.wrapResult(try bridged { try NDArray.matmul(try ArrayMethods.array(a.receiver), other) })
    }
    type.defineMethod("__rmatmul__") { interp, a in
      guard let other = operand(a.positional[1], interp) else { return BuiltinTypes.notImplemented }
      return NumPy.wrapResult(try bridged { try NDArray.matmul(other, try ArrayMethods.array(a.receiver)) })
    }
    let unary: [(String, UnaryOperation)] = [
      ("neg", .negative), ("pos", .positive), ("abs", .absolute), ("invert", .invert),
    ]
    for (name, operation) in unary {
      type.defineMethod("__\(name)__") { _, a in
        NumPy.wrapResult(try bridged { try NDArray.apply(operation, try ArrayMethods.array(a.receiver)) })
      }
    }
  }
}
