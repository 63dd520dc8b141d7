import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Oracle: `theano.function([x], T.log(x), mode=NanGuardMode(...))` and
/// `theano.function([x], x * 1e11, mode=NanGuardMode(...))` in Theano 1.0.5.
@Suite struct NanGuardTests {
  func guarded(_ checks: NanGuard, _ build: (Variable) throws -> Variable) throws -> CompiledFunction {
    var flags = TheanoFlags()
    try flags.apply("")
    let x = tensorVariable(.vector, dtype: .float64, name: "x")
    return try CompiledFunction(
      inputs: [x], outputs: [try build(x)],
      mode: Mode(query: Mode.query(optimizer: "fast_run"), linker: .nanGuard(checks)), flags: flags)
  }

  @Test func nodeOutputsAreCheckedAndReportedWithTheNode() throws {
    let all = try NanGuard(nanIsError: true, infIsError: true, bigIsError: true)
    let log = try guarded(all) { try elemwise(.log, [$0]) }
    #expect((try log([try NDArray([1.0, 4.0], shape: [2])]).first as? NDArray) != nil)
    #expect(throws: (any Error).self) { try log([try NDArray([1.0, 0.0], shape: [2])]) }
    do {
      _ = try log([try NDArray([-1.0], shape: [1])])
    } catch let error as TensorError {
      #expect(error.pythonType == "AssertionError")
      #expect(error.message.hasPrefix("""
        NaN detected
        NanGuardMode found an error in the output of a node in this variable:
        Elemwise{log,no_inplace} [id A] ''   
         |x [id B]



        Apply node that caused the error: Elemwise{log,no_inplace}(x)
        """))
    }
    let lenient = try NanGuard(nanIsError: true, infIsError: false, bigIsError: false)
    let quiet = try guarded(lenient) { try elemwise(.log, [$0]) }
    #expect((try quiet([try NDArray([0.0, 1.0], shape: [2])]).first as? NDArray)?.numpyRepr == "array([-inf,   0.])")
  }

  @Test func constantsAreCheckedAsInputsOfTheGraph() throws {
    let all = try NanGuard(nanIsError: true, infIsError: true, bigIsError: true)
    let scaled = try guarded(all) { try elemwise(.mul, [$0, constant(try NDArray([1e11], shape: [1]))]) }
    #expect(throws: TensorError.assertion(
      "Big value detected\nNanGuardMode found an error in an input of the graph.\n\n")) {
      try scaled([try NDArray([1.0], shape: [1])])
    }
    #expect(throws: TensorError.assertion("")) {
      try NanGuard(nanIsError: false, infIsError: false, bigIsError: false)
    }
  }
}
