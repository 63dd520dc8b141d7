/// A graph made runnable: nodes in topological order computing into numbered slots (Theano's
/// `PerformLinker`).
public struct LinkedProgram {
  struct Step {
    let node: Apply
    let inputSlots: [Int]
    let outputSlots: [Int]
  }

  /// The nodes in the order they run.
  public let order: [Apply]
  let steps: [Step]
  let slotCount: Int
  let inputSlots: [Int]
  let outputSlots: [Int]
  let constantSlots: [(Int, Any)]
  /// The graph inputs, then the constants in the order nodes use them (Theano's storage map).
  let sources: [(variable: Variable, slot: Int)]

  /// Links `fgraph` in its current topological order, or in `order`.
  public init(_ fgraph: FunctionGraph, order: [Apply]? = nil) throws {
    let order = try order ?? fgraph.toposort()
    var slotOf: [Variable: Int] = [:]
    var constants: [(Int, Any)] = []
    var sources: [(variable: Variable, slot: Int)] = []
    func slot(_ variable: Variable) -> Int {
      if let known = slotOf[variable] { return known }
      let new = slotOf.count
      slotOf[variable] = new
      if let constant = variable as? Constant { constants.append((new, constant.value)) }
      if variable.owner == nil { sources.append((variable, new)) }
      return new
    }
    let inputs = fgraph.inputs.map(slot)
    var steps: [Step] = []
    for node in order {
      steps.append(
        Step(node: node, inputSlots: node.inputs.map(slot), outputSlots: node.outputs.map(slot)))
    }
    self.outputSlots = fgraph.outputs.map(slot)
    self.order = order
    self.steps = steps
    self.inputSlots = inputs
    self.constantSlots = constants
    self.sources = sources
    self.slotCount = slotOf.count
  }

  /// Runs the program on input values (already filtered by the inputs' types).
  /// - Parameters:
  ///   - inputs: one value per graph input.
  ///   - checkSource: called first with each graph input and constant and its value, in the order
  ///     of Theano's storage map (Theano's `callback_input`); it may throw to stop the run.
  ///   - checkNode: called after each node with its output values (Theano's `callback`); what it
  ///     throws counts as the node's failure.
  /// - Returns: one value per graph output.
  /// - Throws: ``GraphError/nodeFailed(_:)`` with the failing node and its inputs.
  public func run(
    _ inputs: [Any], checkSource: ((Variable, Any) throws -> Void)? = nil,
    checkNode: ((Apply, [Any]) throws -> Void)? = nil
  ) throws -> [Any] {
    var slots = [Any](repeating: (), count: slotCount)
    for (slot, value) in constantSlots { slots[slot] = value }
    for (slot, value) in zip(inputSlots, inputs) { slots[slot] = value }
    if let checkSource {
      for (variable, slot) in sources { try checkSource(variable, slots[slot]) }
    }
    for position in steps.indices {
      let step = steps[position]
      try Interruption.checkpoint()
      var values: [Any] = []
      values.reserveCapacity(step.inputSlots.count)
      for slot in step.inputSlots { values.append(slots[slot]) }
      let results: [Any]
      do {
        results = try step.node.op.perform(step.node, inputs: values)
        try checkNode?(step.node, results)
      } catch let interrupted as Interrupted {
        throw interrupted
      } catch {
        throw GraphError.nodeFailed(
          NodeFailure(node: step.node, position: position, inputValues: values, error: error))
      }
      for (slot, value) in zip(step.outputSlots, results) { slots[slot] = value }
    }
    var outputs: [Any] = []
    outputs.reserveCapacity(outputSlots.count)
    for slot in outputSlots { outputs.append(slots[slot]) }
    return outputs
  }
}
