import MiniPython
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// A weak reference to the Python object of a variable (see `TheanoSession.wrap`).
struct WeakVariableObject {
  weak var object: VariableObject?
}

/// A Python object for a symbolic variable (`TensorVariable`, `TensorConstant`, ...).
final class VariableObject: PyObject {
  let variable: Variable

  init(_ variable: Variable, type: PyType) {
    self.variable = variable
    super.init(type: type)
  }
}

extension TheanoSession {
  /// The Python object of `variable`.
  func wrap(_ variable: Variable) -> PyValue {
    let type: PyType
    if variable.type is ScalarType {
      type = types.scalarConstant
    } else if variable is SharedVariable, variable.type is GenericType {
      type = types.genericShared
    } else if variable is SharedVariable {
      type = variable.ndim == 0 ? types.scalarShared : types.tensorShared
    } else if variable is SymbolicGraph.Constant {
      type = types.tensorConstant
    } else {
      type = types.tensorVariable
    }
    if let existing = wrappers[ObjectIdentifier(variable)]?.object, existing.type === type {
      return .object(existing)
    }
    if wrappers.count >= wrappersPruneSize {
      wrappers = wrappers.filter { $0.value.object != nil }
      wrappersPruneSize = Swift.max(1024, 2 * wrappers.count)
    }
    let object = VariableObject(variable, type: type)
    wrappers[ObjectIdentifier(variable)] = WeakVariableObject(object: object)
    return .object(object)
  }

  /// Theano's `as_tensor_variable`: variables as they are, Python numbers, nested lists and
  /// arrays as constants with Theano's typing rules.
  func asVariable(_ value: PyValue) throws -> Variable {
    switch value {
    case .object(let object as VariableObject): return object.variable
    case .bool(let flag): return constant(.int(flag ? 1 : 0), context: typing)
    case .int(let number): return constant(.int(Int64(number)), context: typing)
    case .float(let number):
      let dtype = autocastFloatDType(number, context: typing, candidates: floatAutocast)
      return constant(.float(number), context: typing, dtype: dtype)
    case .object(let object as PyList) where object.items.contains(where: { $0.object is VariableObject }):
      return try stackScalars(object.items)
    case .object(let object as PyTuple) where object.items.contains(where: { $0.object is VariableObject }):
      return try stackScalars(object.items)
    default:
      if let array = try arrayValue(value) { return constant(array) }
      throw PyException.typeError(
        "Cannot convert \(value.typeName == "NoneType" ? "None" : value.typeName) to TensorType")
    }
  }

  /// A vector of scalar variables and numbers (Theano's `stack` of scalars: `MakeVector`).
  func stackScalars(_ items: [PyValue]) throws -> Variable {
    let variables = try items.map(asVariable)
    let dtype = upcast(variables.compactMap(\.dtype), context: typing)
    let cast = try variables.map { variable -> Variable in
      if variable.dtype == dtype { return variable }
      if let constant = variable as? SymbolicGraph.Constant, let array = constant.value as? NDArray {
        return SymbolicTensor.constant(array.astype(dtype))
      }
      throw PyException.typeError("Cannot stack \(variable.type) with dtype \(dtype)")
    }
    return try MakeVector(dtype: dtype).makeNode(cast).out
  }

  /// The variable of a receiver, or a `TypeError`.
  func receiverVariable(_ arguments: Arguments, _ method: String) throws -> Variable {
    try arguments.receiver(as: VariableObject.self, method: method).variable
  }
}
