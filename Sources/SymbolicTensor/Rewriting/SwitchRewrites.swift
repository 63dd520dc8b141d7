import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// `switch(constant, a, b)` -> the branch taken (cast and allocated to the output's type);
  /// `switch(c, a, a)` -> `a` (filled to `c`'s shape); `switch(le(shape_i(x), 0), 0,
  /// shape_i(x))` -> `shape_i(x)` (Theano's `local_useless_switch`).
  public static let localUselessSwitch = NodeRewriter(
    name: "local_useless_switch", tracks: [Elemwise.self]
  ) { _, node in
    guard let op = node.op as? Elemwise, op.scalarOp == .switch, let dtype = node.out.dtype else {
      return nil
    }
    let (condition, left, right) = (node.inputs[0], node.inputs[1], node.inputs[2])
    if let constant = condition as? Constant, let value = constant.value as? NDArray, value.ndim == 0 {
      let chosen = try value.item().realNumber != 0 ? left : right
      guard chosen.ndim == node.out.ndim else { return nil }
      var result = try cast(chosen, dtype)
      if result.broadcastable != node.out.broadcastable {
        let lengths = try (0..<result.ndim).map { axis -> Variable in
          let source: Variable
          if result.broadcastable[axis] == node.out.broadcastable[axis] {
            source = result
          } else {
            source = left.broadcastable[axis] ? right : left
          }
          return try subtensor(shape(source), [.index(scalarConstant(Int64(axis)))])
        }
        result = try alloc(result, lengths)
      }
      return [result]
    }
    if left === right {
      if typesEqual(condition.type, left.type) { return [left] }
      return [try fill(condition, left, context: op.context)]
    }
    if let comparison = condition.owner, plainScalarOp(comparison) == .le,
      comparison.inputs[0].owner?.op is ShapeI, isConstantZero(comparison.inputs[1]),
      isConstantZero(left), right === comparison.inputs[0]
    {
      return [right]
    }
    return nil
  }
}

/// Theano's `extract_constant(x, only_process_constants=True) == 0`.
func isConstantZero(_ variable: Variable) -> Bool {
  guard let constant = variable as? Constant, let array = constant.value as? NDArray, array.size == 1,
    let value = try? array.reshaped([]).item()
  else { return false }
  return value.realNumber == 0
}

extension NodeRewriter {
  /// `mul(a, switch(c, 0, x), b) -> switch(c, 0, mul(a, b, x))` (and with the zero in the other
  /// branch), so the product is not computed where the switch gives 0 (Theano's
  /// `local_mul_switch_sink`).
  public static let localMulSwitchSink = NodeRewriter(
    name: "local_mul_switch_sink", tracksOps: [Elemwise(.mul)]
  ) { _, node in
    guard plainScalarOp(node) == .mul, let op = node.op as? Elemwise else { return nil }
    for (position, input) in node.inputs.enumerated() {
      guard let switchNode = input.owner, plainScalarOp(switchNode) == .switch else { continue }
      var others = node.inputs
      others.remove(at: position)
      let zero = constant(.int(0), context: op.context)
      if isConstantZero(switchNode.inputs[1]) {
        let product = try elemwise(.mul, others + [switchNode.inputs[2]], context: op.context)
        return [try elemwise(.switch, [switchNode.inputs[0], zero, product], context: op.context)]
      }
      if isConstantZero(switchNode.inputs[2]) {
        let product = try elemwise(.mul, others + [switchNode.inputs[1]], context: op.context)
        return [try elemwise(.switch, [switchNode.inputs[0], product, zero], context: op.context)]
      }
    }
    return nil
  }

  /// `abs(x) * abs(y) -> abs(x * y)` (non-negative constants allowed among the factors) and
  /// `abs(x) / abs(y) -> abs(x / y)` (Theano's `local_abs_merge`).
  public static let localAbsMerge = NodeRewriter(
    name: "local_abs_merge", tracksOps: [Elemwise(.mul), Elemwise(.trueDiv)]
  ) { _, node in
    guard let scalarOp = plainScalarOp(node), let op = node.op as? Elemwise else { return nil }
    let isAbs = { (variable: Variable) in plainScalarOp(variable.owner) == .abs }
    if scalarOp == .mul && node.inputs.filter(isAbs).count > 1 {
      var inputs: [Variable] = []
      for input in node.inputs {
        if isAbs(input) {
          inputs.append(input.owner!.inputs[0])
        } else if let constant = input as? Constant, let value = constant.value as? NDArray {
          guard value.scalars.map(\.realNumber).allSatisfy({ $0 >= 0 }) else { return nil }
          inputs.append(input)
        } else {
          return nil
        }
      }
      return [try elemwise(.abs, [try elemwise(.mul, inputs, context: op.context)], context: op.context)]
    }
    if scalarOp == .trueDiv && node.inputs.allSatisfy(isAbs) {
      let quotient = try elemwise(
        .trueDiv, [node.inputs[0].owner!.inputs[0], node.inputs[1].owner!.inputs[0]], context: op.context)
      return [try elemwise(.abs, [quotient], context: op.context)]
    }
    return nil
  }
}
