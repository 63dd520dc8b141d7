import NumericArrays
import SymbolicGraph

/// The type of tensor variables (Theano's `TensorType`): a dtype and a broadcastable pattern.
///
/// A `true` in the pattern declares that the axis always has length 1 (and may broadcast).
public struct TensorType: VariableType {
  /// The element type.
  public let dtype: DType
  /// One flag per axis: whether the axis is broadcastable.
  public let broadcastable: [Bool]

  /// Creates a tensor type.
  public init(_ dtype: DType, _ broadcastable: [Bool]) {
    self.dtype = dtype
    self.broadcastable = broadcastable
  }

  /// The number of axes.
  public var ndim: Int { broadcastable.count }

  /// `TensorType(float64, matrix)`; patterns without a name print as `3D` or a tuple of flags.
  public var description: String {
    let pattern: String
    switch broadcastable {
    case []: pattern = "scalar"
    case [false]: pattern = "vector"
    case [false, true]: pattern = "col"
    case [true, false]: pattern = "row"
    case [false, false]: pattern = "matrix"
    default:
      if broadcastable.contains(true) {
        let flags = broadcastable.map { $0 ? "True" : "False" }
        pattern = broadcastable.count == 1 ? "(\(flags[0]),)" : "(\(flags.joined(separator: ", ")))"
      } else {
        pattern = "\(broadcastable.count)D"
      }
    }
    return "TensorType(\(dtype), \(pattern))"
  }

  /// Checks a runtime value (Theano's `TensorType.filter`).
  public func filter(_ value: Any, strict: Bool, allowDowncast: Bool?) throws -> Any {
    guard var array = value as? NDArray else {
      throw TensorError.type("Expected an array-like object, but found a Variable")
    }
    if array.dtype != dtype {
      if strict {
        throw TensorError.type("\(self) expected a ndarray object with dtype = \(dtype) (got \(array.dtype)).")
      }
      if allowDowncast == true || array.dtype.promoted(with: dtype) == dtype {
        array = array.astype(dtype)
      } else {
        throw TensorError.type(
          "TensorType(\(dtype), \(describePattern)) cannot store a value of dtype \(array.dtype) "
            + "without risking loss of precision. If you do not mind this loss, you can: 1) "
            + "explicitly cast your data to \(dtype), or 2) set \"allow_input_downcast=True\" "
            + "when calling \"function\". Value: \"\(formatRepr(array))\"")
      }
    }
    guard array.ndim == ndim else {
      throw TensorError.type(
        "Wrong number of dimensions: expected \(ndim), got \(array.ndim) with shape "
          + "\(pythonTuple(array.shape)).")
    }
    for (axis, flag) in broadcastable.enumerated() where flag && array.shape[axis] != 1 {
      throw TensorError(
        "TypeError", arguments: "Non-unit value on shape on a broadcastable dimension.",
        [pythonTuple(array.shape), pythonTuple(broadcastable.map { $0 ? "True" : "False" })])
    }
    return array
  }

  private var describePattern: String {
    String(description.dropFirst("TensorType(\(dtype), ".count).dropLast())
  }

  /// `TensorConstant{0}`, `TensorConstant{(2,) of 2}`, `TensorConstant{[1 2 3]}`.
  public func constantDescription(_ value: Any) -> String {
    guard let array = value as? NDArray else { return "TensorConstant{\(value)}" }
    var text: String
    let scalars = array.scalars
    if array.ndim > 0, let first = scalars.first, scalars.allSatisfy({ $0 == first }) {
      text = "\(pythonTuple(array.shape)) of \(formatScalar(first, dtype: array.dtype))"
    } else {
      text = formatStr(array)
    }
    if text.count > 20 { text = String(text.prefix(10)) + ".." + String(text.suffix(10)) }
    return "TensorConstant{\(text)}"
  }

  /// Equal shapes and elements (NaNs equal), or closeness within Theano's DebugMode tolerance.
  public func valuesAreClose(_ a: Any, _ b: Any) -> Bool {
    guard let a = a as? NDArray, let b = b as? NDArray, a.shape == b.shape else { return false }
    let tolerance = dtype == .float32 || dtype == .float16 ? 1e-4 : 1e-8
    let parts = { (array: NDArray) in array.scalars.flatMap { [$0.complexParts.0, $0.complexParts.1] } }
    for (x, y) in zip(parts(a), parts(b)) {
      if x.isNaN && y.isNaN { continue }
      if x == y { continue }
      if abs(x - y) > tolerance + tolerance * abs(y) { return false }
    }
    return true
  }

  /// The dtype, shape and elements, both parts of complex ones (`-0.0` equals `0.0`, as numpy's
  /// `==` says).
  public func constantSignature(_ value: Any) -> AnyHashable {
    guard let array = value as? NDArray else { return AnyHashable("\(value)") }
    let bits = array.scalars.flatMap { scalar -> [UInt64] in
      let (real, imag) = scalar.complexParts
      return array.dtype.isComplex
        ? [(real == 0 ? 0.0 : real).bitPattern, (imag == 0 ? 0.0 : imag).bitPattern]
        : [(real == 0 ? 0.0 : real).bitPattern]
    }
    return AnyHashable(ConstantData(dtype: array.dtype, shape: array.shape, bits: bits))
  }
}

private struct ConstantData: Hashable {
  let dtype: DType
  let shape: [Int]
  let bits: [UInt64]
}

extension Variable {
  /// The tensor type of this variable, when it is a tensor.
  public var tensorType: TensorType? { type as? TensorType }
  /// The number of axes of a tensor variable (0 for other types).
  public var ndim: Int { tensorType?.ndim ?? 0 }
  /// The dtype of a tensor variable.
  public var dtype: DType? { tensorType?.dtype }
  /// The broadcastable pattern of a tensor variable.
  public var broadcastable: [Bool] { tensorType?.broadcastable ?? [] }
}
