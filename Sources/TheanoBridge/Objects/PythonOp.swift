import MiniPython
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// An instance of a Python subclass of `theano.Op` ("extending Theano": `__props__`,
/// `make_node`, `perform`, `infer_shape`).
final class PythonOpObject: PyObject {}

/// The engine side of a Python op: each call goes back to the Python methods.
final class PythonOpBehavior: HostOp.Behavior {
  unowned let interpreter: Interpreter
  unowned let session: TheanoSession
  let object: PyValue
  let printedName: String

  init(object: PyValue, interpreter: Interpreter, session: TheanoSession) throws {
    self.object = object
    self.interpreter = interpreter
    self.session = session
    self.printedName = try interpreter.str(object)
  }

  func outputTypes(_ inputs: [Variable]) throws -> [any VariableType] {
    let result = try interpreter.callMethod(object, "make_node", Arguments(inputs.map(session.wrap)))
    guard let node = result.object as? ApplyObject else {
      throw PyException.typeError("make_node must return an Apply")
    }
    return node.node.outputTypes
  }

  func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let storage = node.outputTypes.map { _ in PyList([.none]) }
    _ = try interpreter.callMethod(
      object, "perform",
      Arguments([
        .object(ApplyObject(node, session: session)), .list(inputs.map(session.pythonValue)),
        .list(storage.map { .object($0) }),
      ]))
    return try storage.map { cell in
      guard let array = try arrayValue(cell.items[0]) else {
        throw PyException.typeError("perform must store an array in output_storage")
      }
      return array
    }
  }

  func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?]? {
    guard try interpreter.hasAttribute(object, "infer_shape") else { return nil }
    let shapes = inputShapes.map { PyValue.tuple($0.map(session.wrap)) }
    let result = try interpreter.callMethod(
      object, "infer_shape", Arguments([.object(ApplyObject(node, session: session)), .list(shapes)]))
    guard let outputs = sequenceItems(result) else {
      throw PyException.typeError("infer_shape must return a list of shapes")
    }
    return try outputs.map { shape in
      guard let lengths = sequenceItems(shape) else { return nil }
      return try lengths.map(session.asVariable)
    }
  }

  func gradient(_ inputs: [Variable], outputGradients: [Variable]) throws -> [Variable]? { nil }
}

/// The values of an op's `__props__` as hashable keys.
private func propValues(_ value: PyValue, _ interpreter: Interpreter) throws -> [PyKey] {
  guard try interpreter.hasAttribute(value, "__props__"),
    let names = sequenceItems(try interpreter.getAttribute(value, "__props__"))
  else { return [] }
  return try names.map { name in
    guard case .str(let text) = name else { throw PyException.typeError("__props__ must be names") }
    return try interpreter.key(try interpreter.getAttribute(value, text))
  }
}

extension TheanoSession {
  /// The engine op of a Python `theano.Op` instance: its class name and `__props__` values.
  func hostOp(_ value: PyValue, interpreter: Interpreter) throws -> HostOp {
    return HostOp(
      className: value.typeName, props: try propValues(value, interpreter).map(AnyHashable.init),
      behavior: try PythonOpBehavior(object: value, interpreter: interpreter, session: self))
  }

  /// `theano.Op` (a base class for Python ops) and `theano.Apply`.
  func definePythonOpClasses(in module: PyModule) {
    let opClass = PyType(name: "Op", module: "theano.gof.op", base: nil) { PythonOpObject(type: $0) }
    opClass.defineMethod("__call__") { [unowned self] interpreter, arguments in
      let result = try interpreter.callMethod(
        arguments.receiver, "make_node", Arguments(Array(arguments.positional.dropFirst())))
      guard let node = result.object as? ApplyObject else {
        throw PyException.typeError("make_node must return an Apply")
      }
      let outputs = node.node.outputs.map(self.wrap)
      return outputs.count == 1 ? outputs[0] : .list(outputs)
    }
    opClass.defineMethod("__str__") { interpreter, arguments in
      let me = arguments.receiver
      let names = try interpreter.hasAttribute(me, "__props__")
        ? sequenceItems(try interpreter.getAttribute(me, "__props__")) : nil
      guard let names, !names.isEmpty else { return .str(me.typeName) }
      let parts = try names.map { name -> String in
        guard case .str(let text) = name else { return "" }
        return "\(text)=\(try interpreter.repr(try interpreter.getAttribute(me, text)))"
      }
      return .str("\(me.typeName){\(parts.joined(separator: ", "))}")
    }
    opClass.defineMethod("__eq__") { interpreter, arguments in
      guard arguments.positional.count == 2 else { throw PyException.typeError("__eq__ expects 1 argument") }
      let (me, other) = (arguments.positional[0], arguments.positional[1])
      guard me.type === other.type else { return .bool(false) }
      return .bool(try propValues(me, interpreter) == propValues(other, interpreter))
    }
    opClass.defineMethod("__hash__") { interpreter, arguments in
      var hasher = Hasher()
      hasher.combine(ObjectIdentifier(arguments.receiver.type))
      hasher.combine(try propValues(arguments.receiver, interpreter))
      return .int(hasher.finalize())
    }
    module.defineClass(opClass)
    module.defineFunction("Apply") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("Apply", ["op", "inputs", "outputs"])
      let op = try self.hostOp(values[0]!, interpreter: interpreter)
      let inputs = try (sequenceItems(values[1]!) ?? []).map(self.asVariable)
      let outputs = try (sequenceItems(values[2]!) ?? []).map(self.asVariable)
      let node = try self.building(interpreter) {
        Apply(op: op, inputs: inputs, outputTypes: outputs.map(\.type))
      }
      return .object(ApplyObject(node, session: self))
    }
  }
}
