import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// The seed tutorial's graphs, compiled as Theano 1.0.5 compiles them (expected text from the
/// oracle, `Tests/EndToEndTests/Fixtures/oracle/shape_info*.expected.json`).
@Suite struct SeedTests {
  let context = TypingContext()

  func compile(_ inputs: [Variable], _ outputs: [Variable], mode: String? = nil, flags: String = "")
    throws -> CompiledFunction
  {
    var parsed = TheanoFlags()
    try parsed.apply(flags)
    return try CompiledFunction(
      inputs: inputs, outputs: outputs, mode: try Mode.named(mode, flags: parsed), flags: parsed)
  }

  func printed(_ function: CompiledFunction) -> String {
    var done = Set<Apply>()
    return debugPrint(function.debugPrintRoots, done: &done)
  }

  func square(_ x: Variable) throws -> Variable {
    try elemwise(.pow, [x, constant(.int(2), context: context)])
  }

  @Test func shapeOfSquareIsShapeI() throws {
    let x = tensorVariable(.matrix, dtype: .float64, name: "x")
    let f = try compile([x], [try shape(try square(x))])
    #expect(printed(f) == """
      MakeVector{dtype='int64'} [id A] ''   2
       |Shape_i{0} [id B] ''   1
       | |x [id C]
       |Shape_i{1} [id D] ''   0
         |x [id C]

      """)
  }

  @Test func shapeOfSquareWithoutShapeToShapeI() throws {
    let x = tensorVariable(.matrix, dtype: .float64, name: "x")
    let f = try compile([x], [try shape(try square(x))], flags: "optimizer_excluding=local_shape_to_shape_i")
    #expect(printed(f) == """
      Shape [id A] ''   1
       |Elemwise{sqr,no_inplace} [id B] ''   0
         |x [id C]

      """)
  }

  @Test func shapeOfSquareInFastCompile() throws {
    let x = tensorVariable(.matrix, dtype: .float64, name: "x")
    let f = try compile([x], [try shape(try square(x))], mode: "FAST_COMPILE")
    #expect(printed(f) == """
      Shape [id A] ''   1
       |Elemwise{pow,no_inplace} [id B] ''   0
         |x [id C]
         |TensorConstant{(1, 1) of 2} [id D]

      """)
  }

  func joined() -> (Variable, Variable, Variable) {
    let x = tensorVariable(.matrix, dtype: .float64, name: "x")
    let y = tensorVariable(.matrix, dtype: .float64, name: "y")
    let z = try! join(constant(.int(0), context: context), [x, y])
    return (x, y, z)
  }

  @Test func joinShapeHidesTheError() throws {
    let (x, y, z) = joined()
    let f = try compile([x, y], [try shape(z)])
    #expect(printed(f) == """
      MakeVector{dtype='int64'} [id A] ''   4
       |Elemwise{Add}[(0, 0)] [id B] ''   3
       | |Shape_i{0} [id C] ''   2
       | | |x [id D]
       | |Shape_i{0} [id E] ''   1
       |   |y [id F]
       |Shape_i{1} [id G] ''   0
         |x [id D]

      """)
    let xv = try NDArray.zeros([5, 4])
    let yv = try NDArray.zeros([3, 3])
    let result = try #require(try f([xv, yv]).first as? NDArray)
    #expect(result.scalars == [.int(8), .int(4)])
    #expect(result.dtype == .int64)
  }

  @Test func joinReportsTheFailingNode() throws {
    let (x, y, z) = NodeTrace.$current.withValue(["  File \"shape_info.md\", line 35, in <module>\n    z = theano.tensor.join(0, x, y)\n"]) {
      joined()
    }
    let f = try compile([x, y], [z])
    #expect(printed(f) == """
      Join [id A] ''   0
       |TensorConstant{0} [id B]
       |x [id C]
       |y [id D]

      """)
    #expect {
      try f([try NDArray.zeros([5, 4]), try NDArray.zeros([3, 3])])
    } throws: { error in
      (error as? TensorError)?.description == """
        ValueError: all the input array dimensions for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 4 and the array at index 1 has size 3
        Apply node that caused the error: Join(TensorConstant{0}, x, y)
        Toposort index: 0
        Inputs types: [TensorType(int8, scalar), TensorType(float64, matrix), TensorType(float64, matrix)]
        Inputs shapes: [(), (5, 4), (3, 3)]
        Inputs strides: [(), (32, 8), (24, 8)]
        Inputs values: [array(0, dtype=int8), 'not shown', 'not shown']
        Outputs clients: [['output']]

        Backtrace when the node is created(use Theano flag traceback.limit=N to make it longer):
          File "shape_info.md", line 35, in <module>
            z = theano.tensor.join(0, x, y)

        HINT: Use the Theano flag 'exception_verbosity=high' for a debugprint and storage map footprint of this apply node.
        """
    }
  }

  @Test func joinShapeInFastCompileAndDebugMode() throws {
    let (x, y, z) = joined()
    let fast = try compile([x, y], [try shape(z)], mode: "FAST_COMPILE")
    #expect(printed(fast) == """
      Shape [id A] ''   1
       |Join [id B] ''   0
         |TensorConstant{0} [id C]
         |x [id D]
         |y [id E]

      """)
    let debug = try compile([x, y], [try shape(z)], mode: "DebugMode")
    #expect(printed(debug).hasPrefix("MakeVector{dtype='int64'} [id A] ''   4\n"))
    #expect {
      try debug([try NDArray.zeros([5, 4]), try NDArray.zeros([3, 3])])
    } throws: { error in
      (error as? TensorError)?.description == "ValueError: all the input array dimensions for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 4 and the array at index 1 has size 3"
    }
  }

  @Test func specifiedShapeFoldsToAConstant() throws {
    let x = tensorVariable(.matrix, dtype: .float64)
    let shapeConstant = constant(try NDArray([Int64(2), 2], shape: [2]))
    let specified = try specifyShape(x, shapeConstant)
    let f = try compile([x], [try shape(try square(specified))])
    #expect(printed(f) == """
      DeepCopyOp [id A] ''   0
       |TensorConstant{(2,) of 2} [id B]

      """)
    let excluded = try compile(
      [x], [try shape(try square(specified))], flags: "optimizer_excluding=local_shape_to_shape_i")
    #expect(printed(excluded) == """
      Shape [id A] ''   2
       |Elemwise{sqr,no_inplace} [id B] ''   1
         |SpecifyShape [id C] ''   0
           |<TensorType(float64, matrix)> [id D]
           |TensorConstant{(2,) of 2} [id E]

      """)
    let fast = try compile([x], [try shape(try square(specified))], mode: "FAST_COMPILE")
    #expect(printed(fast) == """
      Shape [id A] ''   2
       |Elemwise{pow,no_inplace} [id B] ''   1
         |SpecifyShape [id C] ''   0
         | |<TensorType(float64, matrix)> [id D]
         | |TensorConstant{(2,) of 2} [id E]
         |TensorConstant{(1, 1) of 2} [id F]

      """)
  }
}

@Suite struct ShapeDescriptionTests {
  @Test func describesWhatTheanoKnows() throws {
    let context = TypingContext()
    let x = tensorVariable(.matrix, dtype: .float64, name: "x")
    let y = tensorVariable(.matrix, dtype: .float64, name: "y")
    let z = try join(constant(.int(0), context: context), [x, y])
    #expect(try describeShape(of: z) == "(x.shape[0] + y.shape[0], x.shape[1])")
    let specified = try specifyShape(x, constant(try NDArray([Int64(2), 2], shape: [2])))
    #expect(try describeShape(of: try elemwise(.pow, [specified, constant(.int(2), context: context)])) == "(2, 2)")
    #expect(try describeShape(of: try sum(x)) == "()")
    #expect(try describeShape(of: try sum(x, axis: [0])) == "(x.shape[1],)")
    let row = tensorVariable(.row, dtype: .float64, name: "r")
    #expect(try describeShape(of: try elemwise(.add, [row, row])) == "(1, r.shape[1])")
    #expect(try describeShape(of: try reshape(x, try NDArray([Int64(2), -1], shape: [2]).asConstant(), ndim: 2))
      == "(2, (x.shape[0] * x.shape[1]) // 2)")
  }
}

extension NDArray {
  func asConstant() -> Constant { constant(self) }
}

/// Oracle: the seed's join error with `exception_verbosity=high`.
@Suite struct HighVerbosityTests {
  @Test func reportAddsTypeNumbersAndTheNode() throws {
    let context = TypingContext()
    let (x, y, z) = try NodeTrace.$current.withValue(
      ["  File \"s6.md\", line 9, in <module>\n    z = theano.tensor.join(0, x, y)\n"]
    ) {
      let x = tensorVariable(.matrix, dtype: .float64, name: "x")
      let y = tensorVariable(.matrix, dtype: .float64, name: "y")
      return (x, y, try join(constant(.int(0), context: context), [x, y]))
    }
    let f = try compile([x, y], [z], flags: "exception_verbosity=high")
    #expect {
      try f([try NDArray.zeros([5, 4]), try NDArray.zeros([3, 3])])
    } throws: { error in
      (error as? TensorError)?.message == """
        all the input array dimensions for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 4 and the array at index 1 has size 3
        Apply node that caused the error: Join(TensorConstant{0}, x, y)
        Toposort index: 0
        Inputs types: [TensorType(int8, scalar), TensorType(float64, matrix), TensorType(float64, matrix)]
        Inputs shapes: [(), (5, 4), (3, 3)]
        Inputs strides: [(), (32, 8), (24, 8)]
        Inputs values: [array(0, dtype=int8), 'not shown', 'not shown']
        Inputs type_num: [1, 12, 12]
        Outputs clients: [['output']]

        Backtrace when the node is created(use Theano flag traceback.limit=N to make it longer):
          File "s6.md", line 9, in <module>
            z = theano.tensor.join(0, x, y)

        Debugprint of the apply node: 
        Join [id A] <TensorType(float64, matrix)> ''   
         |TensorConstant{0} [id B] <TensorType(int8, scalar)>
         |x [id C] <TensorType(float64, matrix)>
         |y [id D] <TensorType(float64, matrix)>

        HINT: Use the Theano flag 'exception_verbosity=high' for a debugprint and storage map footprint of this apply node.
        """
    }
  }
}
