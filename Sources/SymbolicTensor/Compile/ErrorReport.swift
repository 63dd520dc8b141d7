import NumericArrays
import SymbolicGraph

/// Theano's `raise_with_op`: the failing node's error with the report a Theano user sees.
///
/// The message is the original error's text followed by the node, its position, its inputs'
/// types, shapes, strides and (small) values, its outputs' clients, and the node's creation
/// back-trace or a hint.
/// - Parameters:
///   - failure: the failing node, its inputs and its error.
///   - fgraph: the graph run (for the outputs' clients).
///   - order: the execution order (for the node's position).
///   - flags: the configuration (`exception_verbosity`).
///   - message: the message to annotate, when not the error's own.
///   - showsInputs: whether the linker knows the inputs' values (Theano's thunk inputs): without
///     them the report has no shapes, strides, values or clients, but a hint.
func nodeFailureError(
  _ failure: NodeFailure, fgraph: FunctionGraph, order: [Apply], flags: TheanoFlags,
  message: String? = nil, showsInputs: Bool = true
) -> TensorError {
  let original = TensorError.from(failure.error)
  let node = failure.node
  var hints: [String] = []
  var detail = "\nApply node that caused the error: \(node)"
  if let position = order.firstIndex(where: { $0 === node }) {
    detail += "\nToposort index: \(position)"
  }
  detail += "\nInputs types: [\(node.inputs.map { typeRepr($0.type) }.joined(separator: ", "))]\n"
  let high = flags.exceptionVerbosity == "high"
  if showsInputs {
    let arrays = failure.inputValues.map { $0 as? NDArray }
    let scalarInputs = node.inputs.map { $0.type is ScalarType }
    let shapes = arrays.map { $0.map { pythonTuple($0.shape) } ?? "'No shapes'" }
    let strides = arrays.map { $0.map { pythonTuple($0.byteStrides) } ?? "'No strides'" }
    let values = zip(arrays, scalarInputs).map { array, isScalar -> String in
      guard let array else { return "'not shown'" }
      // A `Scalar` input holds a numpy scalar, whose repr is the bare number.
      if isScalar, let item = try? array.item() { return formatScalar(item, dtype: array.dtype) }
      return array.size <= 5 ? formatRepr(array) : "'not shown'"
    }
    detail += "Inputs shapes: [\(shapes.joined(separator: ", "))]"
    detail += "\nInputs strides: [\(strides.joined(separator: ", "))]"
    detail += "\nInputs values: [\(values.joined(separator: ", "))]"
    if high {
      let numbers = arrays.map { $0.map { String(numpyTypeNumber($0.dtype)) } ?? "''" }
      detail += "\nInputs type_num: [\(numbers.joined(separator: ", "))]"
    }
    let clients = node.outputs.map { output in
      "[" + fgraph.clients(of: output).map(\.description).joined(separator: ", ") + "]"
    }
    detail += "\nOutputs clients: [\(clients.joined(separator: ", "))]\n"
  } else {
    hints.append(
      "HINT: Use another linker then the c linker to have the inputs shapes and strides printed.")
  }
  if node.trace.isEmpty {
    hints.append(
      "HINT: Re-running with most Theano optimization disabled could give you a back-trace of "
        + "when this node was created. This can be done with by setting the Theano flag "
        + "'optimizer=fast_compile'. If that does not work, Theano optimizations can be disabled "
        + "with 'optimizer=None'.")
  } else {
    detail += "\nBacktrace when the node is created(use Theano flag traceback.limit=N to make it "
      + "longer):\n" + node.trace.joined()
  }
  if high {
    var done = Set<Apply>()
    detail += "\nDebugprint of the apply node: \n"
      + debugPrint(
        node.outputs.map { DebugPrintRoot($0) },
        options: DebugPrintOptions(printType: true, stopOnName: true), done: &done)
  }
  // The perform linker gives no storage map, so Theano suggests the flag even when it is set.
  hints.append(
    "HINT: Use the Theano flag 'exception_verbosity=high' for a debugprint and storage map "
      + "footprint of this apply node.")
  return TensorError(
    original.pythonType,
    (message ?? original.message) + detail + "\n" + hints.joined(separator: "\n"))
}

/// numpy's `dtype.num` on 64-bit Linux.
private func numpyTypeNumber(_ dtype: DType) -> Int {
  switch dtype {
  case .bool: return 0
  case .int8: return 1
  case .uint8: return 2
  case .int16: return 3
  case .uint16: return 4
  case .int32: return 5
  case .uint32: return 6
  case .int64: return 7
  case .uint64: return 8
  case .float16: return 23
  case .float32: return 11
  case .float64: return 12
  case .complex64: return 14
  case .complex128: return 15
  }
}

/// The repr of a type as a Python list of types prints it: `Scalar(int64)` for scalars.
private func typeRepr(_ type: any VariableType) -> String {
  if let scalar = type as? ScalarType { return "Scalar(\(scalar.dtype))" }
  return "\(type)"
}
