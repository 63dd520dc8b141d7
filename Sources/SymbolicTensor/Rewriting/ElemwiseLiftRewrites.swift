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

extension NodeRewriter {
  /// `unary(alloc(x, shape)) -> alloc(cast(unary(x)), shape)` for a one-input element-wise op, a
  /// cast included (Theano's `local_alloc_unary`, a specialize rewrite).
  public static let localAllocUnary = NodeRewriter(
    name: "local_alloc_unary", tracks: [Elemwise.self, Cast.self]
  ) { _, node in
    guard node.inputs.count == 1, node.op is Elemwise || node.op is Cast,
      let allocation = node.inputs[0].owner, allocation.op is Alloc, let dtype = node.out.dtype
    else { return nil }
    let value = try node.op.makeNode([allocation.inputs[0]]).out
    return [try alloc(try cast(value, dtype), Array(allocation.inputs.dropFirst()))]
  }

  /// `cast(cast(x, t1), t2)`: `cast(x, t1)` when `t1 == t2`; after an upcast `t1`, `x` when
  /// `t2` is `x`'s dtype, else `cast(x, t2)` (Theano's `local_cast_cast`, a canonicalize and
  /// specialize rewrite).
  public static let localCastCast = NodeRewriter(name: "local_cast_cast", tracks: [Cast.self]) {
    _, node in
    guard let outer = node.op as? Cast, let inner = node.inputs[0].owner,
      let innerCast = inner.op as? Cast, let base = inner.inputs[0].dtype
    else { return nil }
    if innerCast.dtype == outer.dtype { return [node.inputs[0]] }
    guard isAnUpcast(base, innerCast.dtype) else { return nil }
    if outer.dtype == base { return [inner.inputs[0]] }
    return [try outer.makeNode([inner.inputs[0]]).out]
  }

  /// `Reshape(unary(x)) -> unary(Reshape(x))` for a one-input element-wise op, a cast included
  /// (Theano's `local_reshape_lift`, a canonicalize and stabilize rewrite; the rare case where
  /// the lifted reshape is less broadcastable, which Theano patches with a `Rebroadcast`, is
  /// left alone).
  public static let localReshapeLift = NodeRewriter(name: "local_reshape_lift", tracks: [Reshape.self]) {
    _, node in
    guard let unary = node.inputs[0].owner, unary.inputs.count == 1,
      unary.op is Elemwise || unary.op is Cast
    else { return nil }
    let reshaped = try node.op.makeNode([unary.inputs[0], node.inputs[1]]).out
    let result = try unary.op.makeNode([reshaped]).out
    return typesEqual(result.type, node.out.type) ? [result] : nil
  }
}

/// Theano's `is_an_upcast`: the conversion keeps or widens the kind (bool < uint < int < float <
/// complex) and widens the precision.
func isAnUpcast(_ from: DType, _ to: DType) -> Bool {
  func category(_ dtype: DType) -> (Int, Double) {
    switch dtype {
    case .bool: return (0, 0)
    case .uint8: return (1, 1)
    case .uint16: return (1, 2)
    case .uint32: return (1, 3)
    case .uint64: return (1, 4)
    case .int8: return (2, 1)
    case .int16: return (2, 2)
    case .int32: return (2, 3)
    case .int64: return (2, 4)
    case .float16: return (3, 1.5)
    case .float32: return (3, 2.5)
    case .float64: return (3, 3.5)
    case .complex64: return (4, 3)
    default: return (4, 4)
    }
  }
  let (a, b) = (category(from), category(to))
  return b.0 >= a.0 && b.1 > a.1
}

extension NodeRewriter {
  /// `reshape(x, (1, n)) -> dimshuffle{x,0}(reshape(x, (n,)))`: the length-1 axes of a constant
  /// target shape become broadcast axes of a `DimShuffle` (Theano's `local_reshape_to_dimshuffle`,
  /// a canonicalize rewrite; a symbolic target shape is left alone).
  public static let localReshapeToDimshuffle = NodeRewriter(
    name: "local_reshape_to_dimshuffle", tracks: [Reshape.self]
  ) { _, node in
    guard let shape = node.inputs[1] as? Constant, let array = shape.value as? NDArray,
      array.ndim == 1, array.size == node.out.ndim
    else { return nil }
    let dims = array.scalars.map { Int64($0.realNumber) }
    guard dims.contains(1) else { return nil }
    var order: [DimShuffle.Entry] = []
    var kept: [Int64] = []
    for dim in dims {
      if dim == 1 {
        order.append(.broadcast)
      } else {
        order.append(.axis(kept.count))
        kept.append(dim)
      }
    }
    let target = constant(try NDArray(kept, shape: [kept.count]))
    let inner = try Reshape(ndim: kept.count).makeNode([node.inputs[0], target]).out
    return [try DimShuffle(inputBroadcastable: inner.broadcastable, newOrder: order)(inner)]
  }
}

extension NodeRewriter {
  /// `reshape(dimshuffle(x), shape) -> reshape(x, shape)` when the dimshuffle keeps the order of
  /// the non-broadcastable axes (Theano's `local_useless_dimshuffle_in_reshape`, a canonicalize
  /// rewrite).
  public static let localUselessDimshuffleInReshape = NodeRewriter(
    name: "local_useless_dimshuffle_in_reshape", tracks: [Reshape.self]
  ) { _, node in
    guard let shuffle = node.inputs[0].owner, let shuffleOp = shuffle.op as? DimShuffle else {
      return nil
    }
    let kept = zip(shuffleOp.newOrder, node.inputs[0].broadcastable).compactMap { entry, broadcast in
      broadcast ? nil : entry
    }
    let positions = kept.map { entry -> Int in
      if case .axis(let axis) = entry { return axis }
      return -1
    }
    guard zip(positions, positions.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
    return [try Reshape(ndim: node.out.ndim).makeNode([shuffle.inputs[0], node.inputs[1]]).out]
  }
}
