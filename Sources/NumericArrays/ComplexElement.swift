/// The element types of `complex64` and `complex128`: a real and an imaginary part, stored as
/// numpy stores them (two adjacent floats).
///
/// Casting a complex value to a real dtype keeps the real part (numpy's `astype`, which only
/// warns); casting a real value to complex gives a zero imaginary part.
public protocol ComplexElement: ArrayElement {
  /// The real part type (`Float` or `Double`).
  associatedtype Part: FloatElement
  /// The real part.
  var real: Part { get }
  /// The imaginary part.
  var imag: Part { get }
  /// Creates a value from its parts.
  init(real: Part, imag: Part)
}

extension ComplexElement {
  public static var zero: Self { Self(real: 0, imag: 0) }
  public static var one: Self { Self(real: 1, imag: 0) }
  public var doubleValue: Double { Double(real) }
  public var floatValue: Float { Float(real) }
  public var imagValue: Double { Double(imag) }
  public var int64Value: Int64 { cInt64(Double(real)) }
  public var uint64Value: UInt64 { Double(real).uint64Value }
  public var boolValue: Bool { real != 0 || imag != 0 }
  public init<S: ArrayElement>(castFrom value: S) {
    self.init(real: Part(castFrom: value), imag: Part(value.imagValue))
  }

  /// The value as a pair of Doubles.
  var parts: (Double, Double) { (Double(real), Double(imag)) }
  /// A value from a pair of Doubles, rounded to the part type.
  init(_ parts: (Double, Double)) { self.init(real: Part(parts.0), imag: Part(parts.1)) }
}

/// A `complex64` element: two `Float`s.
public struct Complex64: ComplexElement, Sendable {
  public var real: Float
  public var imag: Float
  public static var dtype: DType { .complex64 }
  public init(real: Float, imag: Float) {
    self.real = real
    self.imag = imag
  }
}

/// A `complex128` element: two `Double`s.
public struct Complex128: ComplexElement, Sendable {
  public var real: Double
  public var imag: Double
  public static var dtype: DType { .complex128 }
  public init(real: Double, imag: Double) {
    self.real = real
    self.imag = imag
  }
}
