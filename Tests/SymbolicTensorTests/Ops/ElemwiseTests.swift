import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

@Suite struct ElemwiseTests {
  @Test func printedNames() {
    #expect(Elemwise(.add).description == "Elemwise{add,no_inplace}")
    #expect(Elemwise(.add, inplacePattern: [0: 0]).description == "Elemwise{Add}[(0, 0)]")
    #expect(Elemwise(.trueDiv).description == "Elemwise{true_div,no_inplace}")
    #expect(Elemwise(.sqr, inplacePattern: [0: 0]).description == "Elemwise{Sqr}[(0, 0)]")
  }

  /// Oracle: `debugprint(T.join(0, x, x) + 2.5 * x - i / 2)` in Theano 1.0.5.
  @Test func pythonNumbersAreBroadcastConstants() throws {
    let x = matrix("x")
    let i = tensorVariable(.scalar, dtype: .int32, name: "i")
    let joined = try join(constant(.int(0), context: defaultContext), [x, x])
    let scaled = try elemwise(.mul, [constant(.float(2.5), context: defaultContext), x])
    let half = try elemwise(.trueDiv, [i, constant(.int(2), context: defaultContext)])
    let result = try elemwise(.sub, [try elemwise(.add, [joined, scaled]), half])
    #expect(printed([result]) == """
      Elemwise{sub,no_inplace} [id A] ''   
       |Elemwise{add,no_inplace} [id B] ''   
       | |Join [id C] ''   
       | | |TensorConstant{0} [id D]
       | | |x [id E]
       | | |x [id E]
       | |Elemwise{mul,no_inplace} [id F] ''   
       |   |InplaceDimShuffle{x,x} [id G] ''   
       |   | |TensorConstant{2.5} [id H]
       |   |x [id E]
       |InplaceDimShuffle{x,x} [id I] ''   
         |Elemwise{true_div,no_inplace} [id J] ''   
           |i [id K]
           |TensorConstant{2} [id L]

      """)
    #expect(half.dtype == .float64)
    #expect(scaled.dtype == .float64)
  }

  @Test func performFollowsNumpy() throws {
    let x = matrix("x")
    let row = tensorVariable(.row, dtype: .float64, name: "r")
    let f = try compile([x, row], [try elemwise(.add, [x, row]), try elemwise(.pow, [x, row])])
    let results = try f([try ramp([2, 3]), try ramp([1, 3])]).compactMap { $0 as? NDArray }
    #expect(results[0].doubles == [0, 2, 4, 3, 5, 7])
    #expect(results[1].doubles == [1, 1, 4, 1, 4, 25])
  }

  @Test func undeclaredBroadcastingFails() throws {
    let x = matrix("x")
    let y = matrix("y")
    let f = try compile([x, y], [try elemwise(.add, [x, y])])
    #expect {
      try f([try ramp([3, 4]), try ramp([1, 4])])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "Dimension mismatch; shapes are (3, 4), (1, 4)\nApply node that caused the error: "
          + "Elemwise{add,no_inplace}(x, y)") == true
    }
  }

  @Test func inferShape() throws {
    let x = matrix("x")
    let row = tensorVariable(.row, dtype: .float64, name: "r")
    try expectInferShape(
      Elemwise.self, inputs: [x, row], output: try elemwise(.mul, [row, x]),
      values: [try ramp([4, 3]), try ramp([1, 3])])
  }

  @Test func constantsFollowTheanoTyping() {
    #expect(constant(.int(2), context: defaultContext).dtype == .int8)
    #expect(constant(.int(300), context: defaultContext).dtype == .int16)
    #expect(constant(.float(2.5), context: defaultContext).dtype == .float32)
    #expect(constant(.float(0.1), context: defaultContext).dtype == .float64)
    #expect(constant(.float(0.1), context: TypingContext(floatX: .float32)).dtype == .float32)
    #expect(constant(.int(0), context: defaultContext).description == "TensorConstant{0}")
  }
}
