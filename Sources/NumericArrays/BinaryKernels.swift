/// The element loops of binary ufuncs, one generic function per element category.
extension NDArray {
  static func unsupportedLoop(_ operation: BinaryOperation, _ dtype: DType) -> NDArrayError {
    NDArrayError.type(
      "ufunc '\(operation.ufuncName)' not supported for the input types, and the inputs could not "
        + "be safely coerced to any supported types according to the casting rule ''safe''")
  }

  static func boolBinary(
    _ operation: BinaryOperation, _ x: NDArray, _ y: NDArray, _ shape: [Int]
  ) throws -> NDArray {
    switch operation {
    case .add, .maximum, .fmax, .logicalOr, .bitwiseOr:
      return try mapBinary(x, y, shape: shape) { (a: Bool, b: Bool) in a || b }
    case .multiply, .minimum, .fmin, .logicalAnd, .bitwiseAnd:
      return try mapBinary(x, y, shape: shape) { (a: Bool, b: Bool) in a && b }
    case .logicalXor, .bitwiseXor, .notEqual:
      return try mapBinary(x, y, shape: shape) { (a: Bool, b: Bool) in a != b }
    case .equal: return try mapBinary(x, y, shape: shape) { (a: Bool, b: Bool) in a == b }
    case .less: return try mapBinary(x, y, shape: shape) { (a: UInt8, b: UInt8) in a < b }
    case .lessEqual: return try mapBinary(x, y, shape: shape) { (a: UInt8, b: UInt8) in a <= b }
    case .greater: return try mapBinary(x, y, shape: shape) { (a: UInt8, b: UInt8) in a > b }
    case .greaterEqual: return try mapBinary(x, y, shape: shape) { (a: UInt8, b: UInt8) in a >= b }
    case .subtract, .trueDivide, .floorDivide, .remainder, .power, .arctan2, .hypot, .fmod,
      .leftShift, .rightShift:
      throw unsupportedLoop(operation, .bool)
    }
  }

  static func integerBinary<T: IntegerElement>(
    _: T.Type, _ operation: BinaryOperation, _ x: NDArray, _ y: NDArray, _ shape: [Int]
  ) throws -> NDArray {
    switch operation {
    case .add: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a &+ b }
    case .subtract: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a &- b }
    case .multiply: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a &* b }
    case .floorDivide: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in floorDivide(a, b) }
    case .remainder: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in pythonRemainder(a, b) }
    case .fmod:
      return try mapBinary(x, y, shape: shape) { (a: T, b: T) in
        b == 0 ? 0 : a.remainderReportingOverflow(dividingBy: b).partialValue
      }
    case .power:
      if T.isSigned, try apply(.less, y, NDArray(element: T.zero)).anyTrue {
        throw NDArrayError.value("Integers to negative integer powers are not allowed.")
      }
      return try mapBinary(x, y, shape: shape) { (a: T, b: T) in integerPower(a, b) }
    case .maximum, .fmax: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in Swift.max(a, b) }
    case .minimum, .fmin: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in Swift.min(a, b) }
    case .equal: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a == b }
    case .notEqual: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a != b }
    case .less: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a < b }
    case .lessEqual: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a <= b }
    case .greater: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a > b }
    case .greaterEqual: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a >= b }
    case .logicalAnd: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a != 0 && b != 0 }
    case .logicalOr: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a != 0 || b != 0 }
    case .logicalXor: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in (a != 0) != (b != 0) }
    case .bitwiseAnd: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a & b }
    case .bitwiseOr: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a | b }
    case .bitwiseXor: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a ^ b }
    case .leftShift:
      return try mapBinary(x, y, shape: shape) { (a: T, b: T) in
        b >= 0 && b < T.bitWidth ? a << b : 0
      }
    case .rightShift:
      return try mapBinary(x, y, shape: shape) { (a: T, b: T) in
        b >= 0 && b < T.bitWidth ? a >> b : (a < 0 ? 0 &- 1 : 0)
      }
    case .trueDivide, .arctan2, .hypot: throw unsupportedLoop(operation, T.dtype)
    }
  }

  static func floatBinary<T: FloatMath>(
    _: T.Type, _ operation: BinaryOperation, _ x: NDArray, _ y: NDArray, _ shape: [Int], into: NDArray?
  ) throws -> NDArray {
    switch operation {
    case .add: return try mapBinary(x, y, shape: shape, into: into) { (a: T, b: T) in a + b }
    case .subtract: return try mapBinary(x, y, shape: shape, into: into) { (a: T, b: T) in a - b }
    case .multiply: return try mapBinary(x, y, shape: shape, into: into) { (a: T, b: T) in a * b }
    case .trueDivide: return try mapBinary(x, y, shape: shape, into: into) { (a: T, b: T) in a / b }
    case .floorDivide:
      return try mapBinary(x, y, shape: shape) { (a: T, b: T) in floatDivmod(a, b).quotient }
    case .remainder:
      return try mapBinary(x, y, shape: shape) { (a: T, b: T) in floatDivmod(a, b).remainder }
    case .power, .fmod, .arctan2, .hypot:
      let f = T.function(binaryFunction(operation))
      return try mapBinary(x, y, shape: shape) { (a: T, b: T) in f(a, b) }
    case .maximum: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a >= b || a.isNaN ? a : b }
    case .minimum: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a <= b || a.isNaN ? a : b }
    case .fmax: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a >= b || b.isNaN ? a : b }
    case .fmin: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a <= b || b.isNaN ? a : b }
    case .equal: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a == b }
    case .notEqual: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a != b }
    case .less: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a < b }
    case .lessEqual: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a <= b }
    case .greater: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a > b }
    case .greaterEqual: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a >= b }
    case .logicalAnd: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a != 0 && b != 0 }
    case .logicalOr: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in a != 0 || b != 0 }
    case .logicalXor: return try mapBinary(x, y, shape: shape) { (a: T, b: T) in (a != 0) != (b != 0) }
    case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift:
      // Unreachable: the loop tables of bitwise ufuncs hold no float types.
      return try mapBinary(x, y, shape: shape) { (_: T, _: T) in T.nan }
    }
  }

  private static func binaryFunction(_ operation: BinaryOperation) -> BinaryFloatFunction {
    switch operation {
    case .arctan2: return .arctan2
    case .hypot: return .hypot
    case .fmod: return .fmod
    default: return .power
    }
  }
}

/// Python's floor division of integers; division by zero gives 0 as numpy's loop does.
@inline(__always)
func floorDivide<T: FixedWidthInteger>(_ a: T, _ b: T) -> T {
  if b == 0 { return 0 }
  let (quotient, overflow) = a.dividedReportingOverflow(by: b)
  if overflow { return quotient }
  if (a % b != 0) && ((a < 0) != (b < 0)) { return quotient - 1 }
  return quotient
}

/// Python's remainder (sign of the divisor); division by zero gives 0 as numpy's loop does.
@inline(__always)
func pythonRemainder<T: FixedWidthInteger>(_ a: T, _ b: T) -> T {
  if b == 0 { return 0 }
  let r = a.remainderReportingOverflow(dividingBy: b).partialValue
  if r != 0 && ((b < 0) != (r < 0)) { return r &+ b }
  return r
}

/// `a ** b` with wrapping arithmetic (b >= 0).
@inline(__always)
func integerPower<T: FixedWidthInteger>(_ a: T, _ b: T) -> T {
  var result: T = 1
  var base = a
  var exponent = b
  while exponent > 0 {
    if exponent & 1 == 1 { result = result &* base }
    base = base &* base
    exponent >>= 1
  }
  return result
}

/// numpy's `npy_divmod`: floor quotient and Python-convention remainder of floats.
@inline(__always)
func floatDivmod<T: FloatMath>(_ a: T, _ b: T) -> (quotient: T, remainder: T) {
  var mod = T.function(BinaryFloatFunction.fmod)(a, b)
  if b == 0 { return (a / b, mod) }
  var div = (a - mod) / b
  if mod != 0 {
    if (b < 0) != (mod < 0) {
      mod += b
      div -= 1
    }
  } else {
    mod = T(signOf: b, magnitudeOf: 0)
  }
  var floorDiv: T
  if div != 0 {
    floorDiv = div.rounded(.down)
    if div - floorDiv > 0.5 { floorDiv += 1 }
  } else {
    floorDiv = T(signOf: a / b, magnitudeOf: 0)
  }
  return (floorDiv, mod)
}
