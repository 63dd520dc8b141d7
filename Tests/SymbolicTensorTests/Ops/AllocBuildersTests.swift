import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected texts are Theano 1.0.5's (the oracle) for the same graphs.
@Suite struct AllocBuildersTests {
  let m = matrix("m")
  let v = tensorVariable(.vector, dtype: .float64, name: "v")

  @Test func fillTypes() throws {
    #expect(try zerosLike(m).owner.map { "\($0.op)" } == "Elemwise{second,no_inplace}")
    #expect("\(try onesLike(m, dtype: .int8).type)" == "TensorType(int8, matrix)")
    #expect("\(try fillLike(m, constant(.float(7), context: defaultContext)).type)" == "TensorType(float32, matrix)")
  }

  /// Oracle: `debugprint(T.tile(v, (3,)))` and `debugprint(T.repeat(m, 2, axis=0))`.
  @Test func tileAndRepeatGraphs() throws {
    let three = constant(.int(3), context: defaultContext)
    #expect(printed([try tile(v, [three])]) == """
      Reshape{1} [id A] ''   
       |InplaceDimShuffle{0,1} [id B] ''   
       | |Alloc [id C] ''   
       |   |v [id D]
       |   |TensorConstant{3} [id E]
       |   |Subtensor{int64} [id F] ''   
       |     |Shape [id G] ''   
       |     | |v [id D]
       |     |Constant{0} [id H]
       |MakeVector{dtype='int64'} [id I] ''   
         |Elemwise{mul,no_inplace} [id J] ''   
           |Subtensor{int64} [id F] ''   
           |TensorConstant{3} [id E]

      """)
    #expect(printed([try repeatElements(m, constant(.int(2), context: defaultContext), axis: 0)]) == """
      Reshape{2} [id A] ''   
       |Alloc [id B] ''   
       | |InplaceDimShuffle{0,x,1} [id C] ''   
       | | |m [id D]
       | |Subtensor{int64} [id E] ''   
       | | |Shape [id F] ''   
       | | | |m [id D]
       | | |Constant{0} [id G]
       | |TensorConstant{2} [id H]
       | |Subtensor{int64} [id I] ''   
       |   |Shape [id J] ''   
       |   | |m [id D]
       |   |Constant{1} [id K]
       |MakeVector{dtype='int64'} [id L] ''   
         |Elemwise{mul,no_inplace} [id M] ''   
         | |Subtensor{int64} [id E] ''   
         | |TensorConstant{2} [id H]
         |Subtensor{int64} [id I] ''   

      """)
  }

  @Test func tileAndRepeatValues() throws {
    let two = constant(.int(2), context: defaultContext)
    let one = constant(.int(1), context: defaultContext)
    let f = try compile(
      [m], [try tile(m, [two, one]), try repeatElements(m, two, axis: nil), try repeatElements(m, two, axis: 1)])
    let results = try f([try ramp([1, 2])]).compactMap { ($0 as? NDArray)?.numpyRepr }
    #expect(results == [
      "array([[0., 1.],\n       [0., 1.]])", "array([0., 0., 1., 1.])", "array([[0., 0., 1., 1.]])",
    ])
  }
}
