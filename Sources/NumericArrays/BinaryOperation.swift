/// numpy's two-operand ufuncs.
public enum BinaryOperation: String, CaseIterable, Sendable {
  case add, subtract, multiply
  case trueDivide = "true_divide"
  case floorDivide = "floor_divide"
  case remainder, power, maximum, minimum, fmax, fmin, arctan2, hypot, fmod
  case equal
  case notEqual = "not_equal"
  case less
  case lessEqual = "less_equal"
  case greater
  case greaterEqual = "greater_equal"
  case logicalAnd = "logical_and"
  case logicalOr = "logical_or"
  case logicalXor = "logical_xor"
  case bitwiseAnd = "bitwise_and"
  case bitwiseOr = "bitwise_or"
  case bitwiseXor = "bitwise_xor"
  case leftShift = "left_shift"
  case rightShift = "right_shift"

  /// The ufunc's name as numpy prints it.
  public var ufuncName: String { rawValue }

  /// Whether the result is bool whatever the loop type.
  var returnsBool: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .logicalAnd, .logicalOr,
      .logicalXor:
      return true
    case .add, .subtract, .multiply, .trueDivide, .floorDivide, .remainder, .power, .maximum,
      .minimum, .fmax, .fmin, .arctan2, .hypot, .fmod, .bitwiseAnd, .bitwiseOr, .bitwiseXor,
      .leftShift, .rightShift:
      return false
    }
  }

  /// Whether numpy resolves the loop with `result_type` (its "simple uniform" and comparison
  /// resolvers) rather than by searching the loop list.
  var usesResultType: Bool {
    switch self {
    case .add, .subtract, .multiply, .maximum, .minimum, .fmax, .fmin, .equal, .notEqual, .less,
      .lessEqual, .greater, .greaterEqual, .logicalAnd, .logicalOr, .logicalXor:
      return true
    case .trueDivide, .floorDivide, .remainder, .power, .arctan2, .hypot, .fmod, .bitwiseAnd,
      .bitwiseOr, .bitwiseXor, .leftShift, .rightShift:
      return false
    }
  }

  /// The loop types numpy searches, in its order.
  var loopTypes: [DType] {
    let numbers = Array(DType.promotionOrder.dropFirst())
    let reals = numbers.filter { !$0.isComplex }
    let integers = numbers.filter(\.isInteger)
    let floats: [DType] = [.float16, .float32, .float64]
    switch self {
    case .add, .multiply, .maximum, .minimum, .fmax, .fmin, .equal, .notEqual, .less, .lessEqual,
      .greater, .greaterEqual, .logicalAnd, .logicalOr, .logicalXor:
      return DType.promotionOrder
    case .subtract, .power: return numbers
    case .floorDivide, .remainder, .fmod: return reals
    case .trueDivide: return floats + [.complex64, .complex128]
    case .arctan2, .hypot: return floats
    case .bitwiseAnd, .bitwiseOr, .bitwiseXor: return [.bool] + integers
    case .leftShift, .rightShift: return integers
    }
  }
}

extension NDArray {
  /// The loop dtype numpy's type resolver picks for a binary ufunc, with value-based casting.
  /// - Throws: numpy's TypeError when no loop accepts the operands.
  public static func loopType(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray) throws -> DType {
    let operands = [OperandType(a), OperandType(b)]
    if operation == .subtract && a.dtype == .bool && b.dtype == .bool {
      throw NDArrayError.type(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
          + "operator, or the logical_xor function instead.")
    }
    if operation == .trueDivide && operands.allSatisfy({ !$0.dtype.isFloatingPoint && !$0.dtype.isComplex }) {
      return .float64
    }
    if operation.usesResultType { return resultType([a, b]) }
    let byValue = usesValueBasedCasting(operands)
    for candidate in operation.loopTypes
    where operands.allSatisfy({ $0.canCast(to: candidate, byValue: byValue) }) {
      return candidate
    }
    throw NDArrayError.type(
      "ufunc '\(operation.ufuncName)' not supported for the input types, and the inputs could not "
        + "be safely coerced to any supported types according to the casting rule ''safe''")
  }

  /// Applies a binary ufunc with numpy's broadcasting and type resolution.
  /// - Throws: ValueError for incompatible shapes, TypeError for unsupported types, ValueError
  ///   for integer powers with negative exponents.
  public static func apply(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray) throws -> NDArray {
    try apply(operation, a, b, firstIsTemporary: false)
  }

  /// `apply` for an operand that only the caller's expression holds: when it is uniquely
  /// referenced, contiguous and already of the result's dtype and shape, the result is written
  /// into its buffer instead of a new one (numpy's temporary elision in `x * y + z`).
  static func applyConsuming(_ operation: BinaryOperation, _ a: consuming NDArray, _ b: NDArray) throws -> NDArray {
    var first = a
    let unique = isKnownUniquelyReferenced(&first.storage)
    return try apply(operation, first, b, firstIsTemporary: unique)
  }

  private static func apply(
    _ operation: BinaryOperation, _ a: NDArray, _ b: NDArray, firstIsTemporary: Bool
  ) throws -> NDArray {
    let loop = try loopType(operation, a, b)
    let shape = try broadcastShape([a.shape, b.shape])
    try ArrayMemory.reserve(shape: shape, dtype: loop)
    let x = a.converted(to: loop)
    let y = b.converted(to: loop)
    let reusable =
      firstIsTemporary && !operation.returnsBool && a.dtype == loop && a.shape == shape && a.isContiguous
      && a.offset == 0 && a.storage.byteCount == a.byteCount
    let into = reusable ? a : nil
    switch loop {
    case .bool: return try boolBinary(operation, x, y, shape)
    case .int8: return try integerBinary(Int8.self, operation, x, y, shape)
    case .uint8: return try integerBinary(UInt8.self, operation, x, y, shape)
    case .int16: return try integerBinary(Int16.self, operation, x, y, shape)
    case .uint16: return try integerBinary(UInt16.self, operation, x, y, shape)
    case .int32: return try integerBinary(Int32.self, operation, x, y, shape)
    case .uint32: return try integerBinary(UInt32.self, operation, x, y, shape)
    case .int64: return try integerBinary(Int64.self, operation, x, y, shape)
    case .uint64: return try integerBinary(UInt64.self, operation, x, y, shape)
    case .float16: return try floatBinary(Float16.self, operation, x, y, shape, into: into)
    case .float32: return try floatBinary(Float.self, operation, x, y, shape, into: into)
    case .float64: return try floatBinary(Double.self, operation, x, y, shape, into: into)
    case .complex64: return try complexBinary(Complex64.self, operation, x, y, shape)
    case .complex128: return try complexBinary(Complex128.self, operation, x, y, shape)
    }
  }

  /// `a + b`.
  public static func + (a: consuming NDArray, b: NDArray) throws -> NDArray { try applyConsuming(.add, a, b) }
  /// `a - b`.
  public static func - (a: consuming NDArray, b: NDArray) throws -> NDArray {
    try applyConsuming(.subtract, a, b)
  }
  /// `a * b`.
  public static func * (a: consuming NDArray, b: NDArray) throws -> NDArray {
    try applyConsuming(.multiply, a, b)
  }
  /// `a / b` (true division).
  public static func / (a: consuming NDArray, b: NDArray) throws -> NDArray {
    try applyConsuming(.trueDivide, a, b)
  }
  /// `a % b` (Python's sign convention).
  public static func % (a: NDArray, b: NDArray) throws -> NDArray { try apply(.remainder, a, b) }
}

extension DType {
  /// numpy's `can_cast(self, target, 'same_kind')`.
  public func canCastSameKind(to target: DType) -> Bool {
    func rank(_ kind: Character) -> Int {
      switch kind {
      case "b": return 0
      case "u": return 1
      case "i": return 2
      default: return 3
      }
    }
    return canCastSafely(to: target) || rank(kind) <= rank(target.kind)
  }
}

extension NDArray {
  /// An in-place ufunc (`a += b`): the result is cast back into `a` under numpy's `same_kind` rule.
  /// - Throws: `_UFuncOutputCastingError` when the result type cannot be cast to `a`'s dtype, and the
  ///   errors of ``apply(_:_:_:)-(BinaryOperation,_,_)``; ValueError when `b` would broadcast `a` larger.
  public static func applyInPlace(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray) throws {
    if (try? broadcastShape([a.shape, b.shape])) == nil {
      // numpy lists the output operand (`a`) too.
      throw NDArrayError.value(
        "operands could not be broadcast together with shapes \(shapeText(a.shape)) "
          + "\(shapeText(b.shape)) \(shapeText(a.shape)) ")
    }
    let result = try apply(operation, a, b)
    guard result.dtype.canCastSameKind(to: a.dtype) else {
      throw NDArrayError(
        .ufuncOutputCastingError,
        "Cannot cast ufunc '\(operation.ufuncName)' output from dtype('\(result.dtype.name)') to "
          + "dtype('\(a.dtype.name)') with casting rule 'same_kind'")
    }
    guard result.shape == a.shape else {
      throw NDArrayError.value(
        "non-broadcastable output operand with shape \(shapeTuple(a.shape)) doesn't match the broadcast "
          + "shape \(shapeTuple(result.shape))")
    }
    try a.assign(result)
  }
}
