import SymbolicGraph

/// Makes element-wise nodes overwrite one of their inputs where that is safe (Theano's
/// `inplace_elemwise_optimizer`): not a graph input, output or constant, not already destroyed,
/// and of the output's type. Each change is validated by the ``DestroyHandler`` and undone if
/// rejected.
public struct InplaceElemwiseOptimizer: GraphRewriter {
  public let name = "inplace_elemwise_opt"

  /// Creates the phase.
  public init() {}

  public func addRequirements(_ fgraph: FunctionGraph) throws {
    if fgraph.feature(DestroyHandler.self) == nil { try fgraph.attach(DestroyHandler()) }
  }

  public func apply(to fgraph: FunctionGraph) throws {
    let handler = fgraph.feature(DestroyHandler.self)
    let protected = Set(fgraph.inputs).subtracting(handler?.mutableInputs ?? [])
      .union(fgraph.outputs)
    for node in fgraph.nodesInOrder() {
      guard let op = node.op as? any InplaceCapableElemwise, op.inplacePattern.isEmpty,
        fgraph.applyNodes.contains(node)
      else { continue }
      let destroyed = Set(
        fgraph.applyNodes.flatMap { other in
          other.op.destroyMap.values.flatMap { $0.map { other.inputs[$0] } }
        })
      let candidates = node.inputs.indices.filter { index in
        let input = node.inputs[index]
        return !(input is Constant) && !destroyed.contains(input) && !protected.contains(input)
          && handler.map { handler in
            let root = handler.viewRoot(of: input)
            return root.owner != nil || handler.mutableInputs.contains(root)
          } ?? true
      }
      for index in candidates where typesEqual(node.inputs[index].type, node.outputTypes[0]) {
        let replacement = Apply(
          op: op.inplace([0: index]), inputs: node.inputs, outputTypes: node.outputTypes)
        replacement.trace = node.trace
        do {
          try fgraph.replaceAllValidate(
            [(node.out, replacement.out)], reason: "inplace_elemwise_optimizer")
          break
        } catch GraphError.inconsistency {
          continue
        }
      }
    }
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
