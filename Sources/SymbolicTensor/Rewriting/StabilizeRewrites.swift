import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// `log(1 + x) -> log1p(x)`, `log(1 - x) -> log1p(-x)` (Theano's `local_log1p`).
  public static let localLog1p = NodeRewriter(name: "local_log1p", tracksOps: [Elemwise(.log)]) {
    _, node in
    guard plainScalarOp(node) == .log, let argument = node.inputs[0].owner else { return nil }
    let context = typingContext(node)
    if plainScalarOp(argument) == .add {
      let (scalars, scalarInputs, others) = splitScalarConstants(argument.inputs)
      guard !scalars.isEmpty, isClose(scalars.reduce(0, +), 1), !others.isEmpty else { return nil }
      var rest = others.count > 1 ? try elemwise(.add, others, context: context) : others[0]
      if rest.dtype != node.inputs[0].dtype { rest = try cast(rest, node.out.dtype!) }
      return [try fillChain(elemwise(.log1p, [rest], context: context), scalarInputs, context: context)]
    }
    if plainScalarOp(argument) == .sub {
      guard scalarEquals(scalarConstantArray(argument.inputs[0], onlyConstants: true), 1) else {
        return nil
      }
      var other = argument.inputs[1]
      if other.dtype != node.inputs[0].dtype { other = try cast(other, node.inputs[0].dtype!) }
      return [try elemwise(.log1p, [elemwise(.neg, [other], context: context)], context: context)]
    }
    return nil
  }

  /// `exp(x) / (1 + exp(x)) -> sigmoid(x)`, `c / (1 + exp(x)) -> c * sigmoid(-x)` (Theano's
  /// `local_exp_over_1_plus_exp`).
  public static let localExpOver1PlusExp = NodeRewriter(
    name: "local_exp_over_1_plus_exp", tracksOps: [Elemwise(.trueDiv)]
  ) { _, node in
    guard plainScalarOp(node) == .trueDiv else { return nil }
    let context = typingContext(node)
    var (numExps, numRest, numNegative) = try partitionProduct(node.inputs[0], context: context, match: matchExp)
    let (denomExps, denomRest, denomNegative) = try partitionProduct(
      node.inputs[1], context: context, match: { variable, _ in matchOnePlusExp(variable) })
    var sigmoids: [Variable] = []
    for term in denomExps {
      if let position = numExps.firstIndex(of: term) {
        sigmoids.append(try elemwise(.sigmoid, [term], context: context))
        numExps.remove(at: position)
      } else {
        sigmoids.append(
          try elemwise(.sigmoid, [elemwise(.neg, [term], context: context)], context: context))
      }
    }
    guard !sigmoids.isEmpty else { return nil }
    let factors = try sigmoids + numExps.map { try elemwise(.exp, [$0], context: context) } + numRest
    var numerator = factors.count == 1 ? factors[0] : try elemwise(.mul, factors, context: context)
    if numNegative != denomNegative { numerator = try elemwise(.neg, [numerator], context: context) }
    if denomRest.isEmpty { return [numerator] }
    let denominator = denomRest.count == 1 ? denomRest[0] : try elemwise(.mul, denomRest, context: context)
    return [try elemwise(.trueDiv, [numerator, denominator], context: context)]
  }

  /// `inv(1 + exp(x)) -> sigmoid(-x)` (Theano's `local_inv_1_plus_exp`).
  public static let localInv1PlusExp = NodeRewriter(
    name: "local_inv_1_plus_exp", tracksOps: [Elemwise(.inv)]
  ) { _, node in
    guard plainScalarOp(node) == .inv, let argument = node.inputs[0].owner,
      plainScalarOp(argument) == .add
    else { return nil }
    let (scalars, scalarInputs, others) = splitScalarConstants(argument.inputs)
    guard others.count == 1, let exp = others[0].owner, plainScalarOp(exp) == .exp,
      !scalars.isEmpty, isClose(scalars.reduce(0, +), 1)
    else { return nil }
    let context = typingContext(node)
    let sigmoid = try elemwise(.sigmoid, [elemwise(.neg, [exp.inputs[0]], context: context)], context: context)
    return [try fillChain(sigmoid, scalarInputs, context: context)]
  }

  /// `log1p(exp(x)) -> softplus(x)` (Theano's `log1pexp_to_softplus`).
  public static let log1pexpToSoftplus = NodeRewriter(
    name: "log1pexp_to_softplus", tracksOps: [Elemwise(.log1p)]
  ) { _, node in
    guard plainScalarOp(node) == .log1p, let exp = node.inputs[0].owner, plainScalarOp(exp) == .exp
    else { return nil }
    let result = try elemwise(.softplus, [exp.inputs[0]], context: typingContext(node))
    return typesEqual(result.type, node.out.type) ? [result] : nil
  }

  /// `log(sigmoid(x)) -> -softplus(-x)` (Theano's `logsigm_to_softplus`, a `PatternSub` that
  /// skips a product by 1 around the sigmoid).
  public static let logsigmToSoftplus = NodeRewriter(
    name: "logsigm_to_softplus", tracksOps: [Elemwise(.log)]
  ) { _, node in
    guard plainScalarOp(node) == .log, let sigmoid = skippingProductByOne(node.inputs[0]).owner,
      plainScalarOp(sigmoid) == .sigmoid
    else { return nil }
    let context = typingContext(node)
    let negated = try elemwise(.neg, [sigmoid.inputs[0]], context: context)
    let result = try elemwise(.neg, [elemwise(.softplus, [negated], context: context)], context: context)
    return typesEqual(result.type, node.out.type) ? [result] : nil
  }

  /// `log(1 - sigmoid(x)) -> -softplus(x)`, the 1 any constant close to 1 (Theano's
  /// `log1msigm_to_softplus`).
  public static let log1msigmToSoftplus = NodeRewriter(
    name: "log1msigm_to_softplus", tracksOps: [Elemwise(.log)]
  ) { _, node in
    guard plainScalarOp(node) == .log, let difference = skippingProductByOne(node.inputs[0]).owner,
      plainScalarOp(difference) == .sub,
      let one = scalarConstantArray(difference.inputs[0]), isClose(one.scalars[0].realNumber, 1),
      let sigmoid = skippingProductByOne(difference.inputs[1]).owner, plainScalarOp(sigmoid) == .sigmoid
    else { return nil }
    let context = typingContext(node)
    let result = try elemwise(.neg, [elemwise(.softplus, [sigmoid.inputs[0]], context: context)], context: context)
    return typesEqual(result.type, node.out.type) ? [result] : nil
  }

  /// `log1p(-sigmoid(x)) -> -softplus(x)` (Theano's `log1p_neg_sigmoid`).
  public static let log1pNegSigmoid = NodeRewriter(
    name: "log1p_neg_sigmoid,", tracksOps: [Elemwise(.log1p)]
  ) { _, node in
    guard plainScalarOp(node) == .log1p, let negation = node.inputs[0].owner,
      plainScalarOp(negation) == .neg, let sigmoid = negation.inputs[0].owner,
      plainScalarOp(sigmoid) == .sigmoid
    else { return nil }
    let context = typingContext(node)
    let result = try elemwise(.neg, [elemwise(.softplus, [sigmoid.inputs[0]], context: context)], context: context)
    return typesEqual(result.type, node.out.type) ? [result] : nil
  }
}

/// Theano's `_skip_mul_1`: the one factor of a product whose other factors are constants close
/// to 1, else the variable itself.
private func skippingProductByOne(_ variable: Variable) -> Variable {
  guard let product = variable.owner, plainScalarOp(product) == .mul else { return variable }
  let others = product.inputs.filter { input in
    guard let value = scalarConstantArray(input) else { return true }
    return !isClose(value.scalars[0].realNumber, 1)
  }
  return others.count == 1 ? others[0] : variable
}

/// numpy's `allclose` of two numbers (rtol 1e-5, atol 1e-8).
private func isClose(_ a: Double, _ b: Double) -> Bool { Swift.abs(a - b) <= 1e-8 + 1e-5 * Swift.abs(b) }

/// Theano's `scalarconsts_rest(inputs, only_process_constants=True)`: the values of the scalar
/// constants, those inputs, and the other inputs.
private func splitScalarConstants(_ inputs: [Variable]) -> ([Double], [Variable], [Variable]) {
  var values: [Double] = []
  var constants: [Variable] = []
  var others: [Variable] = []
  for input in inputs {
    if let value = scalarConstantArray(input, onlyConstants: true) {
      values.append(value.scalars[0].realNumber)
      constants.append(input)
    } else {
      others.append(input)
    }
  }
  return (values, constants, others)
}

/// Theano's `is_neg`: `x` for `-x` or a product with a factor -1.
private func matchNegation(_ variable: Variable, context: TypingContext) throws -> Variable? {
  guard let owner = variable.owner else { return nil }
  if plainScalarOp(owner) == .neg { return owner.inputs[0] }
  guard plainScalarOp(owner) == .mul, owner.inputs.count >= 2 else { return nil }
  for (index, input) in owner.inputs.enumerated() {
    guard let value = scalarConstantArray(input), isClose(value.scalars[0].realNumber, -1) else {
      continue
    }
    if owner.inputs.count == 2 { return owner.inputs[1 - index] }
    var rest = owner.inputs
    rest.remove(at: index)
    return try elemwise(.mul, rest, context: context)
  }
  return nil
}

/// Theano's `is_exp`: `(negated, x)` for `exp(x)` or `-exp(x)`.
private func matchExp(_ variable: Variable, context: TypingContext) throws -> (Bool, Variable)? {
  var current = variable
  var negated = false
  if let inner = try matchNegation(variable, context: context) {
    negated = true
    current = inner
  }
  guard let owner = current.owner, plainScalarOp(owner) == .exp else { return nil }
  return (negated, owner.inputs[0])
}

/// Theano's `is_1pexp`: `(false, x)` for `1 + exp(x)` (constants summing to 1).
private func matchOnePlusExp(_ variable: Variable) -> (Bool, Variable)? {
  guard let owner = variable.owner, plainScalarOp(owner) == .add else { return nil }
  let (scalars, _, others) = splitScalarConstants(owner.inputs)
  guard others.count == 1, let exp = others[0].owner, plainScalarOp(exp) == .exp,
    !scalars.isEmpty, isClose(scalars.reduce(0, +), 1)
  else { return nil }
  return (false, exp.inputs[0])
}

/// Theano's `partition_num_or_denom`: the factors of a product that `match`, the others, and
/// the parity of the negations found.
private func partitionProduct(
  _ variable: Variable, context: TypingContext,
  match: (Variable, TypingContext) throws -> (Bool, Variable)?
) throws -> ([Variable], [Variable], Bool) {
  let factors = plainScalarOp(variable.owner) == .mul ? variable.owner!.inputs : [variable]
  var matched: [Variable] = []
  var rest: [Variable] = []
  var negative = false
  for factor in factors {
    if let (negated, term) = try match(factor, context) {
      matched.append(term)
      if negated { negative.toggle() }
    } else {
      rest.append(factor)
    }
  }
  return (matched, rest, negative)
}
