import MiniPython
import SymbolicGraph
import SymbolicTensor

/// The `theano` module: `function`, `config`, `pp`, `Mode`, and its `tensor` and `printing`
/// submodules.
/// `on_unused_input`: `raise` (the default), `warn` or `ignore`.
private func unusedInputPolicy(_ value: PyValue?) -> String {
  if case .str(let text)? = value { return text }
  return "raise"
}

enum TheanoModule {
  static func make(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano")
    session.defineVariableMembers()
    session.defineGraphClasses()
    session.defineFunctionClass()
    session.defineFunctionMakerClasses()
    session.defineTagClass()
    session.defineSharedMembers()
    session.definePythonOpClasses(in: module)
    module.defineFunction("shared") { [unowned session] interpreter, arguments in
      try session.makeShared(arguments, interpreter: interpreter)
    }
    module["__version__"] = .str("1.0.5")
    module["config"] = .object(ConfigObject(session: session))
    module.defineFunction("function") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack(
        "function",
        ["inputs", "outputs?", "mode?", "updates?", "givens?", "no_default_updates?",
         "accept_inplace?", "name?", "rebuild_strict?", "allow_input_downcast?", "profile?",
         "on_unused_input?"])
      guard let inputItems = sequenceItems(values[0]!) else {
        throw PyException(
          ExceptionTypes.exception,
          "Input variables of a Theano function should be contained in a list, even when there is a single input.")
      }
      let inputObjects = inputItems.map { $0.object as? InObject }
      let inputs = try zip(inputItems, inputObjects).map { item, wrapped -> Variable in
        if let wrapped { return wrapped.variable }
        guard let variable = (item.object as? VariableObject)?.variable else {
          throw PyException.typeError("Unknown parameter type: \(try interpreter.repr(.object(item.type)))")
        }
        return variable
      }
      let parameters = zip(inputs, inputObjects).map { variable, wrapped in
        wrapped?.parameter ?? InputParameter(name: variable.name, defaultValue: nil)
      }
      let outputValue = values[1] ?? .list([])
      let outputItems = sequenceItems(outputValue)
      let outputObjects = (outputItems ?? [outputValue]).map { $0.object as? OutObject }
      let outputs = try zip(outputItems ?? [outputValue], outputObjects).map { item, wrapped in
        try wrapped?.variable ?? session.asVariable(item)
      }
      var name: String?
      if case .str(let given)? = values[7] {
        name = given
      } else if let site = interpreter.currentStack().last {
        name = "\(site.file):\(site.line)"
      }
      return .object(
        try session.compile(
          inputs: inputs, outputs: outputs, updates: try session.updatePairs(values[3], interpreter: interpreter),
          givens: try session.givenPairs(values[4]), modeName: values[2], name: name,
          interpreter: interpreter, returnsList: outputItems != nil, parameters: parameters,
          allowInputDowncast: values[9].map { try interpreter.truthy($0) },
          checkUnusedInputs: unusedInputPolicy(values[11]) == "raise",
          borrowedOutputs: outputObjects.map { $0?.borrow ?? false }))
    }
    let modeType = session.types.mode
    modeType.defineMethod("__init__") { _, _ in .none }
    let inType = PyType(name: "In", module: "theano.compile.io", base: nil)
    module.defineFunction("In") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack(
        "In",
        ["variable", "name?", "value?", "update?", "mutable?", "strict?", "allow_downcast?",
         "autoname?", "implicit?", "borrow?", "shared?"])
      let variable = try session.asVariable(values[0]!)
      var name = variable.name
      if case .str(let given)? = values[1] { name = given }
      var defaultValue: PyValue?
      if let given = values[2] {
        if case .none = given {} else { defaultValue = given }
      }
      let borrow = try values[9].map { try interpreter.truthy($0) } ?? false
      return .object(
        InObject(
          variable: variable,
          parameter: InputParameter(name: name, defaultValue: defaultValue, borrow: borrow), type: inType))
    }
    let outType = PyType(name: "SymbolicOutput", module: "theano.compile.io", base: nil)
    outType.defineMethod("__repr__") { interpreter, arguments in
      let me = try arguments.receiver(as: OutObject.self, method: "SymbolicOutput.__repr__")
      return .str("Out(\(me.variable),\(me.borrow ? "True" : "False"))")
    }
    outType.defineProperty("variable") { [unowned session] _, receiver in
      guard let me = receiver.object as? OutObject else { return .none }
      return session.wrap(me.variable)
    }
    outType.defineProperty("borrow") { _, receiver in .bool((receiver.object as? OutObject)?.borrow ?? false) }
    module.defineFunction("Out") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack("SymbolicOutput.__init__", ["variable", "borrow?"])
      let borrow = try values[1].map { try interpreter.truthy($0) } ?? false
      return .object(OutObject(variable: try session.asVariable(values[0]!), borrow: borrow, type: outType))
    }
    module.defineFunction("Mode") { [unowned session] _, arguments in
      let values = try arguments.unpack("Mode", ["linker?", "optimizer?"])
      var optimizer = session.flags.optimizer
      switch values[1] {
      case .none?: optimizer = "None"
      case .str(let text)?: optimizer = text
      default: break
      }
      return .object(ModeObject(Mode(query: Mode.query(optimizer: optimizer)), type: modeType))
    }
    let printing = session.submodule("theano.printing", PrintingModule.make)
    let tensor = session.submodule("theano.tensor", TensorModule.make)
    tensor["nnet"] = .object(session.submodule("theano.tensor.nnet", NnetModule.make))
    module["tensor"] = .object(tensor)
    module["printing"] = .object(printing)
    module["compile"] = .object(session.submodule("theano.compile", CompileModule.make))
    module["scalar"] = .object(session.submodule("theano.scalar", ScalarModule.make))
    module["pp"] = printing["pp"]
    return module
  }
}
