import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Oracle: `theano.function([x, y], x * x - y, mode="DebugMode")(np.ones(2), np.ones(3))` in
/// Theano 1.0.5 (no C compiler).
@Suite struct DebugModeTests {
  @Test func aFailingNodeBlamesTheRewriteThatInsertedIt() throws {
    var flags = TheanoFlags()
    try flags.apply("")
    let x = tensorVariable(.vector, dtype: .float64, name: "x")
    let y = tensorVariable(.vector, dtype: .float64, name: "y")
    let f = try CompiledFunction(
      inputs: [x, y], outputs: [try elemwise(.sub, [try elemwise(.mul, [x, x]), y])],
      mode: try Mode.named("DebugMode", flags: flags), flags: flags)
    #expect(throws: TensorError.value("""
      An optimization (probably FusionOptimizer) inserted an apply node that raise an error.
      The information we have about this optimizations is:Elemwise{sub,no_inplace}.0
        Elemwise{sub,no_inplace} [id A] <TensorType(float64, vector)> ''   
         |Elemwise{sqr,no_inplace} [id B] <TensorType(float64, vector)> ''   
         | |x [id C] <TensorType(float64, vector)>
         |y [id D] <TensorType(float64, vector)>


      The original exception: 
      operands could not be broadcast together with shapes (2,) (3,) 
      Apply node that caused the error: Elemwise{Composite{(sqr(i0) - i1)}}(x, y)
      Toposort index: 0
      Inputs types: [TensorType(float64, vector), TensorType(float64, vector)]

      HINT: Use another linker then the c linker to have the inputs shapes and strides printed.
      HINT: Re-running with most Theano optimization disabled could give you a back-trace of when this node was created. This can be done with by setting the Theano flag 'optimizer=fast_compile'. If that does not work, Theano optimizations can be disabled with 'optimizer=None'.
      HINT: Use the Theano flag 'exception_verbosity=high' for a debugprint and storage map footprint of this apply node.
      """)) {
      try f([try NDArray.ones([2]), try NDArray.ones([3])])
    }
    let result = try f([try NDArray.ones([2]), try NDArray.ones([2])]).first as? NDArray
    #expect(result?.numpyStr == "[0. 0.]")
  }
}
