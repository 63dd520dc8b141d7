import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// `mul(s, Dot22(x, y), ...) -> mul(Dot22Scalar(x, y, s), ...)` for a scalar `s` that does not
  /// upcast the product, also taking the scalar from a `mul` one level down (Theano's
  /// `local_dot22_to_dot22scalar`, run after the `Gemm` rewrite).
  public static let localDot22ToDot22Scalar = NodeRewriter(
    name: "local_dot22_to_dot22scalar", tracks: [Elemwise.self]
  ) { _, node in
    guard let op = node.op as? Elemwise, op.scalarOp == .mul, op.inplacePattern.isEmpty,
      let dotIndex = node.inputs.firstIndex(where: { $0.owner?.op is Dot22 }),
      let dtype = node.inputs[dotIndex].dtype
    else { return nil }
    let product = node.inputs[dotIndex]
    let (x, y) = (product.owner!.inputs[0], product.owner!.inputs[1])
    func dot22Scalar(_ scale: Variable) throws -> Variable {
      let scaled = try Dot22Scalar().makeNode([x, y, try cast(scale, dtype)])
      scaled.trace = node.trace
      return scaled.out
    }
    let scalars = try node.inputs.map { try asScalar($0, dtype: dtype) }
    if scalars.allSatisfy({ $0 == nil }) {
      // A scalar in a `mul` input: reassociate.
      guard
        let mulIndex = try node.inputs.firstIndex(where: { input in
          guard let owner = input.owner, let inner = owner.op as? Elemwise, inner.scalarOp == .mul,
            inner.inplacePattern.isEmpty
          else { return false }
          return try owner.inputs.contains { try asScalar($0, dtype: dtype) != nil }
        })
      else { return nil }
      let inner = node.inputs[mulIndex].owner!
      guard
        let scalarIndex = try inner.inputs.firstIndex(where: { input in
          try asScalar(input, dtype: dtype) != nil
            && upcast([input.dtype ?? dtype, dtype], context: op.context) == dtype
        }),
        let scale = try asScalar(inner.inputs[scalarIndex], dtype: dtype)
      else { return nil }
      let others = node.inputs.indices.filter { $0 != dotIndex && $0 != mulIndex }.map { node.inputs[$0] }
      let innerOthers = inner.inputs.indices.filter { $0 != scalarIndex }.map { inner.inputs[$0] }
      return [try elemwise(.mul, [try dot22Scalar(scale)] + others + innerOthers, context: op.context)]
    }
    guard
      let scalarIndex = node.inputs.indices.first(where: { index in
        index != dotIndex && scalars[index] != nil
          && upcast([node.inputs[index].dtype ?? dtype, dtype], context: op.context) == dtype
      }),
      let scale = scalars[scalarIndex]
    else { return nil }
    var others = node.inputs
    others.remove(at: others.firstIndex { $0 === product }!)
    others.remove(at: others.firstIndex { $0 === node.inputs[scalarIndex] }!)
    let scaled = try dot22Scalar(scale)
    return [others.isEmpty ? scaled : try elemwise(.mul, [scaled] + others, context: op.context)]
  }
}

/// Theano's `_as_scalar`: an all-broadcastable variable as a 0-d one (dimshuffles removed), an
/// integer one cast to `dtype` when that does not upcast; nil otherwise.
private func asScalar(_ variable: Variable, dtype: DType) throws -> Variable? {
  guard variable.broadcastable.allSatisfy({ $0 }) else { return nil }
  var current = variable
  while let owner = current.owner, owner.op is DimShuffle { current = owner.inputs[0] }
  let scalar = current.ndim > 0 ? try dimshuffle(current, []) : current
  guard let scalarDType = scalar.dtype, scalarDType.isInteger else { return scalar }
  guard upcast([scalarDType, dtype], context: TypingContext()) == dtype else { return nil }
  return try cast(scalar, dtype)
}
