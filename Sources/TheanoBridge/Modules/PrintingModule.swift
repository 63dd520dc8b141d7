import MiniPython
import SymbolicGraph
import SymbolicTensor

/// `theano.printing`: `debugprint` and `pp`.
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
}
