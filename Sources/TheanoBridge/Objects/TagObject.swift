import MiniPython
import NumPyBridge
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// A variable's `tag` (Theano's `ValidatingScratchpad`): free attributes kept on the variable
/// (`test_value` as given; the variable's type filters it when a node uses it).
final class TagObject: PyObject {
  let variable: Variable

  init(_ variable: Variable, type: PyType) {
    self.variable = variable
    super.init(type: type)
  }
}

extension TheanoSession {
  func defineTagClass() {
    let tag = types.tag
    tag.defineMethod("__getattr__") { [unowned self] _, arguments in
      let me = try arguments.receiver(as: TagObject.self, method: "ValidatingScratchpad.__getattr__")
      guard arguments.positional.count == 2, case .str(let name) = arguments.positional[1] else {
        throw PyException.typeError("attribute name must be a string")
      }
      switch me.variable.tag[name] {
      case let value as PyValue: return value
      case let array as NDArray: return self.pythonValue(array)
      default: throw PyException.attributeError("'ValidatingScratchpad' object has no attribute '\(name)'")
      }
    }
    tag.defineMethod("__setattr__") { _, arguments in
      let me = try arguments.receiver(as: TagObject.self, method: "ValidatingScratchpad.__setattr__")
      guard arguments.positional.count == 3, case .str(let name) = arguments.positional[1] else {
        throw PyException.typeError("attribute name must be a string")
      }
      me.variable.tag[name] = arguments.positional[2]
      return .none
    }
    types.tensorVariable.defineProperty("tag") { [unowned self] _, value in
      .object(TagObject(try self.asVariable(value), type: tag))
    }
  }
}
