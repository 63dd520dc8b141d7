import SymbolicGraph
import TestSupport
import Testing

@Suite struct GraphCoreTests {
  @Test func droppedGraphDeallocates() throws {
    weak var weakInput: Variable?
    weak var weakOutput: Variable?
    weak var weakNode: Apply?
    do {
      let x = toyVariable("x")
      let y = toy("add", toy("mul", x, x), x)
      weakInput = x
      weakOutput = y
      weakNode = y.owner
      let fgraph = try FunctionGraph(inputs: [x], outputs: [y], clone: false)
      #expect(fgraph.applyNodes.count == 2)
    }
    #expect(weakInput == nil)
    #expect(weakOutput == nil)
    #expect(weakNode == nil)
  }

  @Test func outputsAreRemadeWithSameTypeAndIndex() {
    let node = ToyOp("split", outputs: 2).makeNode([toyVariable("x")])
    let second = node.output(1)
    #expect(second.index == 1)
    #expect(second.owner === node)
    #expect(node.output(1) === second)
    #expect(second.description == "split.1")
  }

  @Test func droppedOutputsAreForgottenAndMadeAgain() {
    let node = ToyOp("split", outputs: 2).makeNode([toyVariable("x")])
    weak var dropped: Variable?
    do {
      let first = node.output(0)
      first.name = "first"
      dropped = first
    }
    #expect(dropped == nil)
    let again = node.output(0)
    #expect(again.name == nil)
    #expect(again.index == 0 && again.owner === node)
    for _ in 0..<1_000 { _ = node.output(1).description }
    #expect(node.outputs.map(\.description) == ["split.0", "split.1"])
  }

  @Test func variableDescriptions() {
    #expect(toyVariable("x").description == "x")
    #expect(toyVariable().description == "<toy>")
    #expect(toyConstant(2).description == "ToyConstant{2.0}")
    #expect(toy("neg", toyVariable("x")).owner?.description == "neg(x)")
  }

  @Test func constantsHaveSignatures() {
    #expect(toyConstant(2).signature == toyConstant(2).signature)
    #expect(toyConstant(2).signature != toyConstant(3).signature)
  }

  @Test func opEqualityComesFromProps() {
    #expect(opsEqual(ToyOp("add"), ToyOp("add")))
    #expect(!opsEqual(ToyOp("add"), ToyOp("mul")))
  }

  @Test func nodeTraceIsRecordedFromTheScope() {
    let x = toyVariable("x")
    let y = NodeTrace.$current.withValue(["  File \"a.md\", line 3, in <module>\n"]) {
      toy("neg", x)
    }
    #expect(y.owner?.trace == ["  File \"a.md\", line 3, in <module>\n"])
    #expect(toy("neg", x).owner?.trace == [])
  }

  @Test func linkerRunsInOrderAndReportsTheFailingNode() throws {
    let x = toyVariable("x")
    let y = toyVariable("y")
    let fgraph = try FunctionGraph(
      inputs: [x, y], outputs: [toy("add", toy("mul", x, y), toyConstant(1))], clone: false)
    let program = try LinkedProgram(fgraph)
    #expect(try program.run([2.0, 3.0]) as? [Double] == [7.0])
    let failing = try FunctionGraph(inputs: [x], outputs: [toy("fail", toy("neg", x))], clone: false)
    do {
      _ = try LinkedProgram(failing).run([1.0])
      Issue.record("expected a failure")
    } catch GraphError.nodeFailed(let failure) {
      #expect(failure.position == 1)
      #expect(failure.node.description == "fail(neg.0)")
      #expect(failure.inputValues as? [Double] == [-1.0])
    }
  }

  @Test func cloneCopiesNodesAndKeepsNames() throws {
    let x = toyVariable("x")
    let y = toy("neg", x)
    y.name = "y"
    let copy = try cloneGraph(inputs: [x], outputs: [y])
    #expect(copy[y] !== y)
    #expect(copy[y].name == "y")
    #expect(copy[y].owner?.inputs.first === copy[x])
    #expect(copy[x] !== x && copy[x].name == "x")
  }
}
