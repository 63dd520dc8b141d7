import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected texts are Theano 1.0.5's (the oracle) for the same compiled functions.
@Suite struct SubtensorRewritesTests {
  let v = tensorVariable(.vector, dtype: .float64, name: "v")

  func slice(_ start: Int64?, _ stop: Int64?, _ step: Int64?) -> IndexEntry {
    .slice(start: start.map(scalarConstant), stop: stop.map(scalarConstant), step: step.map(scalarConstant))
  }

  /// Oracle: the shapes of `v[1:]` and `v[::2]` come from the canonical form of the slice.
  @Test func inferShapeUsesTheCanonicalSlice() throws {
    #expect(printed(try compile([v], [try shape(try index(v, [slice(1, nil, nil)]))])) == """
      MakeVector{dtype='int64'} [id A] ''   2
       |Elemwise{Composite{(i0 - Switch(LT(i1, i0), i1, i0))}}[(0, 0)] [id B] ''   1
         |Shape_i{0} [id C] ''   0
         | |v [id D]
         |TensorConstant{1} [id E]

      """)
    #expect(printed(try compile([v], [try shape(try index(v, [slice(nil, nil, 2)]))])) == """
      MakeVector{dtype='int64'} [id A] ''   2
       |Elemwise{Composite{(i0 + (((i1 + i2) - Switch(LT(i3, i2), i3, i2)) // i4))}}[(0, 2)] [id B] ''   1
         |TensorConstant{1} [id C]
         |TensorConstant{-1} [id D]
         |Shape_i{0} [id E] ''   0
         | |v [id F]
         |TensorConstant{0} [id G]
         |TensorConstant{2} [id H]

      """)
    try expectInferShape(
      Subtensor.self, inputs: [v], output: try index(v, [slice(-4, nil, -2)]), values: [try ramp([7])])
  }

  /// Oracle: `function([v], v[1:][1:])` (the indexing tutorial's last block).
  @Test func consecutiveSlicesMerge() throws {
    let f = try compile([v], [try index(try index(v, [slice(1, nil, nil)]), [slice(1, nil, nil)])])
    #expect(printed(f) == """
      DeepCopyOp [id A] ''   10
       |Subtensor{int64:int64:int8} [id B] ''   9
         |v [id C]
         |ScalarFromTensor [id D] ''   7
         | |Elemwise{Composite{Switch(i0, i1, minimum((i2 + i3), i4))}}[(0, 2)] [id E] ''   5
         |   |Elemwise{Composite{LE((i0 - i1), i2)}} [id F] ''   4
         |   | |Elemwise{sub,no_inplace} [id G] ''   2
         |   | | |Shape_i{0} [id H] ''   0
         |   | | | |v [id C]
         |   | | |Elemwise{Composite{Switch(LT(i0, i1), i0, i1)}} [id I] ''   1
         |   | |   |TensorConstant{1} [id J]
         |   | |   |Shape_i{0} [id H] ''   0
         |   | |Elemwise{Composite{Switch(LT(i0, i1), i0, i1)}} [id K] ''   3
         |   | | |TensorConstant{1} [id J]
         |   | | |Elemwise{sub,no_inplace} [id G] ''   2
         |   | |TensorConstant{0} [id L]
         |   |TensorConstant{0} [id L]
         |   |Elemwise{Composite{Switch(LT(i0, i1), i0, i1)}} [id I] ''   1
         |   |Elemwise{Composite{Switch(LT(i0, i1), i0, i1)}} [id K] ''   3
         |   |Shape_i{0} [id H] ''   0
         |ScalarFromTensor [id M] ''   8
         | |Elemwise{Switch}[(0, 2)] [id N] ''   6
         |   |Elemwise{Composite{LE((i0 - i1), i2)}} [id F] ''   4
         |   |TensorConstant{0} [id L]
         |   |Shape_i{0} [id H] ''   0
         |Constant{1} [id O]

      """)
    #expect(try f([try ramp([5])]).compactMap { ($0 as? NDArray)?.numpyRepr } == ["array([2., 3., 4.])"])
  }

  /// Merged indexings compute what the two indexings compute (oracle values).
  @Test func mergedValues() throws {
    let i = tensorVariable(.scalar, dtype: .int64, name: "i")
    let reversed = try index(try index(v, [slice(nil, nil, -1)]), [slice(2, nil, nil)])
    let picked = try index(try index(v, [slice(2, nil, nil)]), [.variable(i)])
    let stepped = try index(try index(v, [slice(1, -1, nil)]), [slice(nil, nil, 2)])
    let f = try compile([v, i], [reversed, picked, stepped])
    let minusOne = NDArray(scalar: .int(-1), dtype: .int64)
    let results = try f([try ramp([7]), minusOne]).compactMap { ($0 as? NDArray)?.numpyRepr }
    #expect(results == ["array([4., 3., 2., 1., 0.])", "array(6.)", "array([1., 3., 5.])"])
    #expect(!f.order.contains { node in
      node.op is Subtensor && node.inputs[0].owner?.op is Subtensor
    })
  }

  /// Oracle: constant conditions, equal branches and self-comparisons disappear.
  @Test func uselessSwitchAndComparisons() throws {
    let x = tensorVariable(.scalar, dtype: .int64, name: "x")
    let two = constant(.int(2), context: defaultContext)
    let outputs = [
      try elemwise(.switch, [constant(.int(1), context: defaultContext), x, try elemwise(.mul, [two, x])]),
      try elemwise(.minimum, [x, x]),
      try elemwise(.lt, [try subtensor(try shape(v), [.index(scalarConstant(0))]), constant(.int(0), context: defaultContext)]),
      try elemwise(.switch, [x, v, v]),
    ]
    #expect(printed(try compile([x, v], outputs)) == """
      DeepCopyOp [id A] 'x'   0
       |x [id B]
      DeepCopyOp [id C] 'x'   1
       |x [id B]
      DeepCopyOp [id D] ''   2
       |TensorConstant{False} [id E]
      DeepCopyOp [id F] 'v'   3
       |v [id G]

      """)
  }
}
