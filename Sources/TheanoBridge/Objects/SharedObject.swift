import MiniPython
import NumPyBridge
import NumericArrays
import SymbolicGraph
import SymbolicTensor

extension TheanoSession {
  /// `theano.shared(value, name=None, strict=False, allow_downcast=None, borrow=False)`: arrays
  /// make `TensorSharedVariable`s (no broadcastable axis), Python numbers
  /// `ScalarSharedVariable`s.
  func makeShared(_ arguments: Arguments, interpreter: Interpreter) throws -> PyValue {
    let values = try arguments.unpack(
      "shared", ["value", "name?", "strict?", "allow_downcast?", "borrow?", "broadcastable?"])
    let value = values[0]!
    var name: String?
    if case .str(let text)? = values[1] { name = text }
    let scalar: Bool
    switch value {
    case .int, .float, .bool: scalar = true
    default: scalar = false
    }
    guard NumPy.arrayIfNumpy(value) != nil || scalar else {
      throw PyException.notImplemented(
        "theano.shared of a \(value.typeName): only arrays and numbers are supported (Theano makes a Generic shared variable)")
    }
    guard var array = try arrayValue(value) else { throw PyException.typeError("shared value") }
    let borrow = try values[4].map { try interpreter.truthy($0) } ?? false
    if NumPy.arrayIfNumpy(value) != nil && !borrow { array = array.copy() }
    var pattern = Array(repeating: false, count: array.ndim)
    if let given = values[5], let flags = sequenceItems(given) {
      pattern = try flags.map { try interpreter.truthy($0) }
    }
    let type = TensorType(array.dtype, pattern)
    let variable = try building(interpreter) { SharedVariable(type: type, value: array, name: name) }
    return .object(VariableObject(variable, type: scalar ? types.scalarShared : types.tensorShared))
  }

  func defineSharedMembers() {
    for type in [types.tensorShared, types.scalarShared] {
      type.defineMethod("get_value") { [unowned self] _, arguments in
        let values = try arguments.unpack("get_value", ["self", "borrow?", "return_internal_type?"])
        let shared = try self.sharedVariable(arguments)
        guard let array = shared.value as? NDArray else { return .none }
        let borrow = values[1].map { if case .bool(true) = $0 { return true } else { return false } } ?? false
        return self.pythonValue(borrow ? array : array.copy())
      }
      type.defineMethod("set_value") { [unowned self] interpreter, arguments in
        let values = try arguments.unpack("set_value", ["self", "new_value", "borrow?"])
        let shared = try self.sharedVariable(arguments)
        guard let array = try arrayValue(values[1]!, dtype: shared.dtype) else {
          throw PyException.typeError("set_value expects an array")
        }
        do {
          shared.value = try shared.type.filter(array.copy(), strict: false, allowDowncast: nil)
        } catch {
          // Theano's container adds its name to the filter's message (a tuple).
          let original = TensorError.from(error)
          let container = "Container name \"\(shared.name ?? "None")\""
          throw PyException(
            self.types.exceptionType(original.pythonType),
            "(\(try interpreter.repr(.str(original.message))), \(try interpreter.repr(.str(container))))")
        }
        return .none
      }
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
    guard let value else { return [] }
    if case .none = value { return [] }
    let pairs: [(PyValue, PyValue)]
    if let dict = value.object as? PyDict {
      pairs = dict.items.map { ($0.key, $0.value) }
    } else if let items = sequenceItems(value) {
      pairs = try items.map { item in
        guard let pair = sequenceItems(item), pair.count == 2 else {
          throw PyException.typeError("updates must be (shared variable, new value) pairs")
        }
        return (pair[0], pair[1])
      }
    } else {
      throw PyException.typeError("updates must be a list of pairs or a dict")
    }
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
