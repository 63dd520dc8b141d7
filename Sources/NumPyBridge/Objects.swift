import MiniPython
import NumericArrays

/// A Python `numpy.ndarray`: a Swift ``NDArray`` (shared buffer, numpy's view semantics).
public final class PyNDArray: PyObject {
  /// The array.
  public var array: NDArray

  init(_ array: NDArray) {
    self.array = array
    super.init(type: NumPyTypes.ndarray)
  }
}

/// A numpy scalar (`numpy.float64(1.5)`, `numpy.int8(3)`, `numpy.bool_(True)`): a 0-d array
/// whose class is the scalar type of its dtype.
public final class PyNumpyScalar: PyObject {
  /// The value as a 0-d array.
  public let value: NDArray

  init(_ value: NDArray) {
    self.value = value
    super.init(type: NumPyTypes.scalarType(value.dtype))
  }

  /// The Python scalar (`item()`).
  var item: Scalar { (try? value.item()) ?? .int(0) }
}

/// A `numpy.dtype` instance.
final class PyDType: PyObject {
  let dtype: DType

  init(_ dtype: DType) {
    self.dtype = dtype
    super.init(type: NumPyTypes.dtypeType)
  }
}

/// The public face of the bridge for other native modules (the `theano` module).
public enum NumPy {
  /// Registers `numpy` (and with it `numpy.random`) on an interpreter.
  public static func register(in interpreter: Interpreter) {
    interpreter.registerModule("numpy", factory: NumPyModule.make)
  }

  /// An array as a Python `numpy.ndarray` (always an array, even 0-d).
  public static func wrap(_ array: NDArray) -> PyValue { .object(PyNDArray(array)) }

  /// A computed result as numpy returns it: a numpy scalar for 0-d results, else an ndarray.
  public static func wrapResult(_ array: NDArray) -> PyValue {
    array.ndim == 0 ? .object(PyNumpyScalar(array)) : .object(PyNDArray(array))
  }

  /// The array of an array-like Python value (ndarray, numpy scalar, Python scalar, nested lists
  /// or tuples), as `numpy.asarray` reads it.
  /// - Throws: Python exceptions (TypeError for values that are not array-like, numpy's errors).
  public static func array(from value: PyValue, interpreter: Interpreter, dtype: DType? = nil) throws -> NDArray {
    try bridged { try Conversion.array(value, interpreter, dtype: dtype) }
  }

  /// The array held by an ndarray or numpy scalar object, without conversion.
  public static func arrayIfNumpy(_ value: PyValue) -> NDArray? {
    if let a = value.object as? PyNDArray { return a.array }
    if let s = value.object as? PyNumpyScalar { return s.value }
    return nil
  }

  /// The Python exception numpy raises for an array error.
  public static func pythonError(_ error: NDArrayError) -> PyException { Errors.python(error) }
}

/// Runs array code, turning ``NDArrayError`` into the Python exception numpy raises.
func bridged<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as NDArrayError {
    throw Errors.python(error)
  }
}

/// The exception classes numpy defines beyond the builtins.
enum Errors {
  nonisolated(unsafe) static let axisError = ExceptionTypes.define(
    "AxisError", module: "numpy", base: ExceptionTypes.valueError)
  nonisolated(unsafe) static let outputCastingError = ExceptionTypes.define(
    "_UFuncOutputCastingError", module: "numpy.core._exceptions", base: ExceptionTypes.typeError)
  nonisolated(unsafe) static let arrayMemoryError = ExceptionTypes.define(
    "_ArrayMemoryError", module: "numpy.core._exceptions", base: ExceptionTypes.memoryError)

  static func python(_ error: NDArrayError) -> PyException {
    switch error.kind {
    case .valueError: return PyException(ExceptionTypes.valueError, error.message)
    case .typeError: return PyException(ExceptionTypes.typeError, error.message)
    case .indexError: return PyException(ExceptionTypes.indexError, error.message)
    case .axisError: return PyException(axisError, error.message)
    case .overflowError: return PyException(ExceptionTypes.overflowError, error.message)
    case .memoryError: return PyException(ExceptionTypes.memoryError, error.message)
    case .zeroDivisionError: return PyException(ExceptionTypes.zeroDivisionError, error.message)
    case .ufuncOutputCastingError: return PyException(outputCastingError, error.message)
    case .arrayMemoryError: return PyException(arrayMemoryError, error.message)
    case .notImplementedError: return PyException(ExceptionTypes.notImplementedError, error.message)
    }
  }
}
