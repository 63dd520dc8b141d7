import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// `local_dimshuffle_lift` alone on a graph; expected texts are Theano 1.0.5's for the same
/// graphs rewritten by `EquilibriumOptimizer([local_dimshuffle_lift])`.
@Suite struct DimShuffleLiftTests {
  func lifted(_ inputs: [Variable], _ outputs: [Variable]) throws -> String {
    let fgraph = try FunctionGraph(inputs: inputs, outputs: outputs)
    try EquilibriumRewriter(name: "lift", rewriters: [.localDimshuffleLift]).apply(to: fgraph)
    return printed(fgraph.outputs)
  }

  @Test func liftsThroughElementwiseAndMergesShuffles() throws {
    let x = matrix("x")
    let y = matrix("y")
    let sum = try elemwise(.add, [x, y])
    #expect(try lifted([x, y], [try transpose(sum)]) == """
      Elemwise{add,no_inplace} [id A] ''   
       |InplaceDimShuffle{1,0} [id B] ''   
       | |x [id C]
       |InplaceDimShuffle{1,0} [id D] ''   
         |y [id E]

      """)
    let v = tensorVariable(.vector, dtype: .float64, name: "v")
    let twice = try dimshuffle(try dimshuffle(v, [.broadcast, .axis(0)]), [.axis(1), .axis(0)])
    #expect(try lifted([v], [twice]) == """
      InplaceDimShuffle{0,x} [id A] ''   
       |v [id B]

      """)
    let back = try dimshuffle(try dimshuffle(v, [.axis(0), .broadcast]), [.axis(0)])
    #expect(try lifted([v], [back]) == "v [id A]\n")
  }
}
