import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// Removes the constants 1 and -1 and the negations from a product, and turns a product with
  /// 0 into zeros: `mul(-1, x) -> neg(x)`, `mul(1, x, y) -> mul(x, y)` (Theano's
  /// `local_mul_specialize`).
  public static let localMulSpecialize = NodeRewriter(
    name: "local_mul_specialize", tracksOps: [Elemwise(.mul)]
  ) { fgraph, node in
    guard plainScalarOp(node) == .mul, let dtype = node.out.dtype else { return nil }
    let context = typingContext(node)
    var negative = false
    var inputs: [Variable] = []
    var negations = 0
    var constants = 0
    for original in node.inputs {
      var input = original
      while plainScalarOp(input.owner) == .neg, let owner = input.owner {
        negative.toggle()
        input = owner.inputs[0]
        negations += 1
      }
      let value = uniqueConstantValue(input)
      if scalarEquals(value, 1) {
        constants += 1
      } else if scalarEquals(value, -1) {
        constants += 1
        negative.toggle()
      } else if scalarEquals(value, 0) {
        return [try broadcastLike(.int(0), node.out, fgraph, context: context)]
      } else {
        inputs.append(input)
      }
    }
    if inputs.elementsEqual(node.inputs, by: ===) { return nil }
    if inputs.isEmpty {
      return [try broadcastLike(.int(negative ? -1 : 1), node.out, fgraph, context: context)]
    }
    let result: Variable
    if inputs.count == 1 {
      if negative {
        if dtype.kind == "u" || dtype == .bool { return nil }
        result = try elemwise(.neg, [inputs[0]], context: context)
      } else {
        result = inputs[0]
      }
    } else {
      if negative && negations == 0 && constants == 1 { return nil }
      if negative { inputs.insert(constant(NDArray(scalar: .int(-1), dtype: dtype)), at: 0) }
      result = try elemwise(.mul, inputs, context: context)
    }
    return [try broadcastLike(result, node.out, fgraph)]
  }

  /// Drops the constant zeros of a sum (Theano's `local_add_specialize`).
  public static let localAddSpecialize = NodeRewriter(
    name: "local_add_specialize", tracksOps: [Elemwise(.add)]
  ) { _, node in
    guard plainScalarOp(node) == .add, let dtype = node.out.dtype else { return nil }
    let context = typingContext(node)
    let inputs = node.inputs.filter { !scalarEquals(scalarConstantArray($0), 0) }
    guard inputs.count < node.inputs.count else { return nil }
    if inputs.isEmpty {
      let zeros = constant(try NDArray.zeros(Array(repeating: 1, count: node.out.ndim), dtype: dtype))
      return [try fillChain(zeros, node.inputs, context: context)]
    }
    let sum = inputs.count == 1 ? inputs[0] : try elemwise(.add, inputs, context: context)
    var result = try fillChain(sum, node.inputs, context: context)
    if result.dtype != dtype { result = try cast(result, dtype) }
    return [result]
  }

  /// `x * x -> sqr(x)` (Theano's `local_mul_to_sqr`).
  public static let localMulToSqr = NodeRewriter(
    name: "local_mul_to_sqr", tracksOps: [Elemwise(.mul)]
  ) { _, node in
    guard plainScalarOp(node) == .mul, node.inputs.count == 2, node.inputs[0] === node.inputs[1]
    else { return nil }
    return [try elemwise(.sqr, [node.inputs[0]], context: typingContext(node))]
  }

  /// `1 / x -> inv(x)` (Theano's `local_div_to_inv`).
  public static let localDivToInv = NodeRewriter(
    name: "local_div_to_inv", tracksOps: [Elemwise(.trueDiv)]
  ) { fgraph, node in
    guard plainScalarOp(node) == .trueDiv,
      scalarEquals(uniqueConstantValue(node.inputs[0]), 1)
    else { return nil }
    var result = try elemwise(.inv, [node.inputs[1]], context: typingContext(node))
    if result.dtype != node.out.dtype { result = try cast(result, node.out.dtype!) }
    if !typesEqual(result.type, node.out.type) { result = try broadcastLike(result, node.out, fgraph) }
    return [result]
  }

  /// `-(-x) -> x` (Theano's `local_neg_neg`).
  public static let localNegNeg = NodeRewriter(name: "local_neg_neg", tracksOps: [Elemwise(.neg)]) {
    _, node in
    guard plainScalarOp(node) == .neg, plainScalarOp(node.inputs[0].owner) == .neg else {
      return nil
    }
    return [node.inputs[0].owner!.inputs[0]]
  }

  /// `-(-a / b) -> a / b` and `-(c / b) -> (-c) / b` for a scalar constant `c` (Theano's
  /// `local_neg_div_neg`).
  public static let localNegDivNeg = NodeRewriter(
    name: "local_neg_div_neg", tracksOps: [Elemwise(.neg)]
  ) { fgraph, node in
    guard plainScalarOp(node) == .neg, let fraction = node.inputs[0].owner,
      plainScalarOp(fraction) == .trueDiv, fgraph.clients(of: node.inputs[0]).count == 1
    else { return nil }
    let (numerator, denominator) = (fraction.inputs[0], fraction.inputs[1])
    let context = typingContext(node)
    if plainScalarOp(numerator.owner) == .neg {
      return [try elemwise(.trueDiv, [numerator.owner!.inputs[0], denominator], context: context)]
    }
    if numerator.broadcastable.allSatisfy({ $0 }), let constant = numerator as? Constant,
      let value = constant.value as? NDArray
    {
      let negated = SymbolicTensor.constant(try NDArray.apply(.negative, value))
      return [try elemwise(.trueDiv, [negated, denominator], context: context)]
    }
    return nil
  }

  /// `fill(s, v) -> alloc(v, shape(s))` (Theano's `local_fill_to_alloc`): with the shape from
  /// `Shape_i` nodes, `s` itself often leaves the graph.
  public static let localFillToAlloc = NodeRewriter(
    name: "local_fill_to_alloc", tracksOps: [Elemwise(.second)]
  ) { fgraph, node in
    guard plainScalarOp(node) == .second else { return nil }
    let (model, value) = (node.inputs[0], node.inputs[1])
    let out = node.out
    if typesEqual(value.type, out.type) { return [value] }
    if value.broadcastable == out.broadcastable { return [try cast(value, out.dtype!)] }
    if model.broadcastable == out.broadcastable {
      return [try broadcastLike(value, model, fgraph, dtype: value.dtype)]
    }
    return nil
  }
}
