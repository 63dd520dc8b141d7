import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected texts are Theano 1.0.5's (the oracle) for the same graphs.
@Suite struct IncSubtensorTests {
  let m = matrix("m")
  let v = tensorVariable(.vector, dtype: .float64, name: "v")
  let idx = tensorVariable(.vector, dtype: .int64, name: "idx")
  let rows = tensorVariable(.vector, dtype: .int64, name: "rows")

  @Test func printedNames() {
    #expect(IncSubtensor([.index(.int64)], setInsteadOfInc: true).description == "IncSubtensor{Set;int64}")
    #expect(IncSubtensor([.slice(start: nil, stop: nil, step: nil), .index(.int64)], inplace: true).description
      == "IncSubtensor{InplaceInc;::, int64}")
    #expect(AdvancedIncSubtensor1().description == "AdvancedIncSubtensor1{no_inplace,inc}")
    #expect(AdvancedIncSubtensor1(inplace: true, setInsteadOfInc: true).description
      == "AdvancedIncSubtensor1{inplace,set}")
    #expect(AdvancedIncSubtensor(setInsteadOfInc: true).description
      == "AdvancedIncSubtensor{inplace=False,  set_instead_of_inc=True}")
    #expect(AdvancedBooleanIncSubtensor().description
      == "AdvancedBooleanIncSubtensor{inplace=False,  set_instead_of_inc=False}")
  }

  /// Oracle: the compiled function of six increments and its results on `arange(12).reshape(3,
  /// 4)`, `arange(3.)`, `idx = [0, 2, 2]`, `rows = [1, 1, 2]`.
  @Test func everyKindOfIndex() throws {
    let full = IndexEntry.slice(start: nil, stop: nil, step: nil)
    let number = { (value: Double) in constant(.float(value), context: defaultContext) }
    let integer = { (value: Int64) in constant(.int(value), context: defaultContext) }
    let outputs = [
      try incSubtensor(try index(m, [.variable(scalarConstant(0))]), integer(0), setInsteadOfInc: true),
      try incSubtensor(try index(m, [full, .variable(scalarConstant(1))]), integer(100)),
      try incSubtensor(try index(v, [.variable(idx)]), number(1)),
      try incSubtensor(try index(m, [.variable(rows), .variable(idx)]), integer(-1), setInsteadOfInc: true),
      try incSubtensor(try index(m, [full, .variable(idx)]), v),
      try incSubtensor(try index(v, [.variable(try elemwise(.gt, [v, integer(2)]))]), integer(10)),
    ]
    let f = try compile([m, v, idx, rows], outputs)
    #expect(printed(f) == """
      IncSubtensor{Set;int64} [id A] ''   0
       |m [id B]
       |TensorConstant{0} [id C]
       |Constant{0} [id D]
      IncSubtensor{Inc;::, int64} [id E] ''   1
       |m [id B]
       |TensorConstant{100} [id F]
       |Constant{1} [id G]
      AdvancedIncSubtensor1{no_inplace,inc} [id H] ''   2
       |v [id I]
       |TensorConstant{1.0} [id J]
       |idx [id K]
      AdvancedIncSubtensor{inplace=False,  set_instead_of_inc=True} [id L] ''   3
       |m [id B]
       |TensorConstant{-1} [id M]
       |rows [id N]
       |idx [id K]
      InplaceDimShuffle{1,0} [id O] ''   7
       |AdvancedIncSubtensor1{no_inplace,inc} [id P] ''   6
         |InplaceDimShuffle{1,0} [id Q] ''   5
         | |m [id B]
         |InplaceDimShuffle{0,x} [id R] ''   4
         | |v [id I]
         |idx [id K]
      AdvancedBooleanIncSubtensor{inplace=False,  set_instead_of_inc=False} [id S] ''   9
       |v [id I]
       |TensorConstant{10} [id T]
       |Elemwise{gt,no_inplace} [id U] ''   8
         |v [id I]
         |TensorConstant{(1,) of 2} [id V]

      """)
    let results = try f([
      try ramp([3, 4]), try ramp([3]), try intVector([0, 2, 2]).value as! NDArray,
      try intVector([1, 1, 2]).value as! NDArray,
    ]).compactMap { ($0 as? NDArray)?.numpyRepr }
    #expect(results == [
      "array([[ 0.,  0.,  0.,  0.],\n       [ 4.,  5.,  6.,  7.],\n       [ 8.,  9., 10., 11.]])",
      "array([[  0., 101.,   2.,   3.],\n       [  4., 105.,   6.,   7.],\n       [  8., 109.,  10.,  11.]])",
      "array([1., 1., 4.])",
      "array([[ 0.,  1.,  2.,  3.],\n       [-1.,  5., -1.,  7.],\n       [ 8.,  9., -1., 11.]])",
      "array([[ 0.,  1.,  5.,  3.],\n       [ 4.,  5.,  9.,  7.],\n       [ 8.,  9., 13., 11.]])",
      "array([0., 1., 2.])",
    ])
  }

  /// Oracle: `debugprint(inc_subtensor(m[im], 1.0))` for an int64 matrix `im`.
  @Test func indexMatrixIncrementsTheFlattenedIndex() throws {
    let im = tensorVariable(.matrix, dtype: .int64, name: "im")
    let one = constant(.float(1), context: defaultContext)
    #expect(printed([try incSubtensor(try index(m, [.variable(im)]), one)]) == """
      AdvancedIncSubtensor1{no_inplace,inc} [id A] ''   
       |m [id B]
       |TensorConstant{1.0} [id C]
       |Reshape{1} [id D] ''   
         |im [id E]
         |TensorConstant{(1,) of -1} [id F]

      """)
  }

  /// Oracle: increments of intermediate results work in place; of inputs, on a copy.
  @Test func inplaceWhenTheDestroyHandlerAllows() throws {
    let two = constant(.float(2), context: defaultContext)
    let doubled = try elemwise(.mul, [m, two])
    let outputs = [
      try incSubtensor(try index(doubled, [.variable(scalarConstant(0))]), v, setInsteadOfInc: true),
      try incSubtensor(
        try index(try elemwise(.add, [v, constant(.float(1), context: defaultContext)]), [.variable(idx)]),
        constant(.float(1), context: defaultContext)),
      try incSubtensor(try index(m, [.variable(scalarConstant(0))]), v, setInsteadOfInc: true),
    ]
    let f = try compile([m, v, idx], outputs)
    #expect(printed(f) == """
      IncSubtensor{InplaceSet;int64} [id A] ''   1
       |Elemwise{mul,no_inplace} [id B] ''   0
       | |TensorConstant{(1, 1) of 2.0} [id C]
       | |m [id D]
       |v [id E]
       |Constant{0} [id F]
      AdvancedIncSubtensor1{inplace,inc} [id G] ''   3
       |Elemwise{add,no_inplace} [id H] ''   2
       | |TensorConstant{(1,) of 1.0} [id I]
       | |v [id E]
       |TensorConstant{1.0} [id J]
       |idx [id K]
      IncSubtensor{Set;int64} [id L] ''   4
       |m [id D]
       |v [id E]
       |Constant{0} [id F]

      """)
    let results = try f([try NDArray.ones([2, 3]), try ramp([3]), try intVector([0, 0]).value as! NDArray])
    #expect(results.compactMap { ($0 as? NDArray)?.numpyRepr } == [
      "array([[0., 1., 2.],\n       [2., 2., 2.]])", "array([3., 2., 3.])",
      "array([[0., 1., 2.],\n       [1., 1., 1.]])",
    ])
  }

  @Test func errors() throws {
    #expect(throws: TensorError.type("x must be the result of a subtensor operation")) {
      try incSubtensor(m, constant(.int(0), context: defaultContext))
    }
    #expect(throws: TensorError.type("Trying to increment a 1-dimensional subtensor with a 2-dimensional value.")) {
      try incSubtensor(try index(m, [.variable(scalarConstant(0))]), m)
    }
  }

  @Test func inferShape() throws {
    let values = [try ramp([3, 4]), try intVector([0, 2]).value as! NDArray]
    try expectInferShape(
      IncSubtensor.self, inputs: [m],
      output: try incSubtensor(try index(m, [.variable(scalarConstant(1))]), constant(.int(5), context: defaultContext)),
      values: [values[0]])
    try expectInferShape(
      AdvancedIncSubtensor1.self, inputs: [m, idx],
      output: try incSubtensor(try index(m, [.variable(idx)]), constant(.int(5), context: defaultContext)),
      values: values)
  }
}
