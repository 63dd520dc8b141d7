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

  /// Links `fgraph` in its current topological order.
  public init(_ fgraph: FunctionGraph) throws {
    let order = try fgraph.toposort()
    var slotOf: [Variable: Int] = [:]
    var constants: [(Int, Any)] = []
    func slot(_ variable: Variable) -> Int {
      if let known = slotOf[variable] { return known }
      let new = slotOf.count
      slotOf[variable] = new
      if let constant = variable as? Constant { constants.append((new, constant.value)) }
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
    self.slotCount = slotOf.count
  }

  /// Runs the program on input values (already filtered by the inputs' types).
  /// - Returns: one value per graph output.
  /// - Throws: ``GraphError/nodeFailed(_:)`` with the failing node and its inputs.
  public func run(_ inputs: [Any]) throws -> [Any] {
    var slots = [Any](repeating: (), count: slotCount)
    for (slot, value) in constantSlots { slots[slot] = value }
    for (slot, value) in zip(inputSlots, inputs) { slots[slot] = value }
    for position in steps.indices {
      let step = steps[position]
      try Interruption.checkpoint()
      var values: [Any] = []
      values.reserveCapacity(step.inputSlots.count)
      for slot in step.inputSlots { values.append(slots[slot]) }
      let results: [Any]
      do {
        results = try step.node.op.perform(step.node, inputs: values)
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
