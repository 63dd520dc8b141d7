import Foundation

/// A Swift type that stores the elements of one ``DType``.
///
/// Conversions follow C's casts as numpy performs them (`astype`): floats truncate toward zero
/// when cast to integers, integers wrap when narrowed.
public protocol ArrayElement: Equatable {
  /// The dtype whose elements this type stores.
  static var dtype: DType { get }
  /// The element `0` (`false`).
  static var zero: Self { get }
  /// The element `1` (`true`).
  static var one: Self { get }
  /// The value as a Double (exact for every integer up to 2^53).
  var doubleValue: Double { get }
  /// The value as a Float, rounded once from the original value.
  var floatValue: Float { get }
  /// The value cast to Int64 with C semantics.
  var int64Value: Int64 { get }
  /// The value cast to UInt64 with C semantics.
  var uint64Value: UInt64 { get }
  /// Whether the value is non-zero.
  var boolValue: Bool { get }
  /// Converts an element of another type as numpy's `astype` does.
  init<S: ArrayElement>(castFrom value: S)
  /// The imaginary part as a Double (0 for real types).
  var imagValue: Double { get }
}

extension ArrayElement {
  public var imagValue: Double { 0 }
}

/// Integer element types (everything but bool and floats).
public protocol IntegerElement: ArrayElement, FixedWidthInteger {}

/// Floating-point element types.
public protocol FloatElement: ArrayElement, BinaryFloatingPoint {
  /// Rounds a Double to this type (correctly rounded).
  init(_ value: Double)
}

extension ArrayElement where Self: FixedWidthInteger {
  public static var zero: Self { 0 }
  public static var one: Self { 1 }
  public var doubleValue: Double { Double(self) }
  public var floatValue: Float { Float(self) }
  public var int64Value: Int64 { Int64(truncatingIfNeeded: self) }
  public var uint64Value: UInt64 { UInt64(truncatingIfNeeded: self) }
  public var boolValue: Bool { self != 0 }
  public init<S: ArrayElement>(castFrom value: S) {
    switch S.dtype.kind {
    case "f": self = Self(truncatingIfNeeded: cInt64(value.doubleValue))
    case "u": self = Self(truncatingIfNeeded: value.uint64Value)
    default: self = Self(truncatingIfNeeded: value.int64Value)
    }
  }
}

/// `(int64_t)x` as x86-64 computes it: out-of-range values and nan give Int64.min.
@inline(__always)
func cInt64(_ x: Double) -> Int64 {
  if x >= -9.223372036854775808e18 && x < 9.223372036854775808e18 { return Int64(x) }
  return Int64.min
}

extension Int8: IntegerElement { public static var dtype: DType { .int8 } }
extension UInt8: IntegerElement { public static var dtype: DType { .uint8 } }
extension Int16: IntegerElement { public static var dtype: DType { .int16 } }
extension UInt16: IntegerElement { public static var dtype: DType { .uint16 } }
extension Int32: IntegerElement { public static var dtype: DType { .int32 } }
extension UInt32: IntegerElement { public static var dtype: DType { .uint32 } }
extension Int64: IntegerElement { public static var dtype: DType { .int64 } }
extension UInt64: IntegerElement { public static var dtype: DType { .uint64 } }

extension Bool: ArrayElement {
  public static var dtype: DType { .bool }
  public static var zero: Bool { false }
  public static var one: Bool { true }
  public var doubleValue: Double { self ? 1 : 0 }
  public var floatValue: Float { self ? 1 : 0 }
  public var int64Value: Int64 { self ? 1 : 0 }
  public var uint64Value: UInt64 { self ? 1 : 0 }
  public var boolValue: Bool { self }
  public init<S: ArrayElement>(castFrom value: S) { self = value.boolValue }
}

extension ArrayElement where Self: BinaryFloatingPoint {
  public static var zero: Self { 0 }
  public static var one: Self { 1 }
  public var boolValue: Bool { self != 0 }
  public var int64Value: Int64 { cInt64(doubleValue) }
  public var uint64Value: UInt64 {
    let x = doubleValue
    if x >= 0 && x < 1.8446744073709551616e19 { return UInt64(x) }
    return UInt64(bitPattern: cInt64(x))
  }
}

extension Double: FloatElement {
  public static var dtype: DType { .float64 }
  public var doubleValue: Double { self }
  public var floatValue: Float { Float(self) }
  public init<S: ArrayElement>(castFrom value: S) {
    switch S.dtype.kind {
    case "u": self = Double(value.uint64Value)
    case "i": self = Double(value.int64Value)
    default: self = value.doubleValue
    }
  }
}

extension Float: FloatElement {
  public static var dtype: DType { .float32 }
  public var doubleValue: Double { Double(self) }
  public var floatValue: Float { self }
  public init<S: ArrayElement>(castFrom value: S) {
    switch S.dtype.kind {
    case "u": self = Float(value.uint64Value)
    case "i": self = Float(value.int64Value)
    default: self = value.floatValue
    }
  }
}

extension Float16: FloatElement {
  public static var dtype: DType { .float16 }
  public var doubleValue: Double { Double(self) }
  public var floatValue: Float { Float(self) }
  public init<S: ArrayElement>(castFrom value: S) {
    switch S.dtype.kind {
    case "u": self = Float16(Double(value.uint64Value))
    case "i": self = Float16(Double(value.int64Value))
    default: self = Float16(value.doubleValue)
    }
  }
}
