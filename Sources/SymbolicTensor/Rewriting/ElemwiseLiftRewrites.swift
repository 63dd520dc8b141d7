import NumericArrays
import SymbolicGraph

// Element-wise rewrites of Theano 1.0.5's `theano/tensor/opt.py` that move or merge ops:
// `local_expm1`, `local_abs_lift`, `local_merge_switch_same_cond`, `local_elemwise_sub_zeros`.

extension NodeRewriter {
  /// `exp(a) - 1 -> expm1(a)`, the 1 possibly a broadcast constant (Theano's `local_expm1`, a
  /// canonicalize, stabilize and specialize rewrite).
  public static let localExpm1 = NodeRewriter(name: "local_expm1", tracks: [Elemwise.self]) { _, node in
    guard let op = node.op as? Elemwise, op.scalarOp == .sub, let exp = node.inputs[0].owner,
      let expOp = exp.op as? Elemwise, expOp.scalarOp == .exp,
      scalarEquals(scalarConstantArray(node.inputs[1]), 1), let dtype = node.out.dtype
    else { return nil }
    var result = try elemwise(.expm1, [exp.inputs[0]], context: op.context)
    if result.dtype != dtype { result = try cast(result, dtype) }
    return typesEqual(result.type, node.out.type) ? [result] : nil
  }

  /// `abs(a * b) -> abs(a) * abs(b)` and `abs(a / b) -> abs(a) / abs(b)`, so the canonizer sees
  /// more factors (Theano's `local_abs_lift`, a canonicalize rewrite; `local_abs_merge` undoes it
  /// in specialize).
  public static let localAbsLift = NodeRewriter(name: "local_abs_lift", tracksOps: [Elemwise(.abs)]) {
    _, node in
    guard plainScalarOp(node) == .abs, let argument = node.inputs[0].owner else { return nil }
    let context = typingContext(node)
    let absolute = { (input: Variable) in try elemwise(.abs, [input], context: context) }
    switch plainScalarOp(argument) {
    case .mul?: return [try elemwise(.mul, argument.inputs.map(absolute), context: context)]
    case .trueDiv?:
      return [try elemwise(.trueDiv, argument.inputs.map(absolute), context: context)]
    default: return nil
    }
  }

  /// `op(switch(c, a, b), switch(c, x, y)) -> switch(c, op(a, x), op(b, y))` for a binary
  /// element-wise op (or an n-ary add or mul) whose inputs are all switches on the same
  /// condition (Theano's `local_merge_switch_same_cond`, a canonicalize rewrite).
  public static let localMergeSwitchSameCond = NodeRewriter(
    name: "local_merge_switch_same_cond", tracks: [Elemwise.self]
  ) { _, node in
    guard let op = node.op as? Elemwise, op.scalarOp.isBinaryScalarOp || op.scalarOp == .add
      || op.scalarOp == .mul
    else { return nil }
    let switches = node.inputs.map(\.owner)
    guard switches.allSatisfy({ ($0?.op as? Elemwise)?.scalarOp == .switch }) else { return nil }
    let condition = switches[0]!.inputs[0]
    guard switches.dropFirst().allSatisfy({ $0!.inputs[0] === condition }) else { return nil }
    let left = try op.makeNode(switches.map { $0!.inputs[1] }).out
    let right = try op.makeNode(switches.map { $0!.inputs[2] }).out
    return [try elemwise(.switch, [condition, left, right], context: op.context)]
  }

  /// `x - x -> zeros_like(x)` (Theano's `local_elemwise_sub_zeros`, a specialize rewrite).
  public static let localElemwiseSubZeros = NodeRewriter(
    name: "local_elemwise_sub_zeros", tracks: [Elemwise.self]
  ) { _, node in
    guard let op = node.op as? Elemwise, op.scalarOp == .sub, node.inputs[0] === node.inputs[1] else {
      return nil
    }
    return [try zerosLike(node.inputs[0], context: op.context)]
  }
}

extension ScalarOp {
  /// Whether Theano's scalar op is a `BinaryScalarOp` (two inputs, one output): the arithmetic,
  /// comparison and bit operators with two operands, `maximum`, `minimum` and `second`.
  var isBinaryScalarOp: Bool {
    switch self {
    case .sub, .trueDiv, .intDiv, .mod, .pow, .maximum, .minimum, .eq, .neq, .lt, .gt, .le, .ge,
      .and, .or, .xor, .second:
      return true
    default: return false
    }
  }
}

extension ScalarOp {
  /// Theano's `same_out_nobool` (`neg`) and `upcast_out_nobool` (`sub`): a bool input of `neg`
  /// or a bool result of `sub` is refused.
  /// - Throws: TypeError `bool input not supported` / `bool output not supported`.
  func checkBoolTypes(_ inputs: [DType], context: TypingContext) throws {
    if self == .neg, inputs.first == .bool { throw TensorError.type("bool input not supported") }
    if self == .sub, outputDType(inputs, context: context) == .bool {
      throw TensorError.type("bool output not supported")
    }
  }
}
