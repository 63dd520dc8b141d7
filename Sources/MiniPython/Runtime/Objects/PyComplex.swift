/// A Python `complex` value: two `Double` parts, immutable.
///
/// Native modules read and make complex numbers through `PyValue.complexParts` and
/// `PyValue.complex(_:_:)` (see <doc:NativeModules>).
public final class PyComplex: PyObject {
  /// The real part.
  public let real: Double
  /// The imaginary part.
  public let imag: Double

  /// Creates a complex number (of `type`, a subclass of `complex`, for `class C(complex)`).
  public init(real: Double, imag: Double, type: PyType = BuiltinTypes.complex) {
    self.real = real
    self.imag = imag
    super.init(type: type)
  }
}

extension PyValue {
  /// A Python `complex` with these parts.
  public static func complex(_ real: Double, _ imag: Double) -> PyValue {
    .object(PyComplex(real: real, imag: imag))
  }

  /// The parts of a `complex` value; nil for every other value (ints and floats included).
  public var complexValue: (real: Double, imag: Double)? {
    guard let c = object as? PyComplex else { return nil }
    return (c.real, c.imag)
  }

  /// The value as a complex number when it is a `bool`, `int`, `float` or `complex`
  /// (what CPython's arithmetic accepts as a complex operand); nil otherwise.
  public var complexParts: (real: Double, imag: Double)? {
    switch self {
    case .bool(let b): return (b ? 1 : 0, 0)
    case .int(let i): return (Double(i), 0)
    case .float(let d): return (d, 0)
    case .object(let o):
      guard let c = o as? PyComplex else { return nil }
      return (c.real, c.imag)
    case .none, .str: return nil
    }
  }

  /// `True` for a `complex` value.
  public var isComplex: Bool { object is PyComplex }
}
