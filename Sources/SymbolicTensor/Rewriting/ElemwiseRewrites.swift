import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// `x ** 2 -> sqr(x)`, `x ** 1 -> x` for constant exponents (Theano's `local_pow_specialize`).
  public static let localPowSpecialize = NodeRewriter(
    name: "local_pow_specialize", tracks: [Elemwise.self]
  ) { _, node in
    guard let op = node.op as? Elemwise, op.scalarOp == .pow, op.inplacePattern.isEmpty,
      let exponent = constantValue(node.inputs[1]),
      encompasses(node.inputs[0].broadcastable, node.inputs[1].broadcastable)
    else { return nil }
    let values = Set(exponent.doubles)
    guard values.count == 1, let y = values.first else { return nil }
    let base = node.inputs[0]
    let result: Variable
    switch y {
    case 2: result = try elemwise(.sqr, [base], context: op.context)
    case 1: result = base
    default: return nil
    }
    guard typesEqual(result.type, node.outputTypes[0]) else { return nil }
    return [result]
  }
}

/// The array of a constant, looking through `DimShuffle`s of constants (Theano's `get_constant`).
func constantValue(_ variable: Variable) -> NDArray? {
  var current = variable
  while let owner = current.owner, owner.op is DimShuffle { current = owner.inputs[0] }
  return (current as? Constant)?.value as? NDArray
}

/// Whether pattern `a` is broadcastable wherever `b` is (Theano's `encompasses_broadcastable`).
func encompasses(_ a: [Bool], _ b: [Bool]) -> Bool {
  guard a.count >= b.count else { return false }
  return zip(a.suffix(b.count), b).allSatisfy { !$0 || $1 }
}
