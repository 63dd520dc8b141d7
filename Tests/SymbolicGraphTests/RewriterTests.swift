import SymbolicGraph
import TestSupport
import Testing

/// neg(neg(x)) -> x
let removeDoubleNegation = NodeRewriter(name: "local_neg_neg", tracks: [ToyOp.self]) { _, node in
  guard (node.op as? ToyOp)?.name == "neg", let inner = node.inputs[0].owner,
    (inner.op as? ToyOp)?.name == "neg"
  else { return nil }
  return [inner.inputs[0]]
}

@Suite struct RewriterTests {
  @Test func mergeJoinsEqualNodesAndConstants() throws {
    let x = toyVariable("x")
    let a = toy("add", x, toyConstant(1))
    let b = toy("add", x, toyConstant(1))
    let fgraph = try FunctionGraph(inputs: [x], outputs: [toy("mul", a, b)], clone: false)
    try MergeRewriter().apply(to: fgraph)
    #expect(fgraph.applyNodes.count == 2)
    let mul = try #require(fgraph.outputs[0].owner)
    #expect(mul.inputs[0] === mul.inputs[1])
  }

  @Test func mergeKeepsTheEarlierAndTakesTheLaterName() throws {
    // Theano's order visits b (the last input of mul) first, so b and its constant stay.
    let x = toyVariable("x")
    let later = toyConstant(1)
    later.name = "uno"
    let earlier = toyConstant(1)
    earlier.name = "one"
    let a = toy("add", x, later)
    a.name = "a"
    let b = toy("add", x, earlier)
    let fgraph = try FunctionGraph(inputs: [x], outputs: [toy("mul", a, b)], clone: false)
    try MergeRewriter().apply(to: fgraph)
    #expect(fgraph.applyNodes.count == 2)
    #expect(fgraph.outputs[0].owner?.inputs.map { $0 === b } == [true, true])
    #expect(b.owner?.inputs[1] === earlier)
    #expect(earlier.name == "uno")
    #expect(b.name == "a")
  }

  @Test func mergeSeesNodesThatArriveLater() throws {
    let x = toyVariable("x")
    let kept = toy("neg", x)
    let fgraph = try FunctionGraph(
      inputs: [x], outputs: [toy("add", kept, toy("mul", x))], clone: false)
    try MergeRewriter().apply(to: fgraph)
    #expect(fgraph.applyNodes.count == 3)
    let mul = try #require(fgraph.outputs[0].owner?.inputs[1])
    try fgraph.replace(mul, with: toy("neg", x), reason: "test")
    try MergeRewriter().apply(to: fgraph)
    #expect(fgraph.applyNodes.count == 2)
    #expect(fgraph.outputs[0].owner?.inputs.map { $0 === kept } == [true, true])
  }

  @Test func equilibriumRunsUntilNothingChanges() throws {
    let x = toyVariable("x")
    var current = x
    for _ in 0..<6 { current = toy("neg", current) }
    let fgraph = try FunctionGraph(inputs: [x], outputs: [toy("add", current)], clone: false)
    let rewriter = EquilibriumRewriter(name: "canonicalize", rewriters: [removeDoubleNegation])
    try rewriter.apply(to: fgraph)
    #expect(fgraph.applyNodes.count == 1)
    #expect(fgraph.outputs[0].owner?.inputs[0] === x)
  }

  @Test func queriesSelectByTagAndName() {
    let query = RewriteQuery(include: ["fast_run"], exclude: ["local_shape_to_shape_i"])
    #expect(query.selects(name: "canonicalize", tags: ["fast_run", "fast_compile"]))
    #expect(!query.selects(name: "local_shape_to_shape_i", tags: ["fast_run"]))
    #expect(!query.selects(name: "stabilize", tags: ["fast_compile"]))
    #expect(query.including(["stabilize"]).selects(name: "stabilize", tags: []))
  }

  @Test func pipelineOrdersPhasesAndFiltersEntries() throws {
    let phases = [
      RewritePhase(
        name: "canonicalize", position: 1, tags: ["fast_run"],
        body: .equilibrium([LocalRewriteEntry(removeDoubleNegation, tags: ["fast_run"])])),
      RewritePhase(name: "merge1", position: 0, tags: ["fast_run"], body: .graph(MergeRewriter(name: "merge1"))),
    ]
    let x = toyVariable("x")
    let out = toy("add", toy("neg", toy("neg", x)), toy("neg", toy("neg", x)))
    let full = try FunctionGraph(inputs: [x], outputs: [out])
    let pipeline = makePipeline(phases, query: RewriteQuery(include: ["fast_run"]))
    #expect(pipeline.steps.map(\.name) == ["merge1", "canonicalize"])
    try pipeline.apply(to: full)
    #expect(full.applyNodes.count == 1)
    let excluded = try FunctionGraph(inputs: [x], outputs: [out])
    try makePipeline(
      phases, query: RewriteQuery(include: ["fast_run"], exclude: ["local_neg_neg"])
    ).apply(to: excluded)
    #expect(excluded.applyNodes.count == 3)
  }
}
