import SymbolicGraph

/// Makes element-wise nodes overwrite one of their inputs where that is safe (Theano's
/// `inplace_elemwise_optimizer`).
///
/// Nodes are visited in topological order; for each output, the inputs are tried in order (for
/// an update output, the updated input first, then inputs computed in place on it) and the first
/// the graph accepts wins. Inputs that are constants, protected (graph inputs that are not
/// updated, graph outputs) or already destroyed are skipped. As in Theano, graphs of more than
/// 500 nodes are validated only every 10 changes (a failed validation undoes the whole batch),
/// and their scalar outputs stay as they are.
public struct InplaceElemwiseOptimizer: GraphRewriter {
  public let name = "inplace_elemwise_opt"

  /// Creates the phase.
  public init() {}

  public func addRequirements(_ fgraph: FunctionGraph) throws {
    if fgraph.feature(DestroyHandler.self) == nil { try fgraph.attach(DestroyHandler()) }
  }

  public func apply(to fgraph: FunctionGraph) throws {
    guard let handler = fgraph.feature(DestroyHandler.self) else { return }
    let history = History()
    try fgraph.attach(history)
    defer { fgraph.detach(history) }
    let checkEachChange = fgraph.applyNodes.count > 500 ? 10 : 1
    var unvalidated = 0
    var checkpoint = history.checkpoint()
    let updateOutputs = fgraph.updateMapping.keys.map { fgraph.outputs[$0] }
    let protected = Set(fgraph.inputs).subtracting(handler.mutableInputs).union(fgraph.outputs)

    for original in fgraph.nodesInOrder() {
      guard var op = original.op as? any InplaceCapableElemwise,
        fgraph.applyNodes.contains(original)
      else { continue }
      if checkEachChange != 1 && (original.outputTypes.first as? TensorType)?.ndim == 0 { continue }
      var node = original
      var pattern = op.inplacePattern
      var candidateInputs = node.inputs.indices.filter { index in
        let input = node.inputs[index]
        return !pattern.values.contains(index) && !(input is Constant)
          && !handler.hasDestroyers([input], in: fgraph) && !protected.contains(input)
      }
      for output in node.outputs.indices where pattern[output] == nil {
        let ordered = orderedCandidates(
          candidateInputs, of: node, output: output, updateOutputs: updateOutputs, in: fgraph,
          handler: handler)
        for index in ordered where typesEqual(node.inputs[index].type, node.outputTypes[output]) {
          var newPattern = pattern
          newPattern[output] = index
          let newOp = op.inplace(newPattern)
          let replacement = Apply(op: newOp, inputs: node.inputs, outputTypes: node.outputTypes)
          do {
            for (old, new) in zip(node.outputs, replacement.outputs) {
              try fgraph.replace(old, with: new, reason: "inplace_elemwise_optimizer")
            }
            unvalidated += 1
            if unvalidated >= checkEachChange {
              try fgraph.validate()
              checkpoint = history.checkpoint()
              unvalidated = 0
            }
          } catch GraphError.inconsistency {
            try history.revert(fgraph, to: checkpoint)
            unvalidated = 0
            continue
          }
          candidateInputs.removeAll { $0 == index }
          node = replacement
          pattern = newPattern
          if let capable = newOp as? any InplaceCapableElemwise { op = capable }
          break
        }
      }
    }
    if unvalidated > 0 {
      do {
        try fgraph.validate()
      } catch GraphError.inconsistency {
        try history.revert(fgraph, to: checkpoint)
      }
    }
  }

  /// The candidate inputs in the order Theano tries them: for an output that updates a graph
  /// input, that input first, then inputs computed in place on it, then the others.
  private func orderedCandidates(
    _ candidates: [Int], of node: Apply, output: Int, updateOutputs: [Variable],
    in fgraph: FunctionGraph, handler: DestroyHandler
  ) -> [Int] {
    let result = node.output(output)
    guard updateOutputs.contains(where: { $0 === result }) else { return candidates }
    let updatedInputs = fgraph.updateMapping.sorted { $0.key < $1.key }
      .filter { fgraph.outputs[$0.key] === result }.map { fgraph.inputs[$0.value] }
    let destroyers = updatedInputs.compactMap { handler.rootDestroyer(of: $0) }
    var updated: [Int] = []
    var fromInplace: [Int] = []
    var others: [Int] = []
    for index in candidates {
      let input = node.inputs[index]
      if updatedInputs.contains(where: { $0 === input }) {
        updated.append(index)
      } else if let owner = input.owner, destroyers.contains(where: { $0 === owner }) {
        fromInplace.append(index)
      } else {
        others.append(index)
      }
    }
    return updated + fromInplace + others
  }
}

/// Element-wise ops the in-place phase may turn into versions that overwrite an input.
protocol InplaceCapableElemwise: Op {
  /// Output index → the input it overwrites.
  var inplacePattern: [Int: Int] { get }
  /// The same op overwriting inputs as `pattern` says.
  func inplace(_ pattern: [Int: Int]) -> any Op
}

extension Elemwise: InplaceCapableElemwise {
  /// Theano's new in-place Elemwise has no name: it prints its scalar op's class name.
  func inplace(_ pattern: [Int: Int]) -> any Op {
    Elemwise(scalarOp, inplacePattern: pattern, context: context)
  }
}

extension CompositeElemwise: InplaceCapableElemwise {
  /// A composite keeps its name (Theano's `make_new_inplace`).
  func inplace(_ pattern: [Int: Int]) -> any Op {
    CompositeElemwise(composite, inplacePattern: pattern)
  }
}
