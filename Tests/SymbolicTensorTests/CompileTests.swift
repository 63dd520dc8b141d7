import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

@Suite struct CompileTests {
  @Test func flagsParse() throws {
    var flags = TheanoFlags()
    try flags.apply("blas.ldflags=,cxx=,optimizer_excluding=local_shape_to_shape_i:inplace,floatX=float32")
    #expect(flags.optimizerExcluding == ["local_shape_to_shape_i", "inplace"])
    #expect(flags.floatX == .float32)
    #expect(flags.other["cxx"] == "")
    #expect(throws: TensorError.self) { try flags.apply("mode=FASTEST") }
  }

  @Test func excludingAppliesOnlyToTheDefaultMode() throws {
    var flags = TheanoFlags()
    try flags.apply("optimizer_excluding=local_shape_to_shape_i")
    #expect(try Mode.named(nil, flags: flags).query.exclude == ["local_shape_to_shape_i"])
    #expect(try Mode.named("FAST_RUN", flags: flags).query.exclude.isEmpty)
    #expect(try Mode.named("DebugMode", flags: flags).linker == .debug)
  }

  @Test func unusedInputsAreRejectedBeforeMissingOnes() throws {
    let x = matrix("x")
    let y = matrix("y")
    let w = matrix("w")
    #expect {
      try compile([x, y], [try elemwise(.add, [x, w])])
    } throws: { error in
      (error as? TensorError)?.pythonType == "theano.compile.function_module.UnusedInputError"
        && (error as? TensorError)?.message.hasPrefix(
          "theano.function was asked to create a function computing outputs given certain inputs, but the provided input variable at index 1 is not part of the computational graph needed to compute the outputs: y.") == true
    }
    #expect {
      try compile([x], [try elemwise(.add, [x, w])])
    } throws: { error in
      (error as? TensorError)?.pythonType == "theano.gof.fg.MissingInputError"
    }
  }

  @Test func argumentChecks() throws {
    let x = matrix("x")
    let f = try compile([x], [try elemwise(.neg, [x])])
    #expect {
      try f([try ramp([2, 2]), try ramp([2, 2])])
    } throws: { error in
      (error as? TensorError)?.description == "TypeError: Too many parameter passed to theano function"
    }
    #expect {
      try f([])
    } throws: { error in
      (error as? TensorError)?.description == "TypeError: Missing required input: x"
    }
    #expect {
      try f([try ramp([2])])
    } throws: { error in
      (error as? TensorError)?.description
        == "TypeError: Bad input argument to theano function at index 0 (0-based). Wrong number of dimensions: expected 2, got 1 with shape (2,)."
    }
  }

  @Test func pipelineNamesEveryPhase() {
    let names = Pipeline.phases.map(\.name)
    #expect(names == [
      "merge1", "ShapeOpt", "merge1.1", "pre_local_IncSubtensor_serialize", "canonicalize", "merge1.2",
      "stabilize",
      "local_fill_to_alloc", "BlasOpt", "specialize", "uncanonicalize", "specialize_device",
      "local_add_mul_fusion", "composite_elemwise_fusion",
      "merge2", "add_destroy_handler", "local_inplace_incsubtensor1", "local_inplace_setsubtensor",
      "InplaceBlasOpt", "make_scipy_blas_destructive",
      "inplace_elemwise_opt", "merge3",
    ])
  }

  @Test func optimizerNoneKeepsTheGraph() throws {
    let x = matrix("x")
    let f = try compile([x], [try shape(try elemwise(.pow, [x, constant(.int(2), context: defaultContext)]))], flags: "optimizer=None")
    #expect(printed(f) == """
      Shape [id A] ''   2
       |Elemwise{pow,no_inplace} [id B] ''   1
         |x [id C]
         |InplaceDimShuffle{x,x} [id D] ''   0
           |TensorConstant{2} [id E]

      """)
  }
}
