import SymbolicGraph

extension NodeRewriter {
  /// `MaxAndArgmax(x)` with an unused argmax `-> Reduce{maximum}(x)`, with an unused maximum
  /// `-> Argmax(x)` (Theano's `local_max_and_argmax`, an uncanonicalize rewrite).
  public static let localMaxAndArgmax = NodeRewriter(
    name: "local_max_and_argmax", tracks: [MaxAndArgmax.self]
  ) { fgraph, node in
    guard let op = node.op as? MaxAndArgmax else { return nil }
    let outputs = node.outputs
    if fgraph.clients(of: outputs[1]).isEmpty {
      let maximum = try CAReduce(.maximum, axis: op.axis).makeNode(node.inputs)
      maximum.trace = node.trace
      return [maximum.out, outputs[1]]
    }
    if fgraph.clients(of: outputs[0]).isEmpty {
      let position = try Argmax(axis: op.axis).makeNode(node.inputs)
      position.trace = node.trace
      return [outputs[0], position.out]
    }
    return nil
  }

  /// `-(Reduce{maximum}(-x)) -> Reduce{minimum}(x)` (Theano's `local_max_to_min`, an
  /// uncanonicalize rewrite).
  public static let localMaxToMin = NodeRewriter(name: "local_max_to_min", tracks: [Elemwise.self]) {
    _, node in
    guard let op = node.op as? Elemwise, op.scalarOp == .neg, op.inplacePattern.isEmpty,
      let maximum = node.inputs[0].owner, let reduce = maximum.op as? CAReduce,
      reduce.scalarOp == .maximum,
      let negation = maximum.inputs[0].owner, let inner = negation.op as? Elemwise,
      inner.scalarOp == .neg, inner.inplacePattern.isEmpty
    else { return nil }
    let minimum = try CAReduce(.minimum, axis: reduce.axis).makeNode(negation.inputs)
    minimum.trace = node.trace
    return [minimum.out]
  }
}

extension NodeRewriter {
  /// `argmax(f(x)) -> argmax(x)` for a monotonic `f` (`softmax`, `softplus`, `exp`, `log`,
  /// `tanh`, `sigmoid`) when the maximum itself is unused (Theano's `local_argmax_pushdown`, a
  /// specialize rewrite tagged `fast_compile_gpu`, so FAST_COMPILE runs it too).
  public static let localArgmaxPushdown = NodeRewriter(
    name: "local_argmax_pushdown", tracks: [MaxAndArgmax.self]
  ) { fgraph, node in
    guard let op = node.op as? MaxAndArgmax, fgraph.clients(of: node.outputs[0]).isEmpty,
      let inner = node.inputs[0].owner
    else { return nil }
    let monotonic: Bool
    if inner.op is Softmax {
      monotonic = true
    } else if let scalarOp = plainScalarOp(inner) {
      monotonic = [.softplus, .exp, .log, .tanh, .sigmoid].contains(scalarOp)
    } else {
      monotonic = false
    }
    guard monotonic else { return nil }
    let pushed = try MaxAndArgmax(axis: op.axis).makeNode(inner.inputs)
    return pushed.outputs
  }
}
