import MiniPython
import NumPyBridge
import SymbolicGraph
import SymbolicTensor

/// `theano.printing`: `debugprint`, `pp`, the `Print` op and `min_informative_str`.
enum PrintingModule {
  static func make(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.printing")
    module.defineFunction("debugprint") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack(
        "debugprint",
        ["obj", "depth?", "print_type?", "file?", "ids?", "stop_on_name?", "done?",
         "print_storage?", "print_clients?", "used_ids?"])
      var options = DebugPrintOptions()
      if case .int(let depth)? = values[1] { options.depth = depth }
      if let flag = values[2] { options.printType = try interpreter.truthy(flag) }
      switch values[4] {
      case .str("int")?: options.ids = .int
      case .str("")?: options.ids = .none
      case .str("CHAR")?, nil: options.ids = .char
      case .str(let other)?: throw PyException.valueError("unsupported ids style \(other)")
      default: options.ids = .char
      }
      if let flag = values[5] { options.stopOnName = try interpreter.truthy(flag) }
      let roots = try session.debugPrintRoots(values[0]!)
      var done = Set<Apply>()
      let text = debugPrint(roots, options: options, done: &done)
      if case .str("str")? = values[3] { return .str(text) }
      try interpreter.write(text)
      return .none
    }
    module.defineFunction("pp") { [unowned session] _, arguments in
      try arguments.expect("pp", count: 1)
      return .str(prettyPrint(try session.asVariable(arguments.positional[0])))
    }
    module.defineFunction("min_informative_str") { interpreter, arguments in
      let values = try arguments.unpack("min_informative_str", ["obj", "indent_level?"])
      var indent = 0
      if case .int(let level)? = values[1] { indent = level }
      if let variable = (values[0]?.object as? VariableObject)?.variable {
        return .str(minInformativeString(variable, indentLevel: indent))
      }
      let object = values[0]!
      let isArray = try NumPy.arrayIfNumpy(object) != nil
        || interpreter.hasAttribute(object, "__array__")
      let text = isArray ? "<ndarray>" : try interpreter.str(object)
      return .str(String(repeating: " ", count: indent) + "A. " + text)
    }
    session.definePrintClass(in: module)
    return module
  }
}

extension TheanoSession {
  /// What `debugprint` prints for a variable, a compiled function, an apply node or a list.
  func debugPrintRoots(_ value: PyValue) throws -> [DebugPrintRoot] {
    if let items = sequenceItems(value) { return try items.flatMap(debugPrintRoots) }
    switch value.object {
    case let function as FunctionObject: return function.compiled.debugPrintRoots
    case let node as ApplyObject: return node.node.outputs.map { DebugPrintRoot($0) }
    case let variable as VariableObject: return [DebugPrintRoot(variable.variable)]
    default:
      throw PyException.typeError(
        "('debugprint cannot print an object of this type', \(value.typeName))")
    }
  }

  /// `theano.printing.Print(message="", attrs=("__str__",))`: an op that prints
  /// `message attr = value` for each attribute of its input's value when it runs.
  func definePrintClass(in module: PyModule) {
    let printClass = PyType(name: "Print", module: "theano.printing", base: types.op)
    types.opClasses["Print"] = printClass
    module.defineFunction("Print") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("Print", ["message?", "attrs?", "global_fn?"])
      var message = ""
      if case .str(let text)? = values[0] { message = text }
      var attrs = ["__str__"]
      if let given = values[1] {
        attrs = try (sequenceItems(given) ?? []).map { item in
          guard case .str(let name) = item else { throw PyException.typeError("attrs must be names") }
          return name
        }
      }
      let printer = PrintOp.Printer { [unowned self, unowned interpreter] op, value in
        try self.printAttributes(op, of: self.pythonValue(value), interpreter: interpreter)
      }
      return .object(
        OpObject(PrintOp(message: message, attrs: attrs, printer: printer), type: printClass))
    }
    printClass.defineMethod("__call__") { [unowned self] interpreter, arguments in
      let me = try arguments.receiver(as: OpObject.self, method: "Print.__call__")
      guard arguments.positional.count == 2 else { throw PyException.typeError("Print takes one input") }
      let input = try self.asVariable(arguments.positional[1])
      return try self.building(interpreter) { self.wrap(try me.op.makeNode([input]).out) }
    }
    printClass.defineProperty("message") { _, value in
      .str(((value.object as? OpObject)?.op as? PrintOp)?.message ?? "")
    }
    printClass.defineProperty("attrs") { _, value in
      .tuple((((value.object as? OpObject)?.op as? PrintOp)?.attrs ?? []).map { .str($0) })
    }
  }

  /// Theano's `_print_fn`: `print(op.message, attr, '=', value)` per attribute, calling callable
  /// attributes.
  private func printAttributes(_ op: PrintOp, of value: PyValue, interpreter: Interpreter) throws {
    for attr in op.attrs {
      var shown = try interpreter.getAttribute(value, attr)
      if try isCallable(shown, interpreter) { shown = try interpreter.call(shown) }
      try interpreter.write("\(op.message) \(attr) = \(try interpreter.str(shown))\n")
    }
  }

  private func isCallable(_ value: PyValue, _ interpreter: Interpreter) throws -> Bool {
    guard let object = value.object else { return false }
    if object is PyFunction || object is PyBuiltinFunction || object is PyBoundMethod || object is PyType {
      return true
    }
    return try interpreter.hasAttribute(value, "__call__")
  }
}
