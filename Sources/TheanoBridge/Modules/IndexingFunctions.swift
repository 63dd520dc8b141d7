import MiniPython
import SymbolicGraph
import SymbolicTensor

extension TheanoSession {
  /// Defines `set_subtensor` and `inc_subtensor` of `theano.tensor`.
  func defineIndexingFunctions(_ module: PyModule) {
    module.defineFunction("set_subtensor") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack(
        "set_subtensor", ["x", "y", "inplace?", "tolerate_inplace_aliasing?"])
      let inplace = try values[2].map { try interpreter.truthy($0) } ?? false
      return try self.building(interpreter) {
        self.wrap(
          try incSubtensor(
            try self.asVariable(values[0]!), try self.asVariable(values[1]!), inplace: inplace,
            setInsteadOfInc: true))
      }
    }
    module.defineFunction("inc_subtensor") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack(
        "inc_subtensor",
        ["x", "y", "inplace?", "set_instead_of_inc?", "tolerate_inplace_aliasing?"])
      let inplace = try values[2].map { try interpreter.truthy($0) } ?? false
      let set = try values[3].map { try interpreter.truthy($0) } ?? false
      return try self.building(interpreter) {
        self.wrap(
          try incSubtensor(
            try self.asVariable(values[0]!), try self.asVariable(values[1]!), inplace: inplace,
            setInsteadOfInc: set))
      }
    }
  }
}
