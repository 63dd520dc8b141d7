import NumericArrays
import SymbolicGraph

/// What Theano knows statically about a variable's shape, as text: `(x.shape[0] + y.shape[0],
/// x.shape[1])` for `join(0, x, y)`, `(2, 2)` after `specify_shape`, `()` for scalars.
///
/// The shape comes from the ops' `inferShape` (a ``ShapeFeature`` on the variable's graph);
/// lengths print as constants, `v.shape[i]` for a length the graph only knows at run time, and
/// arithmetic between them.
/// - Throws: ``TensorError`` when the graph cannot be analysed.
public func describeShape(of variable: Variable) throws -> String {
  let inputs = graphInputs(of: [variable]).filter { !($0 is Constant) }
  let feature = ShapeFeature()
  do {
    _ = try FunctionGraph(inputs: inputs, outputs: [variable], features: [feature], clone: false)
  } catch {
    throw TensorError.from(error)
  }
  guard let shape = feature.shape(of: variable) else { return "unknown" }
  return pythonTuple(shape.map { describeLength($0, feature: feature) })
}

private func describeLength(_ length: Variable, feature: ShapeFeature) -> String {
  // Iterative post-order over the length's small graph.
  var texts: [Variable: (text: String, atomic: Bool)] = [:]
  var stack: [(Variable, Bool)] = [(length, false)]
  while let (current, expanded) = stack.popLast() {
    if texts[current] != nil { continue }
    if let constant = current as? Constant, let array = constant.value as? NDArray {
      texts[current] = (array.numpyStr, true)
      continue
    }
    guard let node = current.owner else {
      texts[current] = (current.description, true)
      continue
    }
    if let shapeI = node.op as? ShapeI {
      texts[current] = ("\(prettyPrint(node.inputs[0])).shape[\(shapeI.i)]", true)
      continue
    }
    if !expanded {
      stack.append((current, true))
      for input in node.inputs.reversed() { stack.append((input, false)) }
      continue
    }
    let operands = node.inputs.map { texts[$0] ?? ($0.description, true) }
    if let op = node.op as? Elemwise, let symbol = infix(op.scalarOp), operands.count == 2 {
      let parts = operands.map { op.scalarOp == .add || $0.atomic ? $0.text : "(\($0.text))" }
      texts[current] = (parts.joined(separator: " \(symbol) "), false)
    } else {
      texts[current] = ("\(node.op)(\(operands.map(\.text).joined(separator: ", ")))", true)
    }
  }
  return texts[length]?.text ?? length.description
}

private func infix(_ op: ScalarOp) -> String? {
  switch op {
  case .add: return "+"
  case .sub: return "-"
  case .mul: return "*"
  case .intDiv: return "//"
  default:
    return nil
  }
}
