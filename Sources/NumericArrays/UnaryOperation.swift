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
    case .bool: return try boolUnary(operation, x)
    case .int8: return try integerUnary(Int8.self, operation, x)
    case .uint8: return try integerUnary(UInt8.self, operation, x)
    case .int16: return try integerUnary(Int16.self, operation, x)
    case .uint16: return try integerUnary(UInt16.self, operation, x)
    case .int32: return try integerUnary(Int32.self, operation, x)
    case .uint32: return try integerUnary(UInt32.self, operation, x)
    case .int64: return try integerUnary(Int64.self, operation, x)
    case .uint64: return try integerUnary(UInt64.self, operation, x)
    case .float16: return try floatUnary(Float16.self, operation, x)
    case .float32: return try floatUnary(Float.self, operation, x)
    case .float64: return try floatUnary(Double.self, operation, x)
    case .complex64, .complex128: return try complexUnary(operation, x)
    }
  }

  /// `-a`.
  public static prefix func - (a: NDArray) throws -> NDArray { try apply(.negative, a) }

  private static func boolUnary(_ operation: UnaryOperation, _ x: NDArray) throws -> NDArray {
    switch operation {
    case .logicalNot, .invert: return try mapUnary(x) { (a: Bool) in !a }
    case .isnan, .isinf, .signbit: return try mapUnary(x) { (_: Bool) in false }
    case .isfinite: return try mapUnary(x) { (_: Bool) in true }
    case .absolute, .negative, .positive, .sign, .square, .reciprocal, .float:
      return try mapUnary(x) { (a: Bool) in a }
    }
  }

  private static func integerUnary<T: IntegerElement>(
    _: T.Type, _ operation: UnaryOperation, _ x: NDArray
  ) throws -> NDArray {
    switch operation {
    case .negative: return try mapUnary(x) { (a: T) in 0 &- a }
    case .positive: return try mapUnary(x) { (a: T) in a }
    case .absolute: return try mapUnary(x) { (a: T) in a < 0 ? 0 &- a : a }
    case .sign: return try mapUnary(x) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? 0 &- 1 : 0) }
    case .square: return try mapUnary(x) { (a: T) in a &* a }
    case .reciprocal:
      return try mapUnary(x) { (a: T) -> T in T(truncatingIfNeeded: cInt64(1.0 / a.doubleValue)) }
    case .logicalNot: return try mapUnary(x) { (a: T) in a == 0 }
    case .invert: return try mapUnary(x) { (a: T) in ~a }
    case .isnan, .isinf, .signbit: return try mapUnary(x) { (_: T) in false }
    case .isfinite: return try mapUnary(x) { (_: T) in true }
    case .float: return try mapUnary(x) { (a: T) in a }
    }
  }

  private static func floatUnary<T: FloatMath>(
    _: T.Type, _ operation: UnaryOperation, _ x: NDArray
  ) throws -> NDArray {
    switch operation {
    case .negative: return try mapUnary(x) { (a: T) in -a }
    case .positive: return try mapUnary(x) { (a: T) in a }
    case .absolute: return try mapUnary(x) { (a: T) in Swift.abs(a) }
    case .sign: return try mapUnary(x) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? -1 : (a == 0 ? 0 : a)) }
    case .square: return try mapUnary(x) { (a: T) in a * a }
    case .reciprocal: return try mapUnary(x) { (a: T) in 1 / a }
    case .logicalNot: return try mapUnary(x) { (a: T) in a == 0 }
    case .invert: return try mapUnary(x) { (a: T) in a }
    case .isnan: return try mapUnary(x) { (a: T) in a.isNaN }
    case .isinf: return try mapUnary(x) { (a: T) in a.isInfinite }
    case .isfinite: return try mapUnary(x) { (a: T) in a.isFinite }
    case .signbit: return try mapUnary(x) { (a: T) in a.sign == .minus }
    case .float(.exp) where T.self == Double.self && x.isContiguous:
      let result = NDArray(uninitializedShape: x.shape, dtype: .float64)
      let (source, target) = (x.base(Double.self), result.base(Double.self))
      var chunks = Chunks(x.size)
      while let range = try chunks.next() {
        NumpyExp.exp(source + range.lowerBound, target + range.lowerBound, count: range.count)
      }
      return result
    case .float(.exp) where T.self == Double.self:
      let table = NumpyExp.table
      return try mapUnary(x) { (a: Double) in NumpyExp.exp(a, table: table) }
    case .float(.exp) where T.self == Float.self:
      return try mapUnary(x) { (a: Float) in NumpyExp.exp(a) }
    case .float(let function):
      let f = T.function(function)
      return try mapUnary(x) { (a: T) in f(a) }
    }
  }
}
