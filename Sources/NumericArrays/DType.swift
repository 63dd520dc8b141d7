/// The element types an ``NDArray`` can hold, spelled as numpy spells them.
///
/// The eight dtypes of the Quire API are `bool`, `int8`, `int16`, `int32`, `int64`, `uint8`,
/// `float32` and `float64`; `uint16`, `uint32`, `uint64` and `float16` exist as well because numpy's
/// type resolution produces them (`np.sum` of `uint8` is `uint64`, `np.exp` of `int8` is `float16`).
/// `complex64` and `complex128` store ``Complex64``/``Complex128`` elements.
public enum DType: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  case bool
  case int8
  case uint8
  case int16
  case uint16
  case int32
  case uint32
  case int64
  case uint64
  case float16
  case float32
  case float64
  case complex64
  case complex128

  /// The numpy name (`"float64"`, `"bool"`, ...).
  public var name: String { rawValue }

  /// The numpy name, as `str(dtype)` prints it.
  public var description: String { rawValue }

  /// The size of one element in bytes (`itemsize`).
  public var itemSize: Int {
    switch self {
    case .bool, .int8, .uint8: return 1
    case .int16, .uint16, .float16: return 2
    case .int32, .uint32, .float32: return 4
    case .int64, .uint64, .float64, .complex64: return 8
    case .complex128: return 16
    }
  }

  /// The numpy kind character: `b`, `i`, `u`, `f` or `c`.
  public var kind: Character {
    switch self {
    case .bool: return "b"
    case .int8, .int16, .int32, .int64: return "i"
    case .uint8, .uint16, .uint32, .uint64: return "u"
    case .float16, .float32, .float64: return "f"
    case .complex64, .complex128: return "c"
    }
  }

  /// The numpy type character (`dtype.char`), used in ufunc loop signatures.
  public var typeChar: Character {
    switch self {
    case .bool: return "?"
    case .int8: return "b"
    case .uint8: return "B"
    case .int16: return "h"
    case .uint16: return "H"
    case .int32: return "i"
    case .uint32: return "I"
    case .int64: return "l"
    case .uint64: return "L"
    case .float16: return "e"
    case .float32: return "f"
    case .float64: return "d"
    case .complex64: return "F"
    case .complex128: return "D"
    }
  }

  /// Whether the dtype is a floating-point type.
  public var isFloatingPoint: Bool { kind == "f" }
  /// Whether the dtype is a complex type.
  public var isComplex: Bool { kind == "c" }
  /// Whether the dtype is a signed or unsigned integer type (not bool).
  public var isInteger: Bool { kind == "i" || kind == "u" }
  /// Whether the dtype is an unsigned integer type.
  public var isUnsigned: Bool { kind == "u" }
  /// Whether the dtype is a signed integer type.
  public var isSignedInteger: Bool { kind == "i" }

  /// Looks a dtype up by a numpy spelling: names (`"float32"`), aliases (`"float"`, `"int"`,
  /// `"bool_"`, `"double"`) and type characters (`"f4"`, `"i8"`, `"d"`).
  /// - Parameter spelling: the name as a numpy user would write it.
  /// - Returns: the dtype, or `nil` when numpy would not understand the spelling either.
  public init?(numpyName spelling: String) {
    if let exact = DType(rawValue: spelling) {
      self = exact
      return
    }
    switch spelling {
    case "bool_", "?", "b1", "bool8": self = .bool
    case "b", "i1", "byte": self = .int8
    case "B", "u1", "ubyte": self = .uint8
    case "h", "i2", "short": self = .int16
    case "H", "u2", "ushort": self = .uint16
    case "i", "i4", "intc": self = .int32
    case "I", "u4", "uintc": self = .uint32
    case "l", "i8", "int", "int_", "long", "q", "longlong", "intp": self = .int64
    case "L", "u8", "uint", "ulonglong", "Q", "uintp": self = .uint64
    case "e", "f2", "half": self = .float16
    case "f", "f4", "single": self = .float32
    case "d", "f8", "float", "double", "float_": self = .float64
    case "F", "c8", "csingle", "singlecomplex": self = .complex64
    case "D", "c16", "complex", "complex_", "cdouble", "cfloat": self = .complex128
    default: return nil
    }
  }

  /// The position of the kind in numpy's simplified ordering used for value-based casting
  /// (bool 0, integers 1, floats and complex 2).
  var kindOrder: Int {
    switch kind {
    case "b": return 0
    case "i", "u": return 1
    default: return 2
    }
  }

  /// Bits of an integer dtype (8 for bool).
  var bitWidth: Int { itemSize * 8 }

  /// The signed integer dtype of the same size as an unsigned one (identity otherwise).
  var signedCounterpart: DType {
    switch self {
    case .uint8: return .int8
    case .uint16: return .int16
    case .uint32: return .int32
    case .uint64: return .int64
    case .bool, .int8, .int16, .int32, .int64, .float16, .float32, .float64, .complex64,
      .complex128:
      return self
    }
  }
}
