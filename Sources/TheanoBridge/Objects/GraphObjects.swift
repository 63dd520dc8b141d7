import MiniPython
import SymbolicGraph
import SymbolicTensor

/// A Python object for a variable's type (`x.type`), printed `TensorType(float64, matrix)`.
final class TypeObject: PyObject {
  let variableType: any VariableType

  init(_ variableType: any VariableType, type: PyType) {
    self.variableType = variableType
    super.init(type: type)
  }
}

/// A Python object for an apply node (`x.owner`): `op`, `inputs`, `outputs`.
final class ApplyObject: PyObject {
  let node: Apply

  init(_ node: Apply, session: TheanoSession) {
    self.node = node
    super.init(type: session.types.apply)
  }
}

/// A Python object for an op (`x.owner.op`), printed with Theano's name.
final class OpObject: PyObject {
  let op: any Op

  init(_ op: any Op, type: PyType) {
    self.op = op
    super.init(type: type)
  }
}

extension TheanoSession {
  func defineGraphClasses() {
    let tensorType = types.tensorType
    for name in ["__repr__", "__str__"] {
      tensorType.defineMethod(name) { _, arguments in
        .str("\(try arguments.receiver(as: TypeObject.self, method: "TensorType.\(name)").variableType)")
      }
    }
    tensorType.defineMethod("__eq__") { _, arguments in
      let me = try arguments.receiver(as: TypeObject.self, method: "TensorType.__eq__")
      guard let other = arguments.positional.last?.object as? TypeObject else { return .bool(false) }
      return .bool(typesEqual(me.variableType, other.variableType))
    }
    tensorType.defineProperty("dtype") { _, value in
      .str(((value.object as? TypeObject)?.variableType as? TensorType)?.dtype.name ?? "")
    }
    tensorType.defineProperty("broadcastable") { _, value in
      .tuple((((value.object as? TypeObject)?.variableType as? TensorType)?.broadcastable ?? []).map { .bool($0) })
    }
    tensorType.defineProperty("ndim") { _, value in
      .int(((value.object as? TypeObject)?.variableType as? TensorType)?.ndim ?? 0)
    }
    tensorType.defineMethod("__call__") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("__call__", ["self", "name?"])
      let me = try arguments.receiver(as: TypeObject.self, method: "TensorType.__call__")
      var name: String?
      if case .str(let text)? = values[1] { name = text }
      return try self.building(interpreter) { self.wrap(Variable(type: me.variableType, name: name)) }
    }
    let apply = types.apply
    for name in ["__repr__", "__str__"] {
      apply.defineMethod(name) { _, arguments in
        .str(try arguments.receiver(as: ApplyObject.self, method: "Apply.\(name)").node.description)
      }
    }
    apply.defineProperty("op") { [unowned self] _, value in
      guard let node = (value.object as? ApplyObject)?.node else { return .none }
      if let host = node.op as? HostOp, let python = host.behavior as? PythonOpBehavior {
        return python.object
      }
      return .object(OpObject(node.op, type: self.types.opClass(node.op)))
    }
    apply.defineProperty("inputs") { [unowned self] _, value in
      .list(((value.object as? ApplyObject)?.node.inputs ?? []).map(self.wrap))
    }
    apply.defineProperty("outputs") { [unowned self] _, value in
      .list(((value.object as? ApplyObject)?.node.outputs ?? []).map(self.wrap))
    }
    for name in ["__repr__", "__str__"] {
      types.op.defineMethod(name) { _, arguments in
        .str("\(try arguments.receiver(as: OpObject.self, method: "Op.\(name)").op)")
      }
    }
  }
}
