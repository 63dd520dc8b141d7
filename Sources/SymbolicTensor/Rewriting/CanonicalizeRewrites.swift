import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// Constant inputs of ops that upcast anyway are cast to the output dtype, so `1 - x` and
  /// `1.0 - x` merge (Theano's `local_upcast_elemwise_constant_inputs`): `x * 2` becomes
  /// `x * 2.0` for a float64 `x`.
  public static let localUpcastElemwiseConstantInputs = NodeRewriter(
    name: "local_upcast_elemwise_constant_inputs", tracks: [Elemwise.self]
  ) { fgraph, node in
    guard let op = node.op as? Elemwise, op.scalarOp.upcastsConstantInputs,
      let outputDType = node.out.dtype
    else { return nil }
    var changed = false
    var inputs: [Variable] = []
    for input in node.inputs {
      guard input.dtype != outputDType else {
        inputs.append(input)
        continue
      }
      if let value = scalarConstantArray(input, onlyConstants: true) {
        let casted = try cast(constant(value), outputDType)
        if input.broadcastable.allSatisfy({ $0 }) {
          inputs.append(try padLeft(casted, input.ndim))
        } else {
          guard fgraph.feature(ShapeFeature.self) != nil else { return nil }
          inputs.append(try alloc(casted, (0..<input.ndim).map { try ShapeI($0)(input) }))
        }
        changed = true
      } else if input is Constant {
        inputs.append(try cast(input, outputDType))
        changed = true
      } else {
        inputs.append(input)
      }
    }
    guard changed else { return nil }
    let result = try op.makeNode(inputs).out
    guard typesEqual(result.type, node.out.type) else { return nil }
    return [result]
  }

  /// `mul(x) -> x`, `add(x) -> x`, `eq(x, x) -> ones`, `neq(x, x) -> zeros`, `identity(x) -> x`
  /// (Theano's `local_useless_elemwise`, the cases of the ops in scope).
  public static let localUselessElemwise = NodeRewriter(
    name: "local_useless_elemwise", tracks: [Elemwise.self]
  ) { fgraph, node in
    guard let op = node.op as? Elemwise, let dtype = node.out.dtype else { return nil }
    let inputs = node.inputs
    switch op.scalarOp {
    case .mul where inputs.count == 1, .add where inputs.count == 1,
      .identity where inputs.count == 1:
      return [inputs[0]]
    case .eq where inputs.count == 2 && inputs[0] === inputs[1]:
      return [try filledLike(inputs[0], value: 1, dtype: dtype, fgraph: fgraph)]
    case .neq where inputs.count == 2 && inputs[0] === inputs[1]:
      return [try filledLike(inputs[0], value: 0, dtype: dtype, fgraph: fgraph)]
    case .xor where inputs.count == 2 && inputs[0] === inputs[1]:
      return [try filledLike(inputs[0], value: 0, dtype: dtype, fgraph: fgraph)]
    default:
      return nil
    }
  }

  /// `fill(s, v) -> v` when `v` already has the output's type (Theano's `local_useless_fill`).
  public static let localUselessFill = NodeRewriter(
    name: "local_useless_fill", tracksOps: [Elemwise(.second)]
  ) { _, node in
    guard plainScalarOp(node) == .second, typesEqual(node.inputs[1].type, node.out.type) else {
      return nil
    }
    return [node.inputs[1]]
  }

  /// `f(fill(a, b), c) -> fill(a, f(b, c))`: fills move towards the outputs, where they can
  /// disappear (Theano's `local_fill_sink`, without its look-ahead into the clients).
  public static let localFillSink = NodeRewriter(
    name: "local_fill_sink", tracks: [Elemwise.self, Cast.self]
  ) { _, node in
    // A cast is an `Elemwise` in Theano.
    let op = node.op as? Elemwise
    guard op != nil || node.op is Cast, op?.scalarOp != .second || op?.inplacePattern.isEmpty == false
    else { return nil }
    var models: [Variable] = []
    var inputs: [Variable] = []
    for input in node.inputs {
      if plainScalarOp(input.owner) == .second, let owner = input.owner {
        models.append(owner.inputs[0])
        inputs.append(owner.inputs[1])
      } else {
        inputs.append(input)
      }
    }
    guard !models.isEmpty else { return nil }
    var result = try node.op.makeNode(inputs).out
    for model in models where !typesEqual(model.type, result.type) {
      result = try fill(model, result, context: op?.context ?? TypingContext())
    }
    return [result]
  }

  /// Lifts a dimshuffle through an element-wise node used only there, merges consecutive
  /// dimshuffles and removes those that change nothing (Theano's `local_dimshuffle_lift`).
  public static let localDimshuffleLift = NodeRewriter(
    name: "local_dimshuffle_lift", tracks: [DimShuffle.self]
  ) { fgraph, node in try dimshuffleLift(node, fgraph: fgraph) }

  /// `x ** 0 -> 1`, `x ** 1 -> x`, broadcast to the output (Theano's `local_pow_canonicalize`).
  public static let localPowCanonicalize = NodeRewriter(
    name: "local_pow_canonicalize", tracksOps: [Elemwise(.pow)]
  ) { fgraph, node in
    guard plainScalarOp(node) == .pow else { return nil }
    let exponent = uniqueConstantValue(node.inputs[1])
    if scalarEquals(exponent, 0) {
      return [try broadcastLike(.int(1), node.out, fgraph, context: typingContext(node))]
    }
    if scalarEquals(exponent, 1) { return [try broadcastLike(node.inputs[0], node.out, fgraph)] }
    return nil
  }

  /// `inv(x) -> x ** -1.0` in canonical form (Theano's `local_inv_canon`).
  public static let localInvCanon = NodeRewriter(
    name: "local_inv_canon", tracksOps: [Elemwise(.inv)]
  ) { _, node in
    guard plainScalarOp(node) == .inv else { return nil }
    let context = typingContext(node)
    return [try elemwise(.pow, [node.inputs[0], constant(.float(-1), context: context)], context: context)]
  }

  /// `0 * x -> zeros` filled to the inputs' shape (Theano's `local_mul_zero`).
  public static let localMulZero = NodeRewriter(
    name: "local_mul_zero", tracksOps: [Elemwise(.mul)]
  ) { _, node in
    guard plainScalarOp(node) == .mul, let dtype = node.out.dtype else { return nil }
    for input in node.inputs where scalarEquals(scalarConstantArray(input), 0) {
      let zero = constant(NDArray(scalar: .int(0), dtype: dtype))
      return [try fillChain(zero, node.inputs, context: typingContext(node))]
    }
    return nil
  }

  /// `0 / x -> 0` broadcast to the output (Theano's `local_zero_div`).
  public static let localZeroDiv = NodeRewriter(
    name: "local_zero_div", tracksOps: [Elemwise(.intDiv), Elemwise(.trueDiv)]
  ) { fgraph, node in
    guard let op = node.op as? Elemwise, op.scalarOp == .intDiv || op.scalarOp == .trueDiv,
      scalarEquals(uniqueConstantValue(node.inputs[0]), 0)
    else { return nil }
    return [try broadcastLike(.int(0), node.out, fgraph, context: op.context)]
  }

  /// `neg(neg(x)) -> x`, `inv(inv(x)) -> x` (Theano's `local_func_inv`, the pairs in scope).
  public static let localFuncInv = NodeRewriter(name: "local_func_inv", tracks: [Elemwise.self]) {
    _, node in
    guard let op = node.op as? Elemwise, op.scalarOp == .neg || op.scalarOp == .inv,
      let inner = node.inputs.first?.owner?.op as? Elemwise, inner.scalarOp == op.scalarOp
    else { return nil }
    return node.inputs[0].owner!.inputs
  }
}

/// `x` with `ndim` broadcastable axes added on the left (Theano's `shape_padleft`).
func padLeft(_ variable: Variable, _ count: Int) throws -> Variable {
  if count == 0 { return variable }
  let order = Array(repeating: DimShuffle.Entry.broadcast, count: count)
    + (0..<variable.ndim).map { DimShuffle.Entry.axis($0) }
  return try dimshuffle(variable, order)
}

/// Theano's `ones_like`/`zeros_like(x, dtype, opt=True)`: `fill(x, value)`.
private func filledLike(
  _ model: Variable, value: Int64, dtype: DType, fgraph: FunctionGraph
) throws -> Variable {
  try fill(model, constant(NDArray(scalar: .int(value), dtype: dtype)), context: TypingContext())
}

private func dimshuffleLift(_ node: Apply, fgraph: FunctionGraph) throws -> [Variable]? {
  guard let op = node.op as? DimShuffle else { return nil }
  var input = node.inputs[0]
  let inner = input.owner
  var order = op.newOrder
  if let inner, fgraph.clients(of: input).count == 1,
    inner.op is Elemwise || inner.op is Cast
  {
    let inputs = try inner.inputs.map { innerInput -> Variable in
      let shuffled = try DimShuffle(inputBroadcastable: innerInput.broadcastable, newOrder: order)(innerInput)
      return try liftedOnce(shuffled, fgraph: fgraph)
    }
    return try inner.op.makeNode(inputs).outputs
  }
  if let inner, let innerOp = inner.op as? DimShuffle {
    order = order.map { entry in
      if case .axis(let axis) = entry { return innerOp.newOrder[axis] }
      return .broadcast
    }
    input = inner.inputs[0]
  }
  if isUselessDimshuffle(order, input) { return [input] }
  if inner?.op is DimShuffle {
    let merged = try DimShuffle(inputBroadcastable: input.broadcastable, newOrder: order)(input)
    return [try liftedOnce(merged, fgraph: fgraph)]
  }
  return nil
}

/// Theano's `apply_local_dimshuffle_lift`: one lift of a freshly made dimshuffle.
private func liftedOnce(_ variable: Variable, fgraph: FunctionGraph) throws -> Variable {
  guard let owner = variable.owner, let lifted = try dimshuffleLift(owner, fgraph: fgraph) else {
    return variable
  }
  return lifted[0]
}

/// Theano's `is_dimshuffle_useless`.
private func isUselessDimshuffle(_ order: [DimShuffle.Entry], _ input: Variable) -> Bool {
  guard order.count == input.ndim else { return false }
  for (axis, entry) in order.enumerated() {
    if entry == .axis(axis) { continue }
    let entryBroadcastable: Bool
    switch entry {
    case .broadcast: entryBroadcastable = true
    case .axis(let source): entryBroadcastable = input.broadcastable[source]
    }
    if input.broadcastable[axis] && entryBroadcastable { continue }
    return false
  }
  return true
}
