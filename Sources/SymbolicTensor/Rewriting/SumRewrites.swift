import NumericArrays
import SymbolicGraph

// Theano 1.0.5's rewrites of `Sum` and `Prod` nodes (`theano/tensor/opt.py`).

extension NodeRewriter {
  /// `Sum{0, 1, ..., n-1}(x) -> Sum(x)` when every axis is named, likewise for `Prod`; the
  /// accumulator dtype goes back to its default (Theano's `local_sum_prod_all_to_none`, a
  /// canonicalize rewrite).
  public static let localSumProdAllToNone = NodeRewriter(
    name: "local_sum_prod_all_to_none", tracks: [Sum.self]
  ) { _, node in
    guard let op = node.op as? Sum, let axis = op.axis, let dtype = node.inputs[0].dtype,
      Set(axis) == Set(0..<node.inputs[0].ndim)
    else { return nil }
    let all = try Sum(axis: nil, inputDType: dtype, kind: op.kind, dtype: op.dtype).makeNode(node.inputs)
    return [all.out]
  }

  /// `Sum(Sum(x))` -> one `Sum` over the axes of both, likewise for `Prod`, when the inner
  /// reduction has no other client (Theano's `local_op_of_op`, a canonicalize rewrite).
  public static let localOpOfOp = NodeRewriter(name: "local_op_of_op", tracks: [Sum.self]) {
    fgraph, node in
    guard let op = node.op as? Sum, let inner = node.inputs[0].owner, let innerOp = inner.op as? Sum,
      innerOp.kind == op.kind, fgraph.clients(of: node.inputs[0]).count == 1,
      let dtype = inner.inputs[0].dtype
    else { return nil }
    var axes: [Int]? = nil
    if let outerAxes = op.axis, let innerAxes = innerOp.axis {
      var combined = innerAxes
      for axis in outerAxes {
        var shifted = axis
        for reduced in innerAxes where shifted >= reduced { shifted += 1 }
        combined.append(shifted)
      }
      axes = combined
    }
    let combined = try Sum(axis: axes, inputDType: dtype, kind: op.kind, dtype: op.dtype)
      .makeNode(inner.inputs)
    return [combined.out]
  }

  /// `sum(s * x) -> s * sum(x)` for the factors `s` broadcastable along every axis,
  /// `prod(s * x) -> s ** size(x) * prod(x)`, and `sum(-x) -> -sum(x)` (Theano's
  /// `local_sum_prod_mul_by_scalar`, a specialize rewrite).
  public static let localSumProdMulByScalar = NodeRewriter(
    name: "local_sum_prod_mul_by_scalar", tracks: [Sum.self]
  ) { _, node in
    guard let op = node.op as? Sum, let product = node.inputs[0].owner else { return nil }
    let context = (product.op as? Elemwise)?.context ?? TypingContext()
    if plainScalarOp(product) == .mul {
      let terms = product.inputs
      let isScalar = { (term: Variable) in term.broadcastable.allSatisfy { $0 } }
      var scalars = try terms.filter(isScalar).map { try dimshuffle($0, []) }
      if scalars.isEmpty { return nil }
      let nonScalars = terms.filter { !isScalar($0) }
      var reduced: Variable? = nil
      var size: Variable? = nil
      if nonScalars.count == 1 {
        reduced = try op.makeNode([nonScalars[0]]).out
        size = nonScalars[0]
      } else if nonScalars.count > 1 {
        let input = try elemwise(.mul, nonScalars, context: context)
        reduced = try op.makeNode([input]).out
        size = input
      }
      if op.kind == .prod, let size {
        // Theano's `x.size`: `x.shape[0]` of a vector, else the product of the shape.
        let count = try size.ndim == 1
          ? subtensor(shape(size), [.index(scalarConstant(Int64(0)))]) : prod(shape(size))
        scalars = try scalars.map { try elemwise(.pow, [$0, count], context: context) }
      }
      let factors = scalars + (reduced.map { [$0] } ?? [])
      if factors.count == 1 { return factors }
      return [try elemwise(.mul, factors, context: context)]
    }
    if op.kind == .sum, plainScalarOp(product) == .neg {
      let reduced = try op.makeNode([product.inputs[0]]).out
      return [try elemwise(.neg, [reduced], context: context)]
    }
    return nil
  }

  /// `sum(alloc(c, shape...)) -> c * prod(shape)` and `prod(alloc(c, shape...)) -> c **
  /// prod(shape)` for a constant `c`, over the reduced axes only when some are kept (Theano's
  /// `local_opt_alloc`, a specialize rewrite).
  public static let localOptAlloc = NodeRewriter(name: "local_opt_alloc", tracks: [Sum.self]) {
    _, node in
    guard let op = node.op as? Sum, let allocation = node.inputs[0].owner, allocation.op is Alloc,
      let constantValue = allocation.inputs[0] as? Constant,
      let array = constantValue.value as? NDArray, array.size == 1, let dtype = node.out.dtype
    else { return nil }
    let value = allocation.inputs[0]
    let shapes = Array(allocation.inputs.dropFirst())
    let scalar = constant(try array.reshaped([]))
    let combine = { (size: Variable) throws -> Variable in
      try elemwise(op.kind == .sum ? .mul : .pow, [scalar, size])
    }
    if op.axis == nil || op.axis == Array(0..<value.ndim) {
      var size = try elemwise(.mul, shapes)
      if value.dtype == .float16 || value.dtype == .float32 { size = try cast(size, .float32) }
      return [try cast(combine(size), dtype)]
    }
    let axes = op.axis ?? []
    let reduced = shapes.indices.filter { axes.contains($0) }.map { shapes[$0] }
    let result = reduced.isEmpty ? scalar : try combine(try elemwise(.mul, reduced))
    let kept = shapes.indices.filter { !axes.contains($0) }.map { shapes[$0] }
    return [try alloc(try cast(result, dtype), kept)]
  }
}

extension NodeRewriter {
  /// Drops the reduced axes that are broadcastable: a reduction over only such axes becomes a
  /// `DimShuffle` (cast to the output dtype), else the reduction of the rest runs on the input
  /// with those axes dropped, with its default dtypes (Theano's `local_reduce_broadcastable`, a
  /// canonicalize, uncanonicalize and specialize rewrite).
  public static let localReduceBroadcastable = NodeRewriter(
    name: "local_reduce_broadcastable", tracks: [CAReduce.self, Sum.self, AnyAll.self]
  ) { _, node in
    let axis: [Int]?
    switch node.op {
    case let op as CAReduce: axis = op.axis
    case let op as Sum: axis = op.axis
    case let op as AnyAll: axis = op.axis
    default: return nil
    }
    let reduced = node.inputs[0]
    guard let dtype = node.out.dtype, let inputDType = reduced.dtype else { return nil }
    guard let axis else {
      guard reduced.broadcastable.allSatisfy({ $0 }) else { return nil }
      return [try cast(dimshuffle(reduced, []), dtype)]
    }
    let cuttable = axis.filter { reduced.broadcastable[$0] }
    guard !cuttable.isEmpty else { return nil }
    var newAxis: [Int] = []
    var pattern: [DimShuffle.Entry] = []
    for position in 0..<reduced.ndim where !cuttable.contains(position) {
      if axis.contains(position) { newAxis.append(pattern.count) }
      pattern.append(.axis(position))
    }
    let newReduced = try dimshuffle(reduced, pattern)
    guard !newAxis.isEmpty else { return [try cast(newReduced, dtype)] }
    switch node.op {
    case let op as CAReduce: return [try CAReduce(op.scalarOp, axis: newAxis)(newReduced)]
    case let op as Sum:
      return [try Sum(axis: newAxis, inputDType: inputDType, kind: op.kind)(newReduced)]
    case let op as AnyAll: return [try AnyAll(op.kind, axis: newAxis)(newReduced)]
    default: return nil
    }
  }
}

extension NodeRewriter {
  /// `sum(a / dimshuffle(b), axis)` -> `sum(a, axis') / dimshuffle'(b)` over the reduced axes
  /// where the dimshuffle adds a broadcast axis, and `prod(a / dimshuffle(b))` ->
  /// `prod(a, axis') / dimshuffle'(b) ** prod(a.shape[axis'])`; the other reduced axes are
  /// reduced after (Theano's `local_sum_prod_div_dimshuffle`, a canonicalize and specialize
  /// rewrite).
  public static let localSumProdDivDimshuffle = NodeRewriter(
    name: "local_sum_prod_div_dimshuffle", tracks: [Sum.self]
  ) { _, node in
    guard let op = node.op as? Sum, let division = node.inputs[0].owner,
      plainScalarOp(division) == .trueDiv, let shuffle = division.inputs[1].owner,
      let shuffleOp = shuffle.op as? DimShuffle, let dtype = division.inputs[0].dtype
    else { return nil }
    let (numerator, order) = (division.inputs[0], shuffleOp.newOrder)
    let axis = op.axis ?? Array(0..<node.inputs[0].ndim)
    let compatible = axis.filter { $0 < order.count && order[$0] == .broadcast }
    guard !compatible.isEmpty else { return nil }
    let incompatible = axis.filter { !compatible.contains($0) }.map { axis in
      axis - compatible.filter { $0 < axis }.count
    }
    var newOrder = order.enumerated().filter { !axis.contains($0.offset) || $0.element != .broadcast }
      .map(\.element)
    while newOrder.first == .broadcast { newOrder.removeFirst() }
    let input = shuffle.inputs[0]
    let optimized =
      newOrder.enumerated().allSatisfy({ $0.element == .axis($0.offset) })
      ? input : try DimShuffle(inputBroadcastable: input.broadcastable, newOrder: newOrder)(input)
    var result: Variable
    if op.kind == .sum {
      result = try elemwise(.trueDiv, [sum(numerator, axis: compatible), optimized])
      if !incompatible.isEmpty { result = try sum(result, axis: incompatible) }
    } else {
      let lengths = try compatible.map { axis in
        try cast(subtensor(shape(numerator), [.index(scalarConstant(Int64(axis)))]), dtype)
      }
      let count = try prod(MakeVector(dtype: dtype).makeNode(lengths).out)
      result = try elemwise(
        .trueDiv, [prod(numerator, axis: compatible), elemwise(.pow, [optimized, count])])
      if !incompatible.isEmpty { result = try prod(result, axis: incompatible) }
    }
    return [result]
  }
}
