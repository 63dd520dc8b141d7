import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

@Suite struct ShapeOpsTests {
  @Test func printedNames() {
    #expect(Shape().description == "Shape")
    #expect(ShapeI(1).description == "Shape_i{1}")
    #expect(MakeVector().description == "MakeVector{dtype='int64'}")
    #expect(Join().description == "Join")
    #expect(SpecifyShape().description == "SpecifyShape")
    #expect(DeepCopyOp().description == "DeepCopyOp")
    #expect(Reshape(ndim: 2).description == "Reshape{2}")
    #expect(DimShuffle(inputBroadcastable: [false], newOrder: [.broadcast, .axis(0)]).description
      == "InplaceDimShuffle{x,0}")
    #expect(Subtensor([.index(.int64)]).description == "Subtensor{int64}")
    #expect(Subtensor([.slice(start: .int64, stop: nil, step: nil), .index(.int64)]).description
      == "Subtensor{int64::, int64}")
  }

  @Test func typeNames() {
    #expect(TensorType(.float64, [false, false]).description == "TensorType(float64, matrix)")
    #expect(TensorType(.int8, []).description == "TensorType(int8, scalar)")
    #expect(TensorType(.float32, [true, false]).description == "TensorType(float32, row)")
    #expect(TensorType(.float64, [false, false, false]).description == "TensorType(float64, 3D)")
    #expect(TensorType(.float64, [true, false, true]).description
      == "TensorType(float64, (True, False, True))")
    #expect(tensorVariable(.vector, dtype: .float64).description == "<TensorType(float64, vector)>")
  }

  @Test func shapePerform() throws {
    let x = matrix("x")
    let f = try compile([x], [try shape(x)], mode: "FAST_COMPILE")
    let result = try #require(try f([try ramp([5, 4])]).first as? NDArray)
    #expect(result.numpyRepr == "array([5, 4])")
  }

  @Test func joinPerformAndShape() throws {
    let x = matrix("x")
    let y = matrix("y")
    let z = try join(constant(.int(1), context: defaultContext), [x, y])
    let f = try compile([x, y], [z])
    let result = try #require(try f([try ramp([2, 1]), try ramp([2, 2])]).first as? NDArray)
    #expect(result.doubles == [0, 0, 1, 1, 2, 3])
    try expectInferShape(Join.self, inputs: [x, y], output: z, values: [try ramp([2, 1]), try ramp([2, 2])])
  }

  @Test func specifyShapeChecksAtRunTime() throws {
    let x = matrix("x")
    let f = try compile([x], [try specifyShape(x, try intVector([2, 2]))], mode: "FAST_COMPILE")
    #expect {
      try f([try ramp([3, 3])])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "('got shape', (3, 3), 'expected', array([2, 2]))\nApply node that caused the error: "
          + "SpecifyShape(x, TensorConstant{(2,) of 2})") == true
    }
  }

  @Test func reshapePerformShapeAndErrors() throws {
    let x = matrix("x")
    let r = try reshape(x, try intVector([2, -1]), ndim: 2)
    let f = try compile([x], [r])
    let result = try #require(try f([try ramp([3, 4])]).first as? NDArray)
    #expect(result.shape == [2, 6])
    try expectInferShape(Reshape.self, inputs: [x], output: r, values: [try ramp([3, 4])])
    let bad = try compile([x], [try reshape(x, try intVector([5, 5]), ndim: 2)])
    #expect {
      try bad([try ramp([3, 4])])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "Cannot reshape input of shape (3, 4) to shape [5 5]") == true
    }
  }

  /// Oracle: `f = function([x], x)` prints `DeepCopyOp [id A] 'x'   0` over `x`.
  @Test func outputsThatAreInputsAreCopied() throws {
    let x = matrix("x")
    #expect(printed(try compile([x], [x])) == """
      DeepCopyOp [id A] 'x'   0
       |x [id B]

      """)
    let t = try transpose(x)
    t.name = "x.T"
    #expect(printed(try compile([x], [t])) == """
      DeepCopyOp [id A] 'x.T'   1
       |InplaceDimShuffle{1,0} [id B] 'x.T'   0
         |x [id C]

      """)
    let input = try ramp([2, 3])
    let copied = try #require(try compile([x], [t])([input]).first as? NDArray)
    #expect(copied.shape == [3, 2])
    #expect(copied.doubles == [0, 3, 1, 4, 2, 5])
  }

  @Test func subtensorOfShapeBecomesShapeI() throws {
    let x = matrix("x")
    let first = try subtensor(try shape(x), [.index(scalarConstant(0))])
    #expect(printed([first]) == """
      Subtensor{int64} [id A] ''   
       |Shape [id B] ''   
       | |x [id C]
       |Constant{0} [id D]

      """)
    let f = try compile([x], [first])
    #expect(printed(f) == """
      Shape_i{0} [id A] ''   0
       |x [id B]

      """)
    let value = try #require(try f([try ramp([5, 4])]).first as? NDArray)
    #expect(value.numpyRepr == "array(5)")
  }

  @Test func subtensorPerformAndShape() throws {
    let x = matrix("x")
    let row = try subtensor(x, [.index(scalarConstant(1))])
    let f = try compile([x], [row])
    let value = try #require(try f([try ramp([3, 2])]).first as? NDArray)
    #expect(value.doubles == [2, 3])
    try expectInferShape(Subtensor.self, inputs: [x], output: row, values: [try ramp([3, 2])])
  }
}

/// Oracle: `print(theano.pp(...))` in Theano 1.0.5.
@Suite struct PrettyPrintTests {
  @Test func expressions() throws {
    let x = matrix("x")
    let y = matrix("y")
    let two = constant(.int(2), context: defaultContext)
    #expect(prettyPrint(try elemwise(.add, [x, y])) == "(x + y)")
    #expect(prettyPrint(try elemwise(.pow, [x, two])) == "(x ** TensorConstant{2})")
    #expect(prettyPrint(try elemwise(.sub, [try elemwise(.sub, [x, y]), x])) == "((x - y) - x)")
    #expect(prettyPrint(try elemwise(.neg, [x])) == "(-x)")
    #expect(prettyPrint(try elemwise(.mod, [x, y])) == "mod(x, y)")
    let z = try join(constant(.int(0), context: defaultContext), [x, y])
    #expect(prettyPrint(try shape(z)) == "Shape(join(TensorConstant{0}, x, y))")
    #expect(prettyPrint(try subtensor(try shape(x), [.index(scalarConstant(0))])) == "Shape(x)[Constant{0}]")
    #expect(prettyPrint(try subtensor(x, [.slice(start: scalarConstant(1), stop: nil, step: nil), .index(scalarConstant(0))]))
      == "x[int64:, Constant{0}]")
    #expect(prettyPrint(try transpose(x)) == "x.T")
    #expect(prettyPrint(try sum(x, axis: [0])) == "Sum{axis=[0], acc_dtype=float64}(x)")
    #expect(prettyPrint(try dot(x, tensorVariable(.vector, dtype: .float64, name: "v"))) == "(x \\dot v)")
  }

  @Test func dimshuffles() throws {
    let u = tensorVariable(.vector, dtype: .float64, name: "u")
    let w = tensorVariable(.vector, dtype: .float64, name: "w")
    let m = matrix("m")
    let t = tensorVariable(.tensor3, dtype: .float64, name: "t")
    #expect(prettyPrint(try outer(u, w)) == "(DimShuffle{0, x}(u) \\dot w)")
    #expect(prettyPrint(try outer(m, u)) == "(DimShuffle{0, x}(Reshape{1}(m, TensorConstant{(1,) of -1})) \\dot u)")
    #expect(prettyPrint(try dimshuffle(m, [.axis(1), .broadcast, .axis(0)])) == "DimShuffle{1, x, 0}(m)")
    #expect(prettyPrint(try transpose(t)) == "t.T")
    #expect(prettyPrint(try dimshuffle(m, [.broadcast, .axis(1), .axis(0)])) == "m.T")
    #expect(prettyPrint(try dimshuffle(u, [.broadcast, .axis(0), .broadcast])) == "DimShuffle{0, x}(u)")
  }
}
