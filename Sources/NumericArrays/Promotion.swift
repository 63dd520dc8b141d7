/// numpy 1.23's casting table, type promotion and value-based casting of scalars.
extension DType {
  /// Whether numpy's `can_cast(self, target, 'safe')` holds.
  public func canCastSafely(to target: DType) -> Bool {
    if self == target || self == .bool { return true }
    switch (kind, target.kind) {
    case ("i", "i"), ("u", "u"), ("f", "f"): return itemSize <= target.itemSize
    case ("u", "i"): return itemSize < target.itemSize
    case ("i", "f"), ("u", "f"): return floatItemSizeHolding >= 0 && target.itemSize >= floatItemSizeHolding
    case ("c", "c"): return itemSize <= target.itemSize
    case ("f", "c"): return 2 * itemSize <= target.itemSize
    case ("i", "c"), ("u", "c"): return 2 * floatItemSizeHolding <= target.itemSize
    default: return false
    }
  }

  /// The smallest float size that holds this integer type exactly enough for numpy (2 for 8-bit,
  /// 4 for 16-bit, 8 otherwise).
  private var floatItemSizeHolding: Int {
    switch itemSize {
    case 1: return 2
    case 2: return 4
    default: return 8
    }
  }

  /// numpy's ordering of types for promotion searches.
  static let promotionOrder: [DType] = [
    .bool, .int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .uint64,
    .float16, .float32, .float64, .complex64, .complex128,
  ]

  /// numpy's `promote_types(self, other)`.
  public func promoted(with other: DType) -> DType {
    if canCastSafely(to: other) { return other }
    if other.canCastSafely(to: self) { return self }
    return DType.promotionOrder.first { canCastSafely(to: $0) && other.canCastSafely(to: $0) }
      ?? .float64
  }
}

/// What type resolution needs to know about an operand: its dtype and, for 0-d operands, the
/// value that value-based casting inspects.
struct OperandType {
  let dtype: DType
  let scalarValue: Scalar?

  init(_ array: NDArray) {
    dtype = array.dtype
    scalarValue = array.ndim == 0 ? array.scalar(atFlatIndex: 0) : nil
  }

  /// numpy's `min_scalar_type` and whether the value would also fit the signed type of that size.
  var minimalType: (dtype: DType, smallUnsigned: Bool) {
    guard let value = scalarValue else { return (dtype, false) }
    switch dtype.kind {
    case "b": return (.bool, false)
    case "c":
      guard case .complex(let re, let im) = value else { return (dtype, false) }
      let fitsSingle = [re, im].allSatisfy { !$0.isFinite || ($0 > -3.4e38 && $0 < 3.4e38) }
      return (dtype == .complex64 || fitsSingle ? .complex64 : .complex128, false)
    case "i", "u":
      switch value {
      case .int(let v) where v < 0:
        if v >= -128 { return (.int8, false) }
        if v >= -32768 { return (.int16, false) }
        if v >= -2_147_483_648 { return (.int32, false) }
        return (.int64, false)
      case .int(let v): return OperandType.minimalUnsigned(UInt64(v))
      case .uint(let v): return OperandType.minimalUnsigned(v)
      case .bool, .float, .complex: return (dtype, false)
      }
    default:
      let v = value.doubleValue
      if dtype == .float16 || v.isNaN || v.isInfinite || (v > -65000 && v < 65000) {
        return (.float16, false)
      }
      if dtype == .float32 || (v > -3.4e38 && v < 3.4e38) { return (.float32, false) }
      return (.float64, false)
    }
  }

  private static func minimalUnsigned(_ v: UInt64) -> (dtype: DType, smallUnsigned: Bool) {
    if v < 256 { return (.uint8, v < 128) }
    if v < 65536 { return (.uint16, v < 32768) }
    if v < 4_294_967_296 { return (.uint32, v < 2_147_483_648) }
    return (.uint64, v < 1 << 63)
  }

  /// Whether this operand can be cast safely to `target`, by value when `byValue`.
  func canCast(to target: DType, byValue: Bool) -> Bool {
    if dtype.canCastSafely(to: target) { return true }
    guard byValue, scalarValue != nil else { return false }
    var (minimal, smallUnsigned) = minimalType
    if smallUnsigned && !target.isUnsigned { minimal = minimal.signedCounterpart }
    return minimal.canCastSafely(to: target)
  }
}

/// numpy's `should_use_min_scalar`: value-based casting applies when some operand is an array
/// (ndim > 0) and no 0-d operand has a higher kind than the arrays.
func usesValueBasedCasting(_ operands: [OperandType]) -> Bool {
  guard operands.count > 1 else { return false }
  var maxScalarKind = -1
  var maxArrayKind = -1
  for operand in operands {
    if operand.scalarValue != nil {
      maxScalarKind = max(maxScalarKind, operand.dtype.kindOrder)
    } else {
      maxArrayKind = max(maxArrayKind, operand.dtype.kindOrder)
    }
  }
  return maxArrayKind >= 0 && maxArrayKind >= maxScalarKind
}

extension NDArray {
  /// numpy's `result_type` of arrays and scalars (0-d arrays), with value-based casting.
  public static func resultType(_ arrays: [NDArray]) -> DType {
    let operands = arrays.map(OperandType.init)
    let byValue = usesValueBasedCasting(operands)
    var result: DType?
    var resultSmallUnsigned = false
    for operand in operands {
      let (type, smallUnsigned) = byValue ? operand.minimalType : (operand.dtype, false)
      guard let current = result else {
        result = type
        resultSmallUnsigned = smallUnsigned
        continue
      }
      result = promoteLegacy(type, current, smallUnsigned, resultSmallUnsigned)
      resultSmallUnsigned = smallUnsigned && resultSmallUnsigned
    }
    return result ?? .float64
  }

  /// numpy 1.23's `promote_types` with the "small unsigned" flags of value-based casting.
  private static func promoteLegacy(
    _ a: DType, _ b: DType, _ aSmall: Bool, _ bSmall: Bool
  ) -> DType {
    if aSmall && b != .bool && !b.isUnsigned { return a.signedCounterpart.promoted(with: b) }
    if bSmall && a != .bool && !a.isUnsigned { return b.signedCounterpart.promoted(with: a) }
    return a.promoted(with: b)
  }
}
