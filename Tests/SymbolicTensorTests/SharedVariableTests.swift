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

  /// Oracle: `theano.function([], v * 2, givens={v: w})` and `acc.copy(swap={n: m})`.
  @Test func givensReplaceVariablesAndCopiesSwapSharedVariables() throws {
    let w = SharedVariable(type: TensorType(.float64, [false]), value: try ramp([2]), name: "w")
    let v = tensorVariable(.vector, dtype: .float64, name: "v")
    var flags = TheanoFlags()
    try flags.apply("")
    let mode = try Mode.named("FAST_COMPILE", flags: flags)
    let doubled = try CompiledFunction(
      inputs: [], outputs: [try elemwise(.mul, [v, try intVector([2])])], givens: [(v, w)],
      mode: mode, flags: flags)
    #expect((try doubled([]).first as? NDArray)?.numpyStr == "[0. 2.]")
    let i = tensorVariable(.scalar, dtype: .int64, name: "i")
    #expect(throws: TensorError.type(
      "Cannot convert Type TensorType(int64, scalar) (of Variable i) into Type "
        + "TensorType(float64, vector). You can try to manually convert i into a "
        + "TensorType(float64, vector).")) {
      try CompiledFunction(
        inputs: [i], outputs: [try sum(v)], givens: [(v, i)], mode: mode, flags: flags)
    }
    let n = SharedVariable(type: TensorType(.int64, []), value: NDArray(scalar: .int(0), dtype: .int64), name: "n")
    let m = SharedVariable(type: TensorType(.int64, []), value: NDArray(scalar: .int(10), dtype: .int64), name: "m")
    let accumulate = try CompiledFunction(
      inputs: [i], outputs: [i], updates: [(n, try elemwise(.add, [n, i]))], mode: mode,
      flags: flags, name: "acc")
    let other = try accumulate.copy(swapping: [(n, m)])
    _ = try other([NDArray(scalar: .int(2), dtype: .int64)])
    #expect((n.value as? NDArray)?.numpyStr == "0" && (m.value as? NDArray)?.numpyStr == "12")
    #expect(other.name == "acc copy")
    #expect(throws: TensorError.value("SharedVariable: m not found")) {
      try accumulate.copy(swapping: [(m, n)])
    }
  }
}
