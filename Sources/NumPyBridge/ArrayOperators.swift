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

  /// Installs the operators; `inPlace` adds `__iadd__` and friends (ndarrays, not scalars).
  static func install(on type: PyType, inPlace: Bool) {
    for (name, operation) in binary + comparisons {
      type.defineMethod("__\(name)__") { interp, a in
        guard let other = operand(a.positional[1], interp) else { return BuiltinTypes.notImplemented }
        let this = try ArrayMethods.array(a.receiver)
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
