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
