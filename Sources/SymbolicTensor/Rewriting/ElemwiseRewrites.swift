import Foundation
import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// Constant exponents with a dedicated op: `x ** 2 -> sqr(x)`, `x ** 1 -> x`,
  /// `x ** 0 -> fill(x, 1)`, `x ** 0.5 -> sqrt(x)`, `x ** -0.5 -> inv(sqrt(x))`,
  /// `x ** -1 -> inv(x)`, `x ** -2 -> inv(sqr(x))` (Theano's `local_pow_specialize`).
  public static let localPowSpecialize = NodeRewriter(
    name: "local_pow_specialize", tracksOps: [Elemwise(.pow)]
  ) { _, node in
    guard plainScalarOp(node) == .pow, let dtype = node.out.dtype,
      let exponent = uniqueConstantValue(node.inputs[1]),
      encompasses(node.inputs[0].broadcastable, node.inputs[1].broadcastable)
    else { return nil }
    let x = node.inputs[0]
    let context = typingContext(node)
    let y = exponent.scalars[0].realNumber
    let result: Variable
    switch y {
    case 2: result = try elemwise(.sqr, [x], context: context)
    case 1: result = x
    case 0: result = try fill(x, constant(NDArray(scalar: .int(1), dtype: dtype)), context: context)
    case 0.5: result = try elemwise(.sqrt, [x], context: context)
    case -0.5:
      result = try elemwise(.inv, [elemwise(.sqrt, [x], context: context)], context: context)
    case -1: result = try elemwise(.inv, [x], context: context)
    case -2:
      result = try elemwise(.inv, [elemwise(.sqr, [x], context: context)], context: context)
    default: return nil
    }
    let casted = try cast(result, dtype)
    guard typesEqual(casted.type, node.out.type) else { return nil }
    return [casted]
  }

  /// Integer exponents up to 512 as products of repeated squares, fused into one composite
  /// beyond 2: `x ** 3 -> Composite{(sqr(i0) * i0)}`; negative ones take `inv` (Theano's
  /// `local_pow_specialize_device`).
  public static let localPowSpecializeDevice = NodeRewriter(
    name: "local_pow_specialize_device", tracksOps: [Elemwise(.pow)]
  ) { _, node in
    guard plainScalarOp(node) == .pow, let dtype = node.out.dtype, let xType = node.inputs[0].dtype,
      let exponent = uniqueConstantValue(node.inputs[1]),
      encompasses(node.inputs[0].broadcastable, node.inputs[1].broadcastable)
    else { return nil }
    let y = exponent.scalars[0].realNumber
    let magnitude = Swift.abs(y)
    guard magnitude == magnitude.rounded(.towardZero), magnitude <= 512, magnitude >= 1 else {
      return nil
    }
    let x = node.inputs[0]
    let context = typingContext(node)
    // pow2[k] is x ** (2 ** k), as tensors and as a scalar expression.
    var tensors = [x]
    var scalars: [ScalarExpression] = [.input(0)]
    for k in 0..<Int(Foundation.log2(magnitude)) {
      tensors.append(try elemwise(.sqr, [tensors[k]], context: context))
      scalars.append(.apply(.op(.sqr), [scalars[k]], xType))
    }
    var product: Variable?
    var scalarProduct: ScalarExpression?
    var remaining = Int(magnitude)
    while remaining > 0 {
      let k = Int(Foundation.log2(Double(remaining)))
      if let current = product, let currentScalar = scalarProduct {
        product = try elemwise(.mul, [current, tensors[k]], context: context)
        scalarProduct = .apply(.op(.mul), [currentScalar, scalars[k]], xType)
      } else {
        product = tensors[k]
        scalarProduct = scalars[k]
      }
      remaining -= 1 << k
    }
    guard var result = product, let expression = scalarProduct else { return nil }
    if magnitude > 2 {
      result = try CompositeElemwise(Composite(inputDTypes: [xType], output: expression))
        .makeNode([x]).out
    }
    if y < 0 { result = try elemwise(.inv, [result], context: context) }
    let casted = try cast(result, dtype)
    guard typesEqual(casted.type, node.out.type) else { return nil }
    return [casted]
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
