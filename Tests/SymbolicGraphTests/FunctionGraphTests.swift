import SymbolicGraph
import TestSupport
import Testing

@Suite struct FunctionGraphTests {
  @Test func clientsAreRecordedInOrder() throws {
    let x = toyVariable("x")
    let a = toy("neg", x)
    let b = toy("add", a, x)
    let fgraph = try FunctionGraph(inputs: [x], outputs: [b, a], clone: false)
    #expect(fgraph.clients(of: x).map(\.description) == ["neg(x)", "add(neg.0, x)"])
    #expect(fgraph.clients(of: a).map(\.description) == ["add(neg.0, x)", "'output'"])
  }

  @Test func cloningLeavesTheOriginalAlone() throws {
    let x = toyVariable("x")
    let y = toy("neg", x)
    let fgraph = try FunctionGraph(inputs: [x], outputs: [y])
    #expect(fgraph.inputs[0] !== x)
    #expect(fgraph.outputs[0] !== y)
    #expect(fgraph.outputs[0].owner?.inputs[0] === fgraph.inputs[0])
  }

  @Test func missingInputsAreReported() throws {
    let x = toyVariable("x")
    let y = toyVariable("y")
    #expect {
      try FunctionGraph(inputs: [x], outputs: [toy("add", x, y)], clone: false)
    } throws: { error in
      "\(error)".hasPrefix("Input 1 of the graph (indices start from 0), used to compute add(x, y)")
    }
  }

  @Test func replacePrunesUnusedNodesAndNotifiesFeatures() throws {
    let x = toyVariable("x")
    let inner = toy("neg", x)
    let outer = toy("mul", inner, inner)
    let fgraph = try FunctionGraph(inputs: [x], outputs: [toy("add", outer)], clone: false)
    let log = EventLog()
    try fgraph.attach(log)
    let replacement = toy("neg", toy("neg", x))
    try fgraph.replace(outer, with: replacement, reason: "test")
    #expect(fgraph.applyNodes.count == 3)
    #expect(!fgraph.contains(inner))
    #expect(log.events == [
      "import neg(x)", "import neg(neg.0)", "prune mul(neg.0, neg.0)", "prune neg(x)",
      "change add(neg.0) mul.0 -> neg.0",
    ])
  }

  @Test func replacingWithAnotherTypeFails() throws {
    let x = toyVariable("x")
    let y = toy("neg", x)
    let fgraph = try FunctionGraph(inputs: [x], outputs: [y], clone: false)
    let other = Variable(type: ToyType("other"))
    #expect(throws: GraphError.self) { try fgraph.replace(y, with: other, reason: "test") }
  }

  @Test func featuresAreFoundByType() throws {
    let x = toyVariable("x")
    let fgraph = try FunctionGraph(inputs: [x], outputs: [toy("neg", x)], clone: false)
    #expect(fgraph.feature(EventLog.self) == nil)
    try fgraph.attach(EventLog())
    #expect(fgraph.feature(EventLog.self) != nil)
  }

  @Test func destroyingAnInputIsRejectedAndUndone() throws {
    let x = toyVariable("x")
    let y = toy("neg", x)
    let fgraph = try FunctionGraph(inputs: [x], outputs: [y], clone: false)
    try fgraph.attach(DestroyHandler())
    let inplace = ToyOp("neg_inplace", destroys: [0: [0]]).makeNode([x]).out
    #expect(throws: GraphError.self) {
      try fgraph.replaceAllValidate([(y, inplace)], reason: "inplace")
    }
    #expect(fgraph.outputs[0] === y)
    let inner = toy("mul", x, x)
    let z = toy("add", toy("neg_inplace", inner), toy("neg", inner))
    let second = try FunctionGraph(inputs: [x], outputs: [z], clone: false)
    let handler = DestroyHandler()
    try second.attach(handler)
    #expect(throws: Never.self) { try second.validate() }
  }

  @Test func destroyingAValueItsOwnReaderNeedsIsACycle() throws {
    // add reads `inner` and needs the destroyer's result: it can run neither before nor after it.
    let x = toyVariable("x")
    let inner = toy("mul", x, x)
    let plain = toy("neg", inner)
    let fgraph = try FunctionGraph(inputs: [x], outputs: [toy("add", inner, plain)], clone: false)
    try fgraph.attach(DestroyHandler())
    let destroyer = ToyOp("neg_inplace", destroys: [0: [0]]).makeNode([inner]).out
    #expect {
      try fgraph.replaceAllValidate([(plain, destroyer)], reason: "inplace")
    } throws: { error in
      "\(error)" == "Dependency graph contains cycles"
    }
    #expect(fgraph.outputs[0].owner?.inputs[1] === plain)
  }

  @Test func nodeOrderFollowsChanges() throws {
    let x = toyVariable("x")
    let y = toy("neg", x)
    let fgraph = try FunctionGraph(inputs: [x], outputs: [toy("add", y)], clone: false)
    #expect(fgraph.nodesInOrder().map(\.op.description) == ["neg", "add"])
    try fgraph.replace(y, with: toy("mul", toy("neg", x)), reason: "test")
    #expect(fgraph.nodesInOrder().map(\.op.description) == ["neg", "mul", "add"])
  }

  @Test func destroyersRunAfterTheOtherReaders() throws {
    let x = toyVariable("x")
    let inner = toy("mul", x, x)
    let destroyer = ToyOp("neg_inplace", destroys: [0: [0]]).makeNode([inner]).out
    let reader = toy("neg", inner)
    let fgraph = try FunctionGraph(
      inputs: [x], outputs: [toy("add", destroyer, reader)], clone: false)
    #expect(try fgraph.toposort().map(\.op.description) == ["mul", "neg", "neg_inplace", "add"])
    try fgraph.attach(DestroyHandler())
    #expect(try fgraph.toposort().map(\.op.description) == ["mul", "neg", "neg_inplace", "add"])
    let flipped = try FunctionGraph(
      inputs: [x], outputs: [toy("add", reader, destroyer)], clone: false)
    #expect(try flipped.toposort().map(\.op.description) == ["mul", "neg_inplace", "neg", "add"])
    try flipped.attach(DestroyHandler())
    #expect(try flipped.toposort().map(\.op.description) == ["mul", "neg", "neg_inplace", "add"])
  }
}

final class EventLog: Feature {
  var events: [String] = []
  func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) {
    events.append("import \(node)")
  }
  func onPrune(_ fgraph: FunctionGraph, node: Apply, reason: String) {
    events.append("prune \(node)")
  }
  func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String
  ) {
    events.append("change \(client) \(old) -> \(new)")
  }
}
