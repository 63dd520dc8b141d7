import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected texts are Theano 1.0.5's (the oracle) for the same graphs.
@Suite struct AdvancedIndexingTests {
  let m = matrix("m")
  let v = tensorVariable(.vector, dtype: .float64, name: "v")
  let idx = tensorVariable(.vector, dtype: .int64, name: "idx")

  @Test func printedNamesAndTypes() throws {
    #expect(AdvancedSubtensor1().description == "AdvancedSubtensor1")
    #expect(AdvancedSubtensor().description == "AdvancedSubtensor")
    #expect(AdvancedBooleanSubtensor().description == "AdvancedBooleanSubtensor")
    #expect(ScalarFromTensor().description == "ScalarFromTensor")
    let x = tensorVariable(.tensor3, dtype: .float64, name: "x")
    #expect("\(try index(x, [.variable(idx), .variable(idx)]).type)" == "TensorType(float64, matrix)")
    let row = tensorVariable(.row, dtype: .float64)
    #expect("\(try index(row, [.variable(idx), .variable(idx)]).type)" == "TensorType(float64, vector)")
    #expect("\(try index(row, [.variable(idx)]).type)" == "TensorType(float64, matrix)")
  }

  /// Oracle: `debugprint(m[:, idx])` and `debugprint(m[im])` for an int64 matrix `im`.
  @Test func takeGraphs() throws {
    let full = IndexEntry.slice(start: nil, stop: nil, step: nil)
    #expect(printed([try index(m, [full, .variable(idx)])]) == """
      InplaceDimShuffle{1,0} [id A] ''   
       |AdvancedSubtensor1 [id B] ''   
         |InplaceDimShuffle{1,0} [id C] ''   
         | |m [id D]
         |idx [id E]

      """)
    let im = tensorVariable(.matrix, dtype: .int64, name: "im")
    #expect(printed([try index(m, [.variable(im)])]) == """
      Reshape{3} [id A] ''   
       |AdvancedSubtensor1 [id B] ''   
       | |m [id C]
       | |Reshape{1} [id D] ''   
       |   |im [id E]
       |   |TensorConstant{(1,) of -1} [id F]
       |Join [id G] ''   
         |TensorConstant{0} [id H]
         |Shape [id I] ''   
         | |im [id E]
         |Subtensor{int64::} [id J] ''   
           |Shape [id K] ''   
           | |m [id C]
           |Constant{1} [id L]

      """)
  }

  @Test func performMatchesNumpy() throws {
    let rows = tensorVariable(.vector, dtype: .int64, name: "rows")
    let f = try compile(
      [m, v, idx, rows],
      [
        try index(m, [.variable(idx)]), try index(m, [.variable(rows), .variable(idx)]),
        try index(v, [.variable(try elemwise(.gt, [v, constant(.int(3), context: defaultContext)]))]),
      ])
    let results = try f([
      try ramp([3, 4]), try ramp([5]), try intVector([2, 0, 2]).value as! NDArray,
      try intVector([0, 1, 2]).value as! NDArray,
    ]).compactMap { ($0 as? NDArray)?.numpyRepr }
    #expect(results == [
      "array([[ 8.,  9., 10., 11.],\n       [ 0.,  1.,  2.,  3.],\n       [ 8.,  9., 10., 11.]])",
      "array([ 2.,  4., 10.])",
      "array([4.])",
    ])
  }

  /// Oracle: `function([v, i], v[i])` indexes through `ScalarFromTensor`; an index out of range
  /// reports it as a `Scalar(int64)` input holding a numpy scalar.
  @Test func symbolicIntegerIndex() throws {
    let i = tensorVariable(.scalar, dtype: .int64, name: "i")
    let f = try compile([v, i], [try index(v, [.variable(i)])])
    #expect(printed(f) == """
      DeepCopyOp [id A] ''   2
       |Subtensor{int64} [id B] ''   1
         |v [id C]
         |ScalarFromTensor [id D] ''   0
           |i [id E]

      """)
    #expect {
      try f([try ramp([5]), NDArray(scalar: .int(7), dtype: .int64)])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix("""
        index 7 is out of bounds for axis 0 with size 5
        Apply node that caused the error: Subtensor{int64}(v, ScalarFromTensor.0)
        Toposort index: 1
        Inputs types: [TensorType(float64, vector), Scalar(int64)]
        Inputs shapes: [(5,), ()]
        Inputs strides: [(8,), ()]
        Inputs values: [array([0., 1., 2., 3., 4.]), 7]
        """) == true
    }
  }

  /// Oracle: a slice between advanced indices is a `MakeSlice` input, folded into a
  /// `SliceConstant` when its bounds are constants.
  @Test func slicesInAdvancedIndexing() throws {
    #expect(MakeSlice().description == "MakeSlice")
    #expect(TensorFromScalar().description == "TensorFromScalar")
    #expect(SliceType().constantDescription(PythonSlice(start: nil, stop: 2, step: nil))
      == "SliceConstant{None, 2, None}")
    let picked = try index(m, [.slice(start: scalarConstant(1), stop: nil, step: nil), .variable(idx)])
    #expect(printed([picked]) == """
      AdvancedSubtensor [id A] ''   
       |m [id B]
       |MakeSlice [id C] ''   
       | |TensorFromScalar [id D] ''   
       | | |Constant{1} [id E]
       | |NoneConst [id F]
       | |NoneConst [id F]
       |idx [id G]

      """)
    let f = try compile([m, idx], [picked])
    let result = try f([try ramp([3, 4]), try intVector([3, 0]).value as! NDArray])
    #expect(result.compactMap { ($0 as? NDArray)?.numpyRepr } == ["array([[ 7.,  4.],\n       [11.,  8.]])"])
  }

  @Test func buildErrors() throws {
    #expect(throws: TensorError("IndexError", "too many indices for array")) {
      try index(v, [.variable(scalarConstant(0)), .variable(scalarConstant(1))])
    }
    #expect(throws: TensorError.type("Expected an integer")) {
      try index(v, [.variable(tensorVariable(.scalar, dtype: .float64))])
    }
    #expect(throws: TensorError(
      "ValueError", arguments: "You cannot drop a non-broadcastable dimension.",
      ["([False, False], ['x'])"])) {
      try index(m, [.newAxis])
    }
  }

  @Test func inferShape() throws {
    let rows = tensorVariable(.vector, dtype: .int64, name: "rows")
    let values = [try ramp([3, 4]), try intVector([2, 0]).value as! NDArray, try intVector([1, 1]).value as! NDArray]
    try expectInferShape(
      AdvancedSubtensor1.self, inputs: [m, idx], output: try index(m, [.variable(idx)]),
      values: Array(values.prefix(2)))
    try expectInferShape(
      AdvancedSubtensor.self, inputs: [m, idx, rows],
      output: try index(m, [.variable(rows), .variable(idx)]), values: values)
  }
}
