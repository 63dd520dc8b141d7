import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected texts are Theano 1.0.5's (the oracle) for the same graphs.
@Suite struct SplitRepeatFlattenTests {
  let v = tensorVariable(.vector, dtype: .float64, name: "v")
  let sizes = tensorVariable(.vector, dtype: .int64, name: "sizes")

  @Test func printedNames() {
    #expect(Split(count: 3).description == "Split{3}")
    #expect(RepeatOp(axis: 0).description == "RepeatOp{axis=0}")
    #expect(RepeatOp(axis: nil).description == "RepeatOp{axis=None}")
  }

  @Test func splitPerformAndErrors() throws {
    let pieces = try split(v, sizes: sizes, count: 3, axis: constant(.int(0), context: defaultContext))
    let f = try compile([v, sizes], pieces)
    let results = try f([try ramp([6]), try intVector([1, 2, 3]).value as! NDArray])
    #expect(results.compactMap { ($0 as? NDArray)?.numpyRepr } == [
      "array([0.])", "array([1., 2.])", "array([3., 4., 5.])",
    ])
    #expect {
      try f([try ramp([6]), try intVector([1, 2, 2]).value as! NDArray])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "The splits sum to 5, expected 6\nApply node that caused the error: "
          + "Split{3}(v, TensorConstant{0}, sizes)") == true
    }
    try expectInferShape(
      Split.self, inputs: [v, sizes], output: pieces[1],
      values: [try ramp([6]), try intVector([1, 2, 3]).value as! NDArray])
  }

  @Test func repeatPerformAndShape() throws {
    let m = matrix("m")
    let counts = try intVector([0, 1, 3])
    let byElement = try RepeatOp(axis: nil)(m, counts)
    let byRow = try RepeatOp(axis: 1)(m, constant(.int(2), context: defaultContext))
    #expect("\(byElement.type)" == "TensorType(float64, vector)")
    let f = try compile([m], [byElement, byRow])
    let results = try f([try ramp([1, 3])]).compactMap { ($0 as? NDArray)?.numpyRepr }
    #expect(results == ["array([1., 2., 2., 2.])", "array([[0., 0., 1., 1., 2., 2.]])"])
    try expectInferShape(RepeatOp.self, inputs: [m], output: byRow, values: [try ramp([2, 3])])
    try expectInferShape(RepeatOp.self, inputs: [m], output: byElement, values: [try ramp([1, 3])])
  }

  /// Oracle: `debugprint(flatten(x, 2))` for a 3-d `x`; `flatten` of a column is a vector.
  @Test func flattenGraphAndTypes() throws {
    let x = tensorVariable(.tensor3, dtype: .float64, name: "x")
    #expect(printed([try flatten(x, ndim: 2)]) == """
      Reshape{2} [id A] ''   
       |x [id B]
       |MakeVector{dtype='int64'} [id C] ''   
         |Subtensor{int64} [id D] ''   
         | |Subtensor{:int64:} [id E] ''   
         | | |Shape [id F] ''   
         | | | |x [id B]
         | | |Constant{1} [id G]
         | |Constant{0} [id H]
         |Elemwise{Cast{int64}} [id I] ''   
           |TensorConstant{-1} [id J]

      """)
    let column = tensorVariable(.col, dtype: .float64)
    #expect("\(try flatten(column, ndim: 1).type)" == "TensorType(float64, vector)")
    #expect("\(try flatten(tensorVariable(.row, dtype: .float64), ndim: 1).type)" == "TensorType(float64, vector)")
    let f = try compile([x], [try flatten(x, ndim: 2)])
    #expect(try f([try ramp([2, 3, 4])]).compactMap { ($0 as? NDArray)?.shape } == [[2, 12]])
  }
}
