import MiniPython
import NumPyBridge
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// A compiled Theano function as a Python callable (`theano.compile.function_module.Function`).
final class FunctionObject: PyObject {
  let compiled: CompiledFunction
  /// Whether the outputs were given as a list (a list is returned) or as one variable.
  let returnsList: Bool
  unowned let session: TheanoSession

  init(_ compiled: CompiledFunction, returnsList: Bool, session: TheanoSession) {
    self.compiled = compiled
    self.returnsList = returnsList
    self.session = session
    super.init(type: session.types.function)
  }

  /// Calls the function on Python arguments; returns one Python value per output.
  func call(_ arguments: [PyValue], interpreter: Interpreter) throws -> [PyValue] {
    var values: [Any] = []
    for (index, argument) in arguments.enumerated() {
      if let variable = (argument.object as? VariableObject)?.variable, index < compiled.inputs.count {
        throw PyException.typeError(
          compiled.badInputPrefix(index: index, argumentName: variable.name)
            + "Expected an array-like object, but found a Variable: maybe you are trying to call "
            + "a function on a (possibly shared) variable instead of a numeric array?")
      }
      let target = index < compiled.inputs.count ? compiled.inputs[index].dtype : nil
      if NumPy.arrayIfNumpy(argument) != nil || target == nil {
        values.append(try arrayValue(argument) as Any? ?? argument)
        continue
      }
      values.append(
        try pythonArgument(argument, dtype: target!, index: index, interpreter: interpreter))
    }
    let results = try session.bridged { try compiled(values) }
    return results.map(session.pythonValue)
  }

  /// A Python number or list for an input of `dtype` (Theano's `filter` of non-arrays: converted
  /// when no precision is lost).
  private func pythonArgument(
    _ argument: PyValue, dtype: DType, index: Int, interpreter: Interpreter
  ) throws -> Any {
    guard let natural = try arrayValue(argument), let converted = try arrayValue(argument, dtype: dtype)
    else { return argument }
    if case .float = argument, dtype == session.flags.floatX { return converted }
    let same = zip(natural.doubles, converted.doubles).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    if same || natural.ndim != converted.ndim { return same ? converted : natural }
    // Theano raises this one with a tuple of arguments, so its text is the tuple's repr.
    let value = try interpreter.repr(argument)
    let detail = "\(compiled.inputs[index].type) cannot store accurately value "
      + "\(try interpreter.str(argument)), it would be represented as \(converted.numpyStr). If you "
      + "do not mind this precision loss, you can: 1) explicitly convert your data to a numpy "
      + "array of dtype \(dtype), or 2) set \"allow_input_downcast=True\" when calling \"function\"."
    let prefix = compiled.badInputPrefix(index: index)
    throw PyException(
      ExceptionTypes.typeError,
      "(\(try interpreter.repr(.str(prefix))), \(try interpreter.repr(.str(detail))), \(value))")
  }
}

extension TheanoSession {
  /// `theano.function(inputs, outputs, mode=...)`.
  func compile(
    inputs: [Variable], outputs: [Variable], updates: [(SharedVariable, Variable)] = [],
    modeName: PyValue?, name: String?, interpreter: Interpreter, returnsList: Bool = false
  ) throws -> FunctionObject {
    let mode: Mode = try bridged {
      switch modeName {
      case .object(let object as ModeObject)?: return object.mode
      case .str(let text)?: return try Mode.named(text, flags: flags)
      default: return try Mode.named(nil, flags: flags)
      }
    }
    let compiled = try bridged {
      try CompiledFunction(
        inputs: inputs, outputs: outputs, updates: updates, mode: mode, flags: flags, name: name)
    }
    return FunctionObject(compiled, returnsList: returnsList, session: self)
  }

  func defineFunctionClass() {
    types.function.defineMethod("__call__") { interpreter, arguments in
      let me = try arguments.receiver(as: FunctionObject.self, method: "Function.__call__")
      let results = try me.call(Array(arguments.positional.dropFirst()), interpreter: interpreter)
      return me.returnsList ? .list(results) : (results.first ?? .none)
    }
  }
}

/// A compilation mode object (`theano.Mode(optimizer=None)`, `theano.compile.mode.FAST_RUN`).
final class ModeObject: PyObject {
  let mode: Mode

  init(_ mode: Mode, type: PyType) {
    self.mode = mode
    super.init(type: type)
  }
}
