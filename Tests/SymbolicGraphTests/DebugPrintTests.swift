import SymbolicGraph
import TestSupport
import Testing

@Suite struct DebugPrintTests {
  func print(_ roots: [DebugPrintRoot], _ options: DebugPrintOptions = .init()) -> String {
    var done = Set<Apply>()
    return debugPrint(roots, options: options, done: &done)
  }

  @Test func compiledGraphShowsPositions() throws {
    let x = toyVariable("x")
    let vector = toy("MakeVector", toy("Shape_i{0}", x), toy("Shape_i{1}", x))
    let fgraph = try FunctionGraph(inputs: [x], outputs: [vector], clone: false)
    let order = try fgraph.toposort()
    #expect(print(fgraph.outputs.map { DebugPrintRoot($0, order: order) }) == """
      MakeVector [id A] ''   2
       |Shape_i{0} [id B] ''   1
       | |x [id C]
       |Shape_i{1} [id D] ''   0
         |x [id C]

      """)
  }

  @Test func plainGraphLinesEndInThreeSpaces() {
    let x = toyVariable("x")
    let y = toy("add", toy("neg", x), toyConstant(2))
    #expect(print([DebugPrintRoot(y)]) == """
      add [id A] ''   
       |neg [id B] ''   
       | |x [id C]
       |ToyConstant{2.0} [id D]

      """)
  }

  @Test func typesNamesDepthAndIds() {
    let x = toyVariable("x")
    let n = toy("neg", x)
    n.name = "n"
    let y = toy("add", n, n)
    #expect(print([DebugPrintRoot(y)], .init(printType: true)) == """
      add [id A] <toy> ''   
       |neg [id B] <toy> 'n'   
       | |x [id C] <toy>
       |neg [id B] <toy> 'n'   

      """)
    #expect(print([DebugPrintRoot(y)], .init(depth: 1, ids: .int)) == "add [id 0] ''   \n")
    #expect(print([DebugPrintRoot(y)], .init(ids: .none, stopOnName: true)) == """
      add  ''   
       |neg  'n'   
       |neg  'n'   

      """)
  }

  @Test func multipleOutputsGetAnIndex() {
    let node = ToyOp("split", outputs: 2).makeNode([toyVariable("x")])
    #expect(print([DebugPrintRoot(node.output(1)), DebugPrintRoot(node.output(0))]) == """
      split.1 [id A] ''   
       |x [id B]
      split.0 [id A] ''   

      """)
  }
}

/// Oracle: `theano.printing.min_informative_str` of the same shapes of graph in Theano 1.0.5.
@Suite struct MinInformativeStringTests {
  @Test func lettersEachVariableOnceAndStopsAtNames() {
    let x = toyVariable("x")
    let shared = toy("neg", x)
    let y = toy("add", shared, toy("mul", shared, toyConstant(2)))
    #expect(minInformativeString(y) == """
      A. add
       B. neg
        C. x
       D. mul
        <B>
        E. ToyConstant{2.0}
      """)
    shared.name = "n"
    #expect(minInformativeString(y, indentLevel: 1) == """
       A. add
        B. n
        C. mul
         <B>
         D. ToyConstant{2.0}
      """)
  }
}
