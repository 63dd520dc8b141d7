import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Oracle: `w = theano.shared(numpy.zeros(3), name='w'); f = theano.function([x], (x * w).sum(),
/// updates=[(w, w + x)])` in Theano 1.0.5.
@Suite struct SharedVariableTests {
  @Test func updatesRunAfterTheReadersAndMayWorkInPlace() throws {
    let w = SharedVariable(type: TensorType(.float64, [false]), value: try NDArray.zeros([3]), name: "w")
    let x = tensorVariable(.vector, dtype: .float64, name: "x")
    let product = try elemwise(.mul, [x, w])
    var flags = TheanoFlags()
    try flags.apply("")
    let f = try CompiledFunction(
      inputs: [x], outputs: [try sum(product)], updates: [(w, try elemwise(.add, [w, x]))],
      mode: try Mode.named(nil, flags: flags), flags: flags)
    #expect(printed(f) == """
      Sum{acc_dtype=float64} [id A] ''   2
       |Elemwise{Mul}[(0, 1)] [id B] ''   1
         |x [id C]
         |w [id D]
      Elemwise{add,no_inplace} [id E] ''   0
       |w [id D]
       |x [id C]

      """)
    let result = try #require(try f([try ramp([3])]).first as? NDArray)
    #expect(result.numpyRepr == "array(0.)")
    #expect((w.value as? NDArray)?.numpyStr == "[0. 1. 2.]")
    _ = try f([try ramp([3])])
    #expect((w.value as? NDArray)?.numpyStr == "[0. 2. 4.]")
  }

  @Test func sharedOutputsAreCopied() throws {
    let w = SharedVariable(type: TensorType(.float64, [false]), value: try ramp([3]), name: "w")
    let g = try compile([], [w])
    #expect(printed(g) == """
      DeepCopyOp [id A] 'w'   0
       |w [id B]

      """)
    let first = try #require(try g([]).first as? NDArray)
    #expect(first.numpyStr == "[0. 1. 2.]")
    w.value = try ramp([2])
    #expect((try g([]).first as? NDArray)?.numpyStr == "[0. 1.]")
  }
}
