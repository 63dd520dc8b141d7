import MiniPython
import NumPyBridge
import NumericArrays
import SymbolicGraph
import SymbolicTensor

extension TheanoSession {
  /// `theano.shared(value, name=None, strict=False, allow_downcast=None, borrow=False)`: arrays
  /// make `TensorSharedVariable`s (no broadcastable axis), Python numbers
  /// `ScalarSharedVariable`s, and any other value a `SharedVariable` of type `Generic`.
  func makeShared(_ arguments: Arguments, interpreter: Interpreter) throws -> PyValue {
    let values = try arguments.unpack(
      "shared", ["value", "name?", "strict?", "allow_downcast?", "borrow?", "broadcastable?"])
    let value = values[0]!
    var name: String?
    if case .str(let text)? = values[1] { name = text }
    // Theano's constructors: ndarrays make tensors, Python and numpy numbers (not numpy bools)
    // scalars, anything else a generic variable.
    let scalar: Bool
    switch value {
    case .int, .float, .bool: scalar = true
    default: scalar = (value.object as? PyNumpyScalar).map { $0.value.dtype != .bool } ?? false
    }
    guard NumPy.arrayIfNumpy(value) != nil || scalar, var array = try arrayValue(value) else {
      let variable = try building(interpreter) {
        SharedVariable(type: GenericType(), value: value, name: name)
      }
      return wrap(variable)
    }
    let borrow = try values[4].map { try interpreter.truthy($0) } ?? false
    let borrowed = NumPy.arrayIfNumpy(value) != nil && borrow
    if NumPy.arrayIfNumpy(value) != nil && !borrow { array = array.copy() }
    var pattern = Array(repeating: false, count: array.ndim)
    if let given = values[5], let flags = sequenceItems(given) {
      pattern = try flags.map { try interpreter.truthy($0) }
    }
    let type = TensorType(array.dtype, pattern)
    let variable = try building(interpreter) { SharedVariable(type: type, value: array, name: name) }
    if borrowed, let object = value.object { variable.storage.hostObject = object }
    variable.storage.strict = try values[2].map { try interpreter.truthy($0) } ?? false
    switch values[3] {
    case nil, .none?: break
    case let given?: variable.storage.allowDowncast = try interpreter.truthy(given)
    }
    return .object(VariableObject(variable, type: scalar ? types.scalarShared : types.tensorShared))
  }

  func defineSharedMembers() {
    for type in [types.tensorShared, types.scalarShared, types.genericShared] {
      type.defineMethod("get_value") { [unowned self] _, arguments in
        let values = try arguments.unpack("get_value", ["self", "borrow?", "return_internal_type?"])
        let shared = try self.sharedVariable(arguments)
        let borrow = values[1].map { if case .bool(true) = $0 { return true } else { return false } } ?? false
        return borrow ? self.internalValue(shared) : self.copiedValue(shared.value)
      }
      type.defineMethod("set_value") { [unowned self] interpreter, arguments in
        let values = try arguments.unpack("set_value", ["self", "new_value", "borrow?"])
        let shared = try self.sharedVariable(arguments)
        let borrow = try values[2].map { try interpreter.truthy($0) } ?? false
        try self.setValue(shared, values[1]!, borrow: borrow, interpreter: interpreter)
        return .none
      }
    }
    let generic = types.genericShared
    for name in ["__repr__", "__str__"] {
      generic.defineMethod(name) { [unowned self] _, arguments in
        .str(try self.sharedVariable(arguments).description)
      }
    }
    generic.defineProperty("type") { [unowned self] _, value in
      .object(TypeObject(try self.asVariable(value).type, type: self.types.tensorType))
    }
    generic.defineProperty(
      "name", get: { [unowned self] _, value in try self.asVariable(value).name.map { .str($0) } ?? .none },
      set: { [unowned self] _, value, name in
        guard case .str(let text) = name else { throw PyException.typeError("name must be a string") }
        try self.asVariable(value).name = text
      })
  }

  /// The Python object of a shared variable's current value, made once and handed out again
  /// until the value changes (`get_value(borrow=True)`).
  private func internalValue(_ shared: SharedVariable) -> PyValue {
    if let object = shared.storage.hostObject as? PyObject { return .object(object) }
    let value = shared.type is GenericType ? (shared.value as? PyValue ?? .none) : pythonValue(shared.value)
    if let object = value.object { shared.storage.hostObject = object }
    return value
  }

  /// A copy of a shared value (`get_value()`).
  private func copiedValue(_ value: Any) -> PyValue {
    if let array = value as? NDArray { return pythonValue(array.copy()) }
    guard let python = value as? PyValue else { return .none }
    if let list = python.object as? PyList { return .list(list.items) }
    return python
  }

  /// `set_value(new_value, borrow=False)`: filtered by the variable's type with its container's
  /// `strict` and `allow_downcast` (Theano's `TensorType.filter`; the container adds its name to
  /// a refusal); kept without copying when borrowed.
  private func setValue(
    _ shared: SharedVariable, _ value: PyValue, borrow: Bool, interpreter: Interpreter
  ) throws {
    if shared.type is GenericType {
      shared.value = value
      return
    }
    let container = try interpreter.repr(.str("Container name \"\(shared.name ?? "None")\""))
    func refuse(_ message: String, _ extra: [PyValue] = []) throws -> Never {
      let parts = try [interpreter.repr(.str(message))] + extra.map { try interpreter.repr($0) }
      throw PyException(
        ExceptionTypes.typeError, "(\((parts + [container]).joined(separator: ", ")))")
    }
    let storage = shared.storage
    guard let dtype = shared.dtype else { return }
    let filtered: Any
    if let array = NumPy.arrayIfNumpy(value), value.object is PyNDArray || !storage.strict {
      do {
        filtered = try shared.type.filter(
          borrow ? array : array.copy(), strict: storage.strict, allowDowncast: storage.allowDowncast)
      } catch {
        try refuse(TensorError.from(error).message)
      }
    } else if storage.strict {
      try refuse("\(shared.type) expected a ndarray object.", [value, .object(value.type)])
    } else {
      let natural: NDArray
      let converted: NDArray
      do {
        natural = try NumPy.array(from: value, interpreter: interpreter)
        converted = try NumPy.array(from: value, interpreter: interpreter, dtype: dtype)
      } catch let error as PyException where error.type === ExceptionTypes.typeError {
        // numpy's conversion error (`float()` of a complex), with the container's name added.
        try refuse(error.message)
      }
      let pythonFloat: Bool
      if case .float = value { pythonFloat = true } else { pythonFloat = false }
      let lossless = sameNumbers(natural, converted)
      guard storage.allowDowncast == true || (storage.allowDowncast == nil && pythonFloat && dtype == flags.floatX)
        || lossless
      else {
        try refuse(
          "\(shared.type) cannot store accurately value \(try interpreter.str(value)), it would be "
            + "represented as \(converted.numpyStr). If you do not mind this precision loss, you can: "
            + "1) explicitly convert your data to a numpy array of dtype \(dtype), or 2) set "
            + "\"allow_input_downcast=True\" when calling \"function\".", [value])
      }
      do {
        filtered = try shared.type.filter(converted, strict: false, allowDowncast: true)
      } catch {
        try refuse(TensorError.from(error).message)
      }
    }
    shared.value = filtered
    if borrow, value.object is PyNDArray, let object = value.object { storage.hostObject = object }
  }

  /// `givens=`: a list of pairs or a dict, variable → replacement (a value that is not a
  /// variable becomes a shared variable, as in Theano).
  func givenPairs(_ value: PyValue?) throws -> [(Variable, Variable)] {
    try pythonPairs(value, "givens").map { key, replacement in
      guard let original = (key.object as? VariableObject)?.variable else {
        throw PyException.typeError("('given keys must be Variable', \(key.typeName))")
      }
      if let variable = (replacement.object as? VariableObject)?.variable { return (original, variable) }
      guard let array = try arrayValue(replacement) else {
        throw PyException.typeError("givens values must be variables or arrays")
      }
      let type = TensorType(array.dtype, Array(repeating: false, count: array.ndim))
      return (original, SharedVariable(type: type, value: array))
    }
  }

  /// The pairs of a dict or of a list of 2-item sequences (`None` or nothing: no pairs).
  private func pythonPairs(_ value: PyValue?, _ what: String) throws -> [(PyValue, PyValue)] {
    guard let value else { return [] }
    if case .none = value { return [] }
    if let dict = value.object as? PyDict { return dict.items.map { ($0.key, $0.value) } }
    guard let items = sequenceItems(value) else {
      throw PyException.typeError("\(what) must be a list of pairs or a dict")
    }
    return try items.map { item in
      guard let pair = sequenceItems(item), pair.count == 2 else {
        throw PyException.typeError("\(what) must be a list of pairs")
      }
      return (pair[0], pair[1])
    }
  }

  private func sharedVariable(_ arguments: Arguments) throws -> SharedVariable {
    guard let shared = try receiverVariable(arguments, "SharedVariable") as? SharedVariable else {
      throw PyException.typeError("not a shared variable")
    }
    return shared
  }

  /// `updates=`: a list of pairs or a dict, shared variable → new value.
  func updatePairs(_ value: PyValue?, interpreter: Interpreter) throws -> [(SharedVariable, Variable)] {
    let pairs = try pythonPairs(value, "updates")
    var result: [(SharedVariable, Variable)] = []
    for (key, newValue) in pairs {
      guard let shared = try asVariable(key) as? SharedVariable else {
        throw PyException.typeError("('update target must be a SharedVariable', \(try interpreter.repr(key)))")
      }
      let update = try asVariable(newValue)
      if let existing = result.first(where: { $0.0 === shared }) {
        throw PyException.valueError(
          "('this shared variable already has an update expression', (\(shared), \(existing.1)))")
      }
      result.append((shared, update))
    }
    return result
  }
}
