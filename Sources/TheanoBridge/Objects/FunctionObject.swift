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
  /// Per input: the name a keyword argument may use, and the default value (`theano.In`).
  let parameters: [InputParameter]
  /// Theano's `allow_input_downcast`.
  let allowInputDowncast: Bool?

  init(
    _ compiled: CompiledFunction, returnsList: Bool, parameters: [InputParameter],
    allowInputDowncast: Bool?, session: TheanoSession
  ) {
    self.compiled = compiled
    self.allowInputDowncast = allowInputDowncast
    self.returnsList = returnsList
    self.parameters = parameters
    self.session = session
    super.init(type: session.types.function)
  }

  /// Binds positional and keyword arguments to the inputs with Theano's checks and messages,
  /// then calls the function.
  func call(_ arguments: Arguments, interpreter: Interpreter) throws -> [PyValue] {
    let positional = Array(arguments.positional.dropFirst())
    if positional.count + arguments.keywords.count > parameters.count {
      throw PyException.typeError("Too many parameter passed to theano function")
    }
    var values: [PyValue?] = Array(repeating: nil, count: parameters.count)
    var provided = Array(repeating: 0, count: parameters.count)
    for (index, value) in positional.enumerated() {
      values[index] = value
      provided[index] += 1
    }
    for (name, value) in arguments.keywords {
      let matches = parameters.indices.filter { parameters[$0].name == name }
      guard let index = matches.first else {
        throw PyException.typeError("Unknown input or state: \(name). \(inputsDescription)")
      }
      guard matches.count == 1 else {
        throw PyException.typeError(
          "Ambiguous name: \(name) - please check the names of the inputs of your function for duplicates.")
      }
      values[index] = value
      provided[index] += 1
    }
    var bound: [PyValue] = []
    for (index, parameter) in parameters.enumerated() {
      guard let value = values[index] ?? parameter.defaultValue else {
        throw PyException.typeError("Missing required input: \(compiled.inputs[index])")
      }
      if provided[index] > 1 {
        throw PyException.typeError("Multiple values for input: \(compiled.inputs[index])")
      }
      bound.append(value)
    }
    return try call(bound, interpreter: interpreter)
  }

  /// Theano's `get_info_on_inputs`.
  private var inputsDescription: String {
    let named = parameters.compactMap(\.name)
    let unnamed = parameters.count - named.count
    func plural(_ count: Int) -> String { count > 1 ? "s" : "" }
    if named.isEmpty {
      if unnamed == 0 { return "The function is supposed to have no input." }
      if unnamed == 1 {
        return "The function has a single input variable which has no name, and thus cannot be assigned through a keyword argument (use 'name=...' in a Variable's constructor to give it a name)."
      }
      return "The function has \(unnamed) inputs, but none of them is named, and thus they cannot be assigned through keyword arguments (use 'name=...' in a Variable's constructor to give it a name)."
    }
    let list = named.joined(separator: ", ")
    if unnamed == 0 {
      return "The function has \(named.count) named input\(plural(named.count)) (\(list))."
    }
    return "The function has \(named.count) named input\(plural(named.count)) (\(list)), and \(unnamed) unnamed input\(plural(unnamed)) which thus cannot be accessed through keyword argument\(plural(unnamed)) (use 'name=...' in a variable's constructor to give it a name)."
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
    return results.map { result in
      // A borrowed input handed back as it is (through a ViewOp) is the caller's own object.
      if let array = result as? NDArray,
        let same = arguments.first(where: { NumPy.arrayIfNumpy($0)?.isSameView(as: array) == true })
      {
        return same
      }
      return session.pythonValue(result)
    }
  }

  /// A Python number or list for an input of `dtype` (Theano's `filter` of non-arrays: converted
  /// when no precision is lost).
  private func pythonArgument(
    _ argument: PyValue, dtype: DType, index: Int, interpreter: Interpreter
  ) throws -> Any {
    let natural: NDArray
    let converted: NDArray
    do {
      // numpy's conversion to the input's dtype first: its errors are the ones Theano reports.
      converted = try NumPy.array(from: argument, interpreter: interpreter, dtype: dtype)
      if allowInputDowncast == true { return converted }
      do {
        natural = try NumPy.array(from: argument, interpreter: interpreter)
      } catch let error as PyException where error.type === ExceptionTypes.notImplementedError {
        // Strings: numpy's own array of them fails `values_eq`'s `isnan`.
        throw PyException.typeError(
          "ufunc 'isnan' not supported for the input types, and the inputs could not be safely "
            + "coerced to any supported types according to the casting rule ''safe''")
      }
    } catch let error as PyException {
      // numpy's conversion error, with Theano's description of the input in front.
      throw PyException(error.type, compiled.badInputPrefix(index: index) + error.message)
    }
    if case .float = argument, dtype == session.flags.floatX { return converted }
    let same = sameNumbers(natural, converted)
    if same { return converted }
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
    givens: [(Variable, Variable)] = [], modeName: PyValue?, name: String?, interpreter: Interpreter, returnsList: Bool = false,
    parameters: [InputParameter]? = nil, allowInputDowncast: Bool? = nil,
    checkUnusedInputs: Bool = true, borrowedOutputs: [Bool] = []
  ) throws -> FunctionObject {
    let mode: Mode = try bridged {
      switch modeName {
      case .object(let object as ModeObject)?: return object.mode
      case .str(let text)?: return try Mode.named(text, flags: flags)
      default: return try Mode.named(nil, flags: flags)
      }
    }
    // Theano records no trace for what its optimizer makes (`traceback.compile_limit` is 0),
    // except under DebugMode, whose maker keeps the limit: there, new nodes remember the
    // `theano.function` call.
    let frames = mode.linker == .debug
      ? Array(interpreter.currentStack().suffix(flags.tracebackLimit).map(\.formatted)) : []
    // The document's constant cache covers the graphs a document builds, not the constants the
    // rewrites make (Theano's constant folding makes its constants outside the cache too).
    let compiled = try NodeTrace.$current.withValue(frames) {
      try ConstantCache.$current.withValue(nil) {
        try bridged {
          try CompiledFunction(
            inputs: inputs, outputs: outputs, updates: updates, givens: givens, mode: mode,
            flags: flags, name: name, allowInputDowncast: allowInputDowncast,
            checkUnusedInputs: checkUnusedInputs,
            borrowedInputs: parameters?.map(\.borrow) ?? [], borrowedOutputs: borrowedOutputs)
        }
      }
    }
    return FunctionObject(
      compiled, returnsList: returnsList,
      parameters: parameters ?? inputs.map { InputParameter(name: $0.name, defaultValue: nil) },
      allowInputDowncast: allowInputDowncast, session: self)
  }

  func defineFunctionClass() {
    types.function.defineMethod("__call__") { interpreter, arguments in
      let me = try arguments.receiver(as: FunctionObject.self, method: "Function.__call__")
      let results = try me.call(arguments, interpreter: interpreter)
      return me.returnsList ? .list(results) : (results.first ?? .none)
    }
    types.function.defineMethod("copy") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack(
        "copy", ["self", "share_memory?", "swap?", "delete_updates?", "name?", "profile?"])
      let me = try arguments.receiver(as: FunctionObject.self, method: "Function.copy")
      var swap: [(SharedVariable, SharedVariable)] = []
      if let dict = values[2]?.object as? PyDict {
        swap = try dict.items.map { key, value in
          guard let original = (key.object as? VariableObject)?.variable as? SharedVariable,
            let replacement = (value.object as? VariableObject)?.variable as? SharedVariable
          else {
            throw PyException(self.types.exceptionType("AssertionError"), "Keys and values of swap should be SharedVariables")
          }
          return (original, replacement)
        }
      }
      var name: String?
      if case .str(let text)? = values[4] { name = text }
      let deleting = try values[3].map { try interpreter.truthy($0) } ?? false
      let copied = try self.bridged {
        try me.compiled.copy(swapping: swap, deletingUpdates: deleting, name: name)
      }
      // The copy's maker gets its outputs as a list, so it always returns a list.
      return .object(
        FunctionObject(
          copied, returnsList: true, parameters: me.parameters,
          allowInputDowncast: me.allowInputDowncast, session: self))
    }
    types.function.defineProperty("maker") { [unowned self] _, value in
      guard let me = value.object as? FunctionObject else { return .none }
      return .object(FunctionMakerObject(me.compiled, session: self))
    }
    types.function.defineProperty("name") { _, value in
      guard let name = (value.object as? FunctionObject)?.compiled.name else { return .none }
      return .str(name)
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

/// What `theano.In` adds to an input: a keyword name, a default value, and `borrow`.
struct InputParameter {
  /// The name keyword arguments use (the `In` name, else the variable's name).
  let name: String?
  /// The value used when the call does not give one.
  let defaultValue: PyValue?
  /// Whether an output may be the caller's own array (a view of it) rather than a copy.
  var borrow = false
}

/// `theano.In(variable, name=None, value=None, ...)`.
final class InObject: PyObject {
  let variable: Variable
  let parameter: InputParameter

  init(variable: Variable, parameter: InputParameter, type: PyType) {
    self.variable = variable
    self.parameter = parameter
    super.init(type: type)
  }
}

/// `theano.Out(variable, borrow=False)` (Theano's `SymbolicOutput`): an output that, with
/// `borrow=True`, may be returned as a view of a borrowed input or of another output.
final class OutObject: PyObject {
  let variable: Variable
  let borrow: Bool

  init(variable: Variable, borrow: Bool, type: PyType) {
    self.variable = variable
    self.borrow = borrow
    super.init(type: type)
  }
}
