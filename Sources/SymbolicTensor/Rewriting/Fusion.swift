import NumericArrays
import SymbolicGraph

/// Repeats a node rewriter over the graph, outputs first, until a whole pass changes nothing
/// (Theano's `FusionOptimizer`).
public struct FusionOptimizer: GraphRewriter {
  public let name: String
  /// The rewrite tried on every node.
  let rewrite: @Sendable (FunctionGraph, Apply) throws -> Variable?

  /// Creates the optimizer.
  init(name: String, rewrite: @escaping @Sendable (FunctionGraph, Apply) throws -> Variable?) {
    self.name = name
    self.rewrite = rewrite
  }

  public func apply(to fgraph: FunctionGraph) throws {
    var didSomething = true
    while didSomething {
      didSomething = false
      for node in try fgraph.toposort().reversed() where fgraph.applyNodes.contains(node) {
        try Interruption.checkpoint()
        guard let replacement = try rewrite(fgraph, node) else { continue }
        do {
          try fgraph.replaceAllValidate([(node.out, replacement)], reason: "FusionOptimizer")
          didSomething = true
        } catch GraphError.inconsistency {
          continue
        }
      }
    }
  }
}

extension Pipeline {
  /// Theano registers both fusion passes in the `elemwise_fusion` sequence at position 49
  /// (before `merge2`); its name and tags select or exclude them together.
  static let fusionTags: Set<String> = [
    "fast_run", "fusion", "elemwise_fusion", "local_elemwise_fusion", "FusionOptimizer",
  ]
}

extension FusionOptimizer {
  /// `add(add(a, b), c) -> add(a, b, c)` (and `mul`) when the inner node has no other use
  /// (Theano's `local_add_mul_fusion`).
  public static let addMulFusion = FusionOptimizer(name: "local_add_mul_fusion") { fgraph, node in
    try fuseAddMul(node, fgraph: fgraph)
  }

  /// Chains of element-wise nodes become one `Elemwise{Composite{...}}` (Theano's
  /// `composite_elemwise_fusion`, `local_elemwise_fusion`); at most 31 inputs, numpy's limit
  /// when Theano runs without a C compiler.
  public static let compositeFusion = FusionOptimizer(name: "composite_elemwise_fusion") {
    fgraph, node in
    guard var fused = try fuseElemwise(node, fgraph: fgraph) else { return nil }
    while let further = try fuseElemwise(fused.owner!, fgraph: fgraph) { fused = further }
    return fused
  }
}

private func fuseAddMul(_ node: Apply, fgraph: FunctionGraph) throws -> Variable? {
  guard let op = node.op as? Elemwise, op.scalarOp == .add || op.scalarOp == .mul else {
    return nil
  }
  var inputs: [Variable] = []
  var fused = false
  for input in node.inputs {
    if let owner = input.owner, let inner = owner.op as? Elemwise, inner.scalarOp == op.scalarOp,
      fgraph.clients(of: input).count == 1
    {
      inputs += owner.inputs
      fused = true
    } else {
      inputs.append(input)
    }
  }
  guard fused else { return nil }
  let output = try op.makeNode(inputs).out
  return try fuseAddMul(output.owner!, fgraph: fgraph) ?? output
}

/// The scalar expression an element-wise node computes from its inputs' expressions, or `nil`
/// for other nodes. A composite is inlined when `flatten` (it is the node being fused into),
/// and kept as an inner composite otherwise, as Theano's `Composite.__init__` does.
func scalarExpression(
  of node: Apply, arguments: [ScalarExpression], flatten: Bool = true
) -> ScalarExpression? {
  guard node.outputs.count == 1, let dtype = node.out.dtype else { return nil }
  switch node.op {
  case let op as Elemwise: return .apply(.op(op.scalarOp), arguments, dtype)
  case let op as Cast: return .apply(.cast(op.dtype), arguments, dtype)
  case let op as CompositeElemwise:
    if flatten { return op.composite.output.substituting(arguments) }
    return .apply(.composite(op.composite), arguments, dtype)
  default: return nil
  }
}

/// Whether an element-wise node's scalar op has C code for its inputs' dtypes (Theano's
/// `test_presence_of_c_code` call in `local_fuse`; casts and composites always do).
private func hasCCode(_ node: Apply) -> Bool {
  guard let op = node.op as? Elemwise else { return true }
  return op.scalarOp.hasCCode(node.inputs.compactMap(\.dtype))
}

/// Theano's `local_fuse`: folds into `node` each input computed by an element-wise node of the
/// same broadcastable pattern that nothing else uses and whose op has C code.
private func fuseElemwise(_ node: Apply, fgraph: FunctionGraph) throws -> Variable? {
  let maxInputs = 31
  guard node.outputs.count == 1, hasCCode(node),
    scalarExpression(of: node, arguments: node.inputs.indices.map { .input($0) }) != nil
  else { return nil }
  var inputs: [Variable] = []
  var arguments: [ScalarExpression] = []
  var newInputCount = node.inputs.count
  var fused = false
  for input in node.inputs {
    var pending: [Variable] = []
    var expression: ScalarExpression?
    if let owner = input.owner, hasCCode(owner),
      Set(fgraph.clients(of: input).map { $0.node.map(ObjectIdentifier.init) }).count == 1,
      owner.out.broadcastable == node.out.broadcastable
    {
      let innerArguments = owner.inputs.map { inner -> ScalarExpression in
        if let position = inputs.firstIndex(of: inner) { return .input(position) }
        if let position = pending.firstIndex(of: inner) { return .input(inputs.count + position) }
        pending.append(inner)
        return .input(inputs.count + pending.count - 1)
      }
      expression = scalarExpression(of: owner, arguments: innerArguments, flatten: false)
    }
    var count = newInputCount + pending.count - 1
    for candidate in pending where node.inputs.contains(candidate) { count -= 1 }
    if let expression, count <= maxInputs {
      fused = true
      newInputCount = count
      inputs += pending
      arguments.append(expression)
    } else if inputs.filter({ $0 === input }).count == node.inputs.filter({ $0 === input }).count,
      let position = inputs.firstIndex(of: input)
    {
      arguments.append(.input(position))
    } else {
      inputs.append(input)
      arguments.append(.input(inputs.count - 1))
    }
  }
  guard fused, newInputCount == inputs.count,
    let output = scalarExpression(of: node, arguments: arguments)
  else { return nil }
  let composite = Composite(inputDTypes: inputs.map { $0.dtype! }, output: output)
  let fusedNode = try CompositeElemwise(composite).makeNode(inputs)
  guard fusedNode.inputs.count <= maxInputs else { return nil }
  return fusedNode.out
}
