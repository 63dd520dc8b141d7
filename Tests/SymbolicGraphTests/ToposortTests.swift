import SymbolicGraph
import TestSupport
import Testing

@Suite struct ToposortTests {
  /// The seed's shape graph: MakeVector(Add(Shape_i0(x), Shape_i0(y)), Shape_i1(x)); Theano
  /// numbers it Shape_i1(x)=0, Shape_i0(y)=1, Shape_i0(x)=2, Add=3, MakeVector=4.
  @Test func stackOrderMatchesTheano() throws {
    let x = toyVariable("x")
    let y = toyVariable("y")
    let x0 = toy("si0", x)
    let y0 = toy("si0", y)
    let x1 = toy("si1", x)
    let sum = toy("add", x0, y0)
    let vector = toy("mv", sum, x1)
    let order = try ioToposort(inputs: [x, y], outputs: [vector])
    #expect(order.map(\.description) == ["si1(x)", "si0(y)", "si0(x)", "add(si0.0, si0.0)",
      "mv(add.0, si1.0)"])
    #expect(order[2] === x0.owner && order[1] === y0.owner)
  }

  @Test func orderingsUseTheGeneralSort() throws {
    let x = toyVariable("x")
    let a = toy("a", x)
    let b = toy("b", x)
    let out = toy("mv", a, b)
    let plain = try ioToposort(inputs: [x], outputs: [out])
    #expect(plain.map(\.op.description) == ["b", "a", "mv"])
    let ordered = try ioToposort(
      inputs: [x], outputs: [out], orderings: [a.owner!: [b.owner!]])
    #expect(ordered.map(\.op.description) == ["b", "a", "mv"])
    let reversed = try ioToposort(
      inputs: [x], outputs: [out], orderings: [b.owner!: [a.owner!]])
    #expect(reversed.map(\.op.description) == ["a", "b", "mv"])
  }

  @Test func cyclicOrderingsThrow() throws {
    let x = toyVariable("x")
    let a = toy("a", x)
    let b = toy("b", a)
    #expect(throws: GraphError.self) {
      try ioToposort(inputs: [x], outputs: [b], orderings: [a.owner!: [b.owner!]])
    }
  }

  @Test func deepGraphsDoNotRecurse() throws {
    let x = toyVariable("x")
    var current = x
    for _ in 0..<50_000 { current = toy("neg", current) }
    #expect(try ioToposort(inputs: [x], outputs: [current]).count == 50_000)
    #expect(ancestors(of: [current]).count == 50_001)
  }
}
