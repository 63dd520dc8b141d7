import MiniPython
import NumericArrays
import SymbolicGraph
import SymbolicTensor

extension TheanoSession {
  /// Defines the `theano.tensor` functions that make tensors of a given shape: `alloc`,
  /// `zeros`, `ones`, `zeros_like`, `ones_like`, `fill` (`second`), `tile`, `repeat`.
  func defineAllocFunctions(_ module: PyModule) {
    module.defineFunction("alloc") { [unowned self] interpreter, arguments in
      try arguments.noKeywords("alloc")
      guard let value = arguments.positional.first else {
        throw PyException.typeError("alloc() missing 1 required positional argument: 'val'")
      }
      return try self.building(interpreter) {
        let shape = try arguments.positional.dropFirst().map(self.asVariable)
        return self.wrap(try alloc(try self.asVariable(value), shape))
      }
    }
    for (name, fillValue) in [("zeros", 0), ("ones", 1)] {
      module.defineFunction(name) { [unowned self] interpreter, arguments in
        let values = try arguments.unpack(name, ["shape", "dtype?"])
        let dtype = try values[1].flatMap { $0.isNone ? nil : try castDType($0) } ?? self.flags.floatX
        return try self.building(interpreter) {
          let lengths = try (sequenceItems(values[0]!) ?? [values[0]!]).map(self.asVariable)
          let value = constant(NDArray(scalar: .int(Int64(fillValue)), dtype: dtype))
          return self.wrap(try alloc(value, lengths))
        }
      }
    }
    for name in ["zeros_like", "ones_like"] {
      module.defineFunction(name) { [unowned self] interpreter, arguments in
        let values = try arguments.unpack(name, ["model", "dtype?", "opt?"])
        let dtype = try values[1].flatMap { $0.isNone ? nil : try castDType($0) }
        return try self.building(interpreter) {
          self.wrap(try self.filledLike(name, try self.asVariable(values[0]!), dtype: dtype))
        }
      }
    }
    for name in ["fill", "second"] {
      module.defineFunction(name) { [unowned self] interpreter, arguments in
        let values = try arguments.unpack(name, ["a", "b"])
        return try self.building(interpreter) {
          self.wrap(
            try fillLike(try self.asVariable(values[0]!), try self.asVariable(values[1]!), context: self.typing))
        }
      }
    }
    module.defineFunction("tile") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("tile", ["x", "reps", "ndim?"])
      let ndim = try values[2].flatMap { $0.isNone ? nil : try self.integerArgument($0, name: "ndim") }
      return try self.building(interpreter) {
        let reps = try (sequenceItems(values[1]!) ?? [values[1]!]).map(self.asVariable)
        if sequenceItems(values[1]!) == nil, let only = reps.first, only.ndim != 0 {
          throw PyException.notImplemented("tile with a symbolic vector of repetitions")
        }
        return self.wrap(try tile(try self.asVariable(values[0]!), reps, ndim: ndim, context: self.typing))
      }
    }
    module.defineFunction("repeat") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("repeat", ["x", "repeats", "axis?"])
      return try self.building(interpreter) {
        self.wrap(
          try self.repeated(try self.asVariable(values[0]!), repeats: values[1]!, axis: values[2]))
      }
    }
  }

  /// `zeros_like` or `ones_like` of `model`.
  func filledLike(_ name: String, _ model: Variable, dtype: DType?) throws -> Variable {
    name == "zeros_like"
      ? try zerosLike(model, dtype: dtype, context: typing)
      : try onesLike(model, dtype: dtype, context: typing)
  }

  /// `repeat(x, repeats, axis)`.
  func repeated(_ x: Variable, repeats: PyValue, axis: PyValue?) throws -> Variable {
    let along = try axis.flatMap { $0.isNone ? nil : try integerArgument($0, name: "axis") }
    return try repeatElements(x, try asVariable(repeats), axis: along, context: typing)
  }
}
