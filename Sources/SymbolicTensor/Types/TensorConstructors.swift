import NumericArrays
import SymbolicGraph

/// The shapes of Theano's variable constructors (`scalar`, `vector`, `matrix`, ...).
public enum TensorKind: String, CaseIterable, Sendable {
  case scalar, vector, matrix, row, col, tensor3, tensor4

  /// The broadcastable pattern of the kind.
  public var broadcastable: [Bool] {
    switch self {
    case .scalar: return []
    case .vector: return [false]
    case .matrix: return [false, false]
    case .row: return [true, false]
    case .col: return [false, true]
    case .tensor3: return [false, false, false]
    case .tensor4: return [false, false, false, false]
    }
  }

  /// The dtype of a constructor prefix: `b` int8, `w` int16, `i` int32, `l` int64, `f` float32,
  /// `d` float64, `c` complex64, `z` complex128.
  public static func dtype(forPrefix prefix: Character) -> DType? {
    switch prefix {
    case "b": return .int8
    case "w": return .int16
    case "i": return .int32
    case "l": return .int64
    case "f": return .float32
    case "d": return .float64
    case "c": return .complex64
    case "z": return .complex128
    default: return nil
    }
  }
}

/// A new tensor input variable (Theano's `T.matrix("x")` and friends).
/// - Parameters:
///   - kind: its shape kind.
///   - dtype: its dtype (Theano's default is `floatX`).
///   - name: its name.
public func tensorVariable(_ kind: TensorKind, dtype: DType, name: String? = nil) -> Variable {
  Variable(type: TensorType(dtype, kind.broadcastable), name: name)
}

/// The configuration that typing rules depend on (Theano's `config.floatX`).
public struct TypingContext: Sendable, Hashable {
  /// The default float dtype (`float64` or `float32`).
  public var floatX: DType

  /// Creates a context.
  public init(floatX: DType = .float64) { self.floatX = floatX }
}

/// A tensor constant holding `array`; axes of length 1 are broadcastable (Theano's `constant`).
/// While a ``ConstantCache`` is bound, an equal constant made before may be returned instead
/// (with its own name).
public func constant(_ array: NDArray, name: String? = nil) -> Constant {
  let made = Constant(
    type: TensorType(array.dtype, array.shape.map { $0 == 1 }), value: array, name: name)
  return ConstantCache.current?.unique(made, array: array) ?? made
}

/// The dtype Theano gives a Python int: the smallest of int8, int16, int32, int64 holding it.
public func autocastIntDType(_ value: Int64) -> DType {
  if Int64(Int8.min)...Int64(Int8.max) ~= value { return .int8 }
  if Int64(Int16.min)...Int64(Int16.max) ~= value { return .int16 }
  if Int64(Int32.min)...Int64(Int32.max) ~= value { return .int32 }
  return .int64
}

/// The dtype Theano gives a Python float (its `autocast_float`): floatX when floatX is a candidate
/// other than float64, else the first candidate (float16 only when floatX is float16) that holds
/// the value exactly, else the last candidate (so `nan` is float64).
/// - Parameters:
///   - value: the Python float.
///   - context: the typing context (floatX).
///   - candidates: the dtypes to try, in order (`autocast_float_as` changes them).
public func autocastFloatDType(
  _ value: Double, context: TypingContext, candidates: [DType] = [.float16, .float32, .float64]
) -> DType {
  if context.floatX != .float64 && candidates.contains(context.floatX) { return context.floatX }
  let tried = candidates.filter { context.floatX == .float16 || $0 != .float16 }
  for dtype in tried {
    let cast = NDArray(scalar: .float(value), dtype: dtype).doubles[0]
    if cast == value { return dtype }
  }
  return tried.last ?? .float64
}

/// A scalar constant from a Python number with Theano's typing rules.
public func constant(_ scalar: Scalar, context: TypingContext, dtype: DType? = nil) -> Constant {
  let chosen: DType
  if let dtype {
    chosen = dtype
  } else {
    switch scalar {
    case .bool: chosen = .bool
    case .int(let value): chosen = autocastIntDType(value)
    case .uint: chosen = .uint64
    case .float(let value): chosen = autocastFloatDType(value, context: context)
    case .complex: chosen = .complex128
    }
  }
  return constant(NDArray(scalar: scalar, dtype: chosen))
}

/// Theano's `scal.upcast`: numpy's promotion of the dtypes (Theano keeps float32 only under
/// `cast_policy='numpy+floatX'`, not under the default `'custom'`: `int32 + float32` is float64
/// even when floatX is float32).
public func upcast(_ dtypes: [DType], context: TypingContext) -> DType {
  guard let first = dtypes.first else { return context.floatX }
  return dtypes.dropFirst().reduce(first) { $0.promoted(with: $1) }
}
