import NumericArrays
import SymbolicGraph

/// The type of symbolic scalars that index tensors (Theano's `theano.scalar.Scalar`): printed
/// as its dtype (`int64`); its constants print `Constant{0}`.
public struct ScalarType: VariableType {
  /// The dtype.
  public let dtype: DType

  /// Creates a scalar type.
  public init(_ dtype: DType) { self.dtype = dtype }

  public var description: String { dtype.name }

  public func filter(_ value: Any, strict: Bool, allowDowncast: Bool?) throws -> Any {
    guard let array = value as? NDArray, array.ndim == 0 else {
      throw TensorError.type("\(self) expects a scalar")
    }
    return array.dtype == dtype ? array : array.astype(dtype)
  }

  public func constantDescription(_ value: Any) -> String {
    guard let array = value as? NDArray else { return "Constant{\(value)}" }
    return "Constant{\(array.numpyStr)}"
  }

  public func valuesAreClose(_ a: Any, _ b: Any) -> Bool {
    TensorType(dtype, []).valuesAreClose(a, b)
  }

  public func constantSignature(_ value: Any) -> AnyHashable {
    TensorType(dtype, []).constantSignature(value)
  }
}

/// An int64 scalar constant (Theano's `scal.constant(i)` for Python ints in an index).
public func scalarConstant(_ value: Int64) -> Constant {
  Constant(type: ScalarType(.int64), value: NDArray(scalar: .int(value), dtype: .int64))
}
