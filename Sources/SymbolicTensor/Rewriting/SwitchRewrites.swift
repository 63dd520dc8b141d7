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
      let chosen = try value.item().doubleValue != 0 ? left : right
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
  return value.doubleValue == 0
}
