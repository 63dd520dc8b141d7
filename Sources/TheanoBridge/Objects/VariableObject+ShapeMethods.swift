import MiniPython
import SymbolicGraph
import SymbolicTensor

extension TheanoSession {
  /// The shape methods of `TensorVariable`: `flatten`, `ravel`, `transpose`.
  func defineShapeMethods(_ type: PyType) {
    type.defineMethod("flatten") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("flatten", ["self", "ndim?"])
      let me = try self.receiverVariable(arguments, "TensorVariable.flatten")
      let ndim = try values[1].map { try self.integerArgument($0, name: "ndim") } ?? 1
      return try self.building(interpreter) { self.wrap(try flatten(me, ndim: ndim)) }
    }
    type.defineMethod("ravel") { [unowned self] interpreter, arguments in
      try arguments.expect("ravel", count: 1)
      let me = try self.receiverVariable(arguments, "TensorVariable.ravel")
      return try self.building(interpreter) { self.wrap(try flatten(me, ndim: 1)) }
    }
    type.defineMethod("transpose") { [unowned self] interpreter, arguments in
      try arguments.noKeywords("transpose")
      let me = try self.receiverVariable(arguments, "TensorVariable.transpose")
      let axes = Array(arguments.positional.dropFirst())
      return try self.building(interpreter) {
        if axes.isEmpty { return self.wrap(try self.transposed(me, axes: nil)) }
        if axes.count == 1, sequenceItems(axes[0]) != nil {
          return self.wrap(try self.transposed(me, axes: axes[0]))
        }
        return self.wrap(try self.transposed(me, axes: .tuple(axes)))
      }
    }
  }
}

extension TheanoSession {
  /// The methods of `TensorVariable` that make tensors like it: `zeros_like`, `ones_like`,
  /// `fill`, `repeat`.
  func defineAllocMethods(_ type: PyType) {
    for name in ["zeros_like", "ones_like"] {
      type.defineMethod(name) { [unowned self] interpreter, arguments in
        let values = try arguments.unpack(name, ["model", "dtype?"])
        let me = try self.receiverVariable(arguments, "TensorVariable.\(name)")
        let dtype = try values[1].flatMap { $0.isNone ? nil : try castDType($0) }
        return try self.building(interpreter) { self.wrap(try self.filledLike(name, me, dtype: dtype)) }
      }
    }
    type.defineMethod("fill") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("fill", ["self", "value"])
      let me = try self.receiverVariable(arguments, "TensorVariable.fill")
      return try self.building(interpreter) {
        self.wrap(try fillLike(me, try self.asVariable(values[1]!), context: self.typing))
      }
    }
    type.defineMethod("repeat") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("repeat", ["self", "repeats", "axis?"])
      let me = try self.receiverVariable(arguments, "TensorVariable.repeat")
      return try self.building(interpreter) {
        self.wrap(try self.repeated(me, repeats: values[1]!, axis: values[2]))
      }
    }
  }
}
