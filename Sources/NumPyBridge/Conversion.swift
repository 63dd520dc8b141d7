import MiniPython
import NumericArrays

/// Python values to arrays, dtypes, axes, shapes and index expressions.
enum Conversion {
  /// The array of an array-like value (see ``NumPy/array(from:interpreter:dtype:)``).
  static func array(_ value: PyValue, _ interp: Interpreter, dtype: DType? = nil) throws -> NDArray {
    if let a = NumPy.arrayIfNumpy(value) { return dtype.map { a.astype($0) } ?? a }
    if let scalar = scalar(value) {
      try checkComplex(scalar, dtype: dtype)
      return NDArray(scalar: scalar, dtype: dtype)
    }
    let list = try nested(value, interp, dtype: dtype)
    return try bridged { try NDArray(nested: list, dtype: dtype) }
  }

  /// numpy converts a Python complex to a real dtype with `float()`/`int()`, which refuse it.
  /// - Throws: TypeError.
  private static func checkComplex(_ scalar: Scalar, dtype: DType?) throws {
    guard case .complex = scalar, let dtype, !dtype.isComplex, dtype != .bool else { return }
    if dtype.isFloatingPoint {
      throw PyException.typeError("float() argument must be a string or a real number, not 'complex'")
    }
    throw PyException.typeError(
      "int() argument must be a string, a bytes-like object or a real number, not 'complex'")
  }

  /// A Python bool, int, float or complex as a ``Scalar``.
  static func scalar(_ value: PyValue) -> Scalar? {
    if let (re, im) = value.complexValue { return .complex(re, im) }
    switch value {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int64(i))
    case .float(let d): return .float(d)
    case .none, .str, .object: return nil
    }
  }

  /// The nested list of an array-like value; strings become numbers of a numeric `dtype` as
  /// numpy converts them (`float('1.5')`, `int('1')`, a non-empty string is `True`).
  static func nested(_ value: PyValue, _ interp: Interpreter, dtype: DType? = nil) throws -> NestedList {
    if let scalar = scalar(value) {
      try checkComplex(scalar, dtype: dtype)
      return .scalar(scalar)
    }
    if let a = NumPy.arrayIfNumpy(value) { return a.toList() }
    if let list = value.object as? PyList {
      return .list(try list.items.map { try nested($0, interp, dtype: dtype) })
    }
    if let tuple = value.object as? PyTuple {
      return .list(try tuple.items.map { try nested($0, interp, dtype: dtype) })
    }
    if case .str(let text) = value { return .scalar(try number(fromString: text, dtype: dtype, interp)) }
    throw PyException.typeError("float() argument must be a string or a real number, not '\(value.typeName)'")
  }

  /// A string as an element of a numeric array of `dtype`.
  /// - Throws: ValueError `could not convert string to float: 'a'` (Python's own conversion
  ///   error); NotImplementedError without a dtype, since numpy would make a string array.
  private static func number(fromString text: String, dtype: DType?, _ interp: Interpreter) throws -> Scalar {
    guard let dtype else {
      throw PyException.notImplemented(
        "arrays of strings are not supported (numpy would make a '<U' array of \(try interp.repr(.str(text))))")
    }
    if dtype == .bool { return .bool(!text.isEmpty) }
    let converter = dtype.isComplex ? "complex" : dtype.isFloatingPoint ? "float" : "int"
    guard let function = interp.builtins[converter], let number = scalar(try interp.call(function, .str(text))) else {
      throw PyException.typeError("data type '\(dtype.name)' cannot hold strings")
    }
    return number
  }

  /// The Python value of a scalar (`item()`, `tolist()`).
  static func python(_ scalar: Scalar) -> PyValue {
    switch scalar {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int(i))
    case .uint(let u): return .float(Double(u))
    case .complex(let re, let im): return .complex(re, im)
    case .float(let d): return .float(d)
    }
  }

  static func python(_ list: NestedList) -> PyValue {
    switch list {
    case .scalar(let s): return python(s)
    case .list(let items): return .list(items.map(python))
    }
  }

  /// A dtype from `'float32'`, `numpy.float32`, `float`, `numpy.dtype(...)` or None (nil).
  /// - Throws: TypeError `data type 'x' not understood`.
  static func dtype(_ value: PyValue?) throws -> DType? {
    guard let value else { return nil }
    switch value {
    case .none: return nil
    case .str(let name):
      guard let dtype = DType(numpyName: name) else { throw PyException.typeError("data type '\(name)' not understood") }
      return dtype
    case .object(let o):
      if let d = o as? PyDType { return d.dtype }
      if let t = o as? PyType {
        if t === BuiltinTypes.float { return .float64 }
        if t === BuiltinTypes.int { return .int64 }
        if t === BuiltinTypes.bool { return .bool }
        if t === BuiltinTypes.complex { return .complex128 }
        if let d = NumPyTypes.dtype(ofScalarType: t) { return d }
      }
      throw PyException.typeError("Cannot interpret '\(o.type.name)' as a data type")
    case .bool, .int, .float:
      throw PyException.typeError("Cannot interpret '\(value.typeName)' as a data type")
    }
  }

  /// An `axis` argument: None (nil), an int or a tuple of ints.
  static func axes(_ value: PyValue?, _ interp: Interpreter) throws -> [Int]? {
    guard let value, !isNone(value) else { return nil }
    if let tuple = value.object as? PyTuple { return try tuple.items.map { try interp.index($0) } }
    return [try interp.index(value)]
  }

  /// A shape argument: an int or a sequence of ints.
  static func shape(_ value: PyValue, _ interp: Interpreter) throws -> [Int] {
    if let tuple = value.object as? PyTuple { return try tuple.items.map { try interp.index($0) } }
    if let list = value.object as? PyList { return try list.items.map { try interp.index($0) } }
    return [try interp.index(value)]
  }

  /// Shape arguments given either as one sequence or as several ints (`reshape(2, 3)`).
  static func shape(arguments: [PyValue], _ interp: Interpreter) throws -> [Int] {
    if arguments.count == 1 { return try shape(arguments[0], interp) }
    return try arguments.map { try interp.index($0) }
  }

  static func isNone(_ value: PyValue) -> Bool {
    if case .none = value { return true }
    return false
  }

  static func bool(_ value: PyValue?, _ interp: Interpreter, default fallback: Bool) throws -> Bool {
    guard let value else { return fallback }
    return try interp.truthy(value)
  }

  /// A numpy index expression from a subscript key.
  static func indices(_ key: PyValue, _ interp: Interpreter) throws -> [ArrayIndex] {
    if let tuple = key.object as? PyTuple { return try tuple.items.map { try index($0, interp) } }
    return [try index(key, interp)]
  }

  private static func index(_ value: PyValue, _ interp: Interpreter) throws -> ArrayIndex {
    switch value {
    case .none: return .newAxis
    case .int(let i): return .int(i)
    case .bool(let b): return .array(NDArray(scalar: .bool(b)))
    case .float, .str:
      throw PyException.indexError(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
    case .object(let o):
      if value.isIdentical(to: BuiltinTypes.ellipsisValue) { return .ellipsis }
      if let slice = o as? PySlice {
        func part(_ v: PyValue) throws -> Int? { isNone(v) ? nil : try interp.index(v) }
        return .slice(start: try part(slice.start), stop: try part(slice.stop), step: try part(slice.step))
      }
      if let scalar = o as? PyNumpyScalar, scalar.value.dtype.isInteger { return .int(try interp.index(value)) }
      if o is PyList || o is PyNDArray || o is PyNumpyScalar || o is PyTuple {
        let array = try Conversion.array(value, interp)
        if array.size == 0 { return .array(array.astype(.int64)) }
        if array.dtype.isFloatingPoint {
          throw PyException.indexError("arrays used as indices must be of integer (or boolean) type")
        }
        return .array(array)
      }
      throw PyException.indexError(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
    }
  }
}
