import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// Comparisons whose result is known from the graph (Theano's
  /// `local_useless_elemwise_comparison`): `lt(x, x)`, `gt(x, x)` -> zeros; `le(x, x)`,
  /// `ge(x, x)` -> ones; `minimum(x, x)`, `maximum(x, x)` -> `x`; and, shapes being never negative,
  /// `lt(shape_i, 0)` -> zeros, `ge(shape_i, 0)` -> ones, `maximum(shape_i, 0)` -> `shape_i`,
  /// `minimum(shape_i, 0)` -> zeros, the same for sums of shapes, and `eq(shape graph, -n)` ->
  /// zeros.
  public static let localUselessElemwiseComparison = NodeRewriter(
    name: "local_useless_elemwise_comparison", tracks: [Elemwise.self]
  ) { _, node in
    guard let op = node.op as? Elemwise, node.inputs.count == 2, let dtype = node.out.dtype else {
      return nil
    }
    let (a, b) = (node.inputs[0], node.inputs[1])
    let zeros = { (model: Variable) in try likeOpt(model, 0, dtype: dtype, context: op.context) }
    let ones = { (model: Variable) in try likeOpt(model, 1, dtype: dtype, context: op.context) }
    let isShape = { (variable: Variable) in variable.owner?.op is ShapeI }
    let isSumOfShapes = { (variable: Variable) -> Bool in
      guard let owner = variable.owner, plainScalarOp(owner) == .add else { return false }
      return owner.inputs.allSatisfy(isShape)
    }
    if a === b {
      switch op.scalarOp {
      case .lt, .gt: return [try zeros(a)]
      case .le, .ge: return [try ones(a)]
      case .minimum, .maximum: return [a]
      default: break
      }
    }
    switch op.scalarOp {
    case .lt where isShape(a) && isConstantZero(b): return [try zeros(a)]
    case .ge where isShape(a) && isConstantZero(b): return [try ones(a)]
    case .maximum where isShape(a) && isConstantZero(b): return [a]
    case .maximum where isConstantZero(a) && isShape(b): return [b]
    case .minimum where isShape(a) && isConstantZero(b): return [try zeros(a)]
    case .minimum where isConstantZero(a) && isShape(b): return [try zeros(b)]
    case .lt where isSumOfShapes(a) && isConstantZero(b): return [try zeros(a)]
    case .ge where isSumOfShapes(a) && isConstantZero(b): return [try ones(a)]
    case .eq:
      guard let owner = a.owner, onlyShapes(owner), let constant = b as? Constant,
        let value = constant.value as? NDArray, value.size == 1,
        try value.reshaped([]).item().realNumber < 0
      else { return nil }
      return [try zeros(a)]
    default: return nil
    }
  }
}

/// Theano's `zeros_like`/`ones_like(model, dtype, opt=True)`: the constant itself when it has
/// the model's type, else `fill(model, constant)`.
private func likeOpt(_ model: Variable, _ value: Int64, dtype: DType, context: TypingContext) throws -> Variable {
  let filler = constant(NDArray(scalar: .int(value), dtype: dtype))
  if typesEqual(filler.type, model.type) { return filler }
  return try fill(model, filler, context: context)
}

/// Whether a node computes only from shapes (its values are never negative).
private func onlyShapes(_ node: Apply) -> Bool {
  switch node.op {
  case is Shape, is ShapeI: return true
  case is Subtensor: return node.inputs[0].owner.map(onlyShapes) ?? false
  case is Join: return node.inputs.dropFirst().allSatisfy { $0.owner.map(onlyShapes) ?? false }
  case is MakeVector: return node.inputs.allSatisfy { $0.owner.map(onlyShapes) ?? false }
  default: return false
  }
}

extension NodeRewriter {
  /// `x // 1 -> x` (cast to the output's dtype) (Theano's `local_intdiv_by_one`).
  public static let localIntDivByOne = NodeRewriter(
    name: "local_intdiv_by_one", tracksOps: [Elemwise(.intDiv)]
  ) { _, node in
    guard plainScalarOp(node) == .intDiv, let dtype = node.out.dtype,
      let divisor = node.inputs[1] as? Constant, let value = divisor.value as? NDArray,
      value.scalars.map(\.realNumber).allSatisfy({ $0 == 1 })
    else { return nil }
    return [try cast(node.inputs[0], dtype)]
  }
}
