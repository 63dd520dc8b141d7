/// numpy's one-operand ufuncs.
public enum UnaryOperation: Equatable, Sendable {
  case negative, positive, absolute, sign, square, reciprocal
  case logicalNot, invert, isnan, isinf, isfinite, signbit
  /// A C-library float function (`exp`, `log`, `floor`, `rint`, ...).
  case float(UnaryFloatFunction)

  /// The ufunc's name as numpy prints it.
  public var ufuncName: String {
    switch self {
    case .negative: return "negative"
    case .positive: return "positive"
    case .absolute: return "absolute"
    case .sign: return "sign"
    case .square: return "square"
    case .reciprocal: return "reciprocal"
    case .logicalNot: return "logical_not"
    case .invert: return "invert"
    case .isnan: return "isnan"
    case .isinf: return "isinf"
    case .isfinite: return "isfinite"
    case .signbit: return "signbit"
    case .float(let f): return f.rawValue
    }
  }

  var loopTypes: [DType] {
    let numbers = Array(DType.promotionOrder.dropFirst())
    switch self {
    case .negative, .positive, .sign, .square, .reciprocal: return numbers
    case .absolute, .logicalNot, .isnan, .isinf, .isfinite: return DType.promotionOrder
    case .invert: return DType.promotionOrder.filter { !$0.isFloatingPoint }
    case .signbit, .float: return [.float16, .float32, .float64]
    }
  }
}

extension NDArray {
  /// Applies a unary ufunc with numpy's type resolution (`exp` of int8 is float16, of int32 is
  /// float64).
  /// - Throws: numpy's TypeError for unsupported input types.
  public static func apply(_ operation: UnaryOperation, _ a: NDArray) throws -> NDArray {
    if operation == .negative && a.dtype == .bool {
      throw NDArrayError.type(
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or "
          + "the logical_not function instead.")
    }
    if a.dtype.isComplex { return try complexUnary(operation, a) }
    guard let loop = operation.loopTypes.first(where: { a.dtype.canCastSafely(to: $0) }) else {
      throw NDArrayError.type(
        "ufunc '\(operation.ufuncName)' not supported for the input types, and the inputs could not "
          + "be safely coerced to any supported types according to the casting rule ''safe''")
    }
    let x = a.converted(to: loop)
    switch loop {
    case .bool: return boolUnary(operation, x)
    case .int8: return integerUnary(Int8.self, operation, x)
    case .uint8: return integerUnary(UInt8.self, operation, x)
    case .int16: return integerUnary(Int16.self, operation, x)
    case .uint16: return integerUnary(UInt16.self, operation, x)
    case .int32: return integerUnary(Int32.self, operation, x)
    case .uint32: return integerUnary(UInt32.self, operation, x)
    case .int64: return integerUnary(Int64.self, operation, x)
    case .uint64: return integerUnary(UInt64.self, operation, x)
    case .float16: return floatUnary(Float16.self, operation, x)
    case .float32: return floatUnary(Float.self, operation, x)
    case .float64: return floatUnary(Double.self, operation, x)
    case .complex64, .complex128: return try complexUnary(operation, x)
    }
  }

  /// `-a`.
  public static prefix func - (a: NDArray) throws -> NDArray { try apply(.negative, a) }

  private static func boolUnary(_ operation: UnaryOperation, _ x: NDArray) -> NDArray {
    switch operation {
    case .logicalNot, .invert: return mapUnary(x) { (a: Bool) in !a }
    case .isnan, .isinf, .signbit: return mapUnary(x) { (_: Bool) in false }
    case .isfinite: return mapUnary(x) { (_: Bool) in true }
    case .absolute, .negative, .positive, .sign, .square, .reciprocal, .float:
      return mapUnary(x) { (a: Bool) in a }
    }
  }

  private static func integerUnary<T: IntegerElement>(
    _: T.Type, _ operation: UnaryOperation, _ x: NDArray
  ) -> NDArray {
    switch operation {
    case .negative: return mapUnary(x) { (a: T) in 0 &- a }
    case .positive: return mapUnary(x) { (a: T) in a }
    case .absolute: return mapUnary(x) { (a: T) in a < 0 ? 0 &- a : a }
    case .sign: return mapUnary(x) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? 0 &- 1 : 0) }
    case .square: return mapUnary(x) { (a: T) in a &* a }
    case .reciprocal:
      return mapUnary(x) { (a: T) -> T in T(truncatingIfNeeded: cInt64(1.0 / a.doubleValue)) }
    case .logicalNot: return mapUnary(x) { (a: T) in a == 0 }
    case .invert: return mapUnary(x) { (a: T) in ~a }
    case .isnan, .isinf, .signbit: return mapUnary(x) { (_: T) in false }
    case .isfinite: return mapUnary(x) { (_: T) in true }
    case .float: return mapUnary(x) { (a: T) in a }
    }
  }

  private static func floatUnary<T: FloatMath>(
    _: T.Type, _ operation: UnaryOperation, _ x: NDArray
  ) -> NDArray {
    switch operation {
    case .negative: return mapUnary(x) { (a: T) in -a }
    case .positive: return mapUnary(x) { (a: T) in a }
    case .absolute: return mapUnary(x) { (a: T) in Swift.abs(a) }
    case .sign: return mapUnary(x) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? -1 : (a == 0 ? 0 : a)) }
    case .square: return mapUnary(x) { (a: T) in a * a }
    case .reciprocal: return mapUnary(x) { (a: T) in 1 / a }
    case .logicalNot: return mapUnary(x) { (a: T) in a == 0 }
    case .invert: return mapUnary(x) { (a: T) in a }
    case .isnan: return mapUnary(x) { (a: T) in a.isNaN }
    case .isinf: return mapUnary(x) { (a: T) in a.isInfinite }
    case .isfinite: return mapUnary(x) { (a: T) in a.isFinite }
    case .signbit: return mapUnary(x) { (a: T) in a.sign == .minus }
    case .float(.exp) where T.self == Double.self && x.isContiguous:
      let result = NDArray(uninitializedShape: x.shape, dtype: .float64)
      NumpyExp.exp(x.base(Double.self), result.base(Double.self), count: x.size)
      return result
    case .float(.exp) where T.self == Double.self:
      let table = NumpyExp.table
      return mapUnary(x) { (a: Double) in NumpyExp.exp(a, table: table) }
    case .float(.exp) where T.self == Float.self:
      return mapUnary(x) { (a: Float) in NumpyExp.exp(a) }
    case .float(let function):
      let f = T.function(function)
      return mapUnary(x) { (a: T) in f(a) }
    }
  }
}
