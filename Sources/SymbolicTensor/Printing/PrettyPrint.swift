import SymbolicGraph

/// Theano's `theano.pp`: an expression for a variable (`((x + y) * x)`, `Shape(x)[Constant{0}]`).
///
/// Arithmetic prints as operators, always parenthesized; broadcasting dimshuffles print as their
/// input; other ops print as `Op(inputs)`.
public func prettyPrint(_ variable: Variable) -> String {
  // Iterative post-order: each variable's text is built after its inputs' texts.
  var texts: [Variable: String] = [:]
  var stack: [(Variable, Bool)] = [(variable, false)]
  while let (current, expanded) = stack.popLast() {
    if texts[current] != nil { continue }
    guard let node = current.owner else {
      texts[current] = current.description
      continue
    }
    if !expanded {
      stack.append((current, true))
      for input in node.inputs.reversed() where texts[input] == nil { stack.append((input, false)) }
      continue
    }
    texts[current] = format(node, node.inputs.map { texts[$0] ?? $0.description })
  }
  return texts[variable] ?? variable.description
}

private func format(_ node: Apply, _ inputs: [String]) -> String {
  switch node.op {
  case let op as Elemwise where op.inplacePattern.isEmpty:
    if op.scalarOp == .abs, op.name == nil { return "|\(inputs[0])|" }
    if let symbol = operatorSymbol(op.scalarOp) {
      if inputs.count == 1 { return "(\(symbol)\(inputs[0]))" }
      return "(" + inputs.joined(separator: " \(symbol) ") + ")"
    }
    return "\(op.name ?? op.scalarOp.name)(\(inputs.joined(separator: ", ")))"
  case let op as DimShuffle:
    // Theano's `DimShufflePrinter`: leading `x` entries are dropped, then the identity prints
    // the input, the full reversal `.T`, anything else `DimShuffle{0, x}(input)`.
    let order = Array(op.newOrder.drop { $0 == .broadcast })
    let ndim = op.inputBroadcastable.count
    if order == (0..<ndim).map({ .axis($0) }) { return inputs[0] }
    if order == (0..<ndim).reversed().map({ .axis($0) }) { return "\(inputs[0]).T" }
    return "DimShuffle{\(order.map(\.description).joined(separator: ", "))}(\(inputs[0]))"
  case let op as Cast:
    return "\(op.dtype)(\(inputs[0]))"
  case is Join:
    return "join(\(inputs.joined(separator: ", ")))"
  case is Dot:
    return "(\(inputs[0]) \\dot \(inputs[1]))"
  case let op as Subtensor:
    // Theano's SubtensorPrinter: an index prints the last input not yet printed (so with
    // several indices they come out reversed); a slice prints its parts' types, `start:stop`,
    // then `:step` only when there is a step.
    var remaining = Array(inputs.dropFirst())
    let parts = op.entries.map { entry -> String in
      switch entry {
      case .index: return remaining.popLast() ?? ""
      case .slice(let start, let stop, let step):
        let texts = [start, stop, step].map { $0?.name }
        return "\(texts[0] ?? ""):\(texts[1] ?? "")" + (texts[2].map { ":" + $0 } ?? "")
      }
    }
    return "\(inputs[0])[\(parts.joined(separator: ", "))]"
  default:
    return "\(node.op)(\(inputs.joined(separator: ", ")))"
  }
}

private func operatorSymbol(_ op: ScalarOp) -> String? {
  switch op {
  case .add: return "+"
  case .sub: return "-"
  case .mul: return "*"
  case .trueDiv: return "/"
  case .intDiv: return "//"
  case .pow: return "**"
  case .neg: return "-"
  default:
    return nil
  }
}
