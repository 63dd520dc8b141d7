import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected texts are Theano 1.0.5's (the oracle) for the same graphs.
@Suite struct CAReduceTests {
  let x = tensorVariable(.tensor3, dtype: .float64, name: "x")

  @Test func printedNames() throws {
    let maximum = try CAReduce(.maximum, axis: [2, 0])(x)
    #expect(maximum.owner.map { "\($0.op)" } == "Reduce{maximum}{0, 2}")
    #expect("\(maximum.type)" == "TensorType(float64, vector)")
    let minimum = try CAReduce(.minimum, axis: [-1])(x)
    #expect(minimum.owner.map { "\($0.op)" } == "Reduce{minimum}{2}")
    #expect("\(minimum.type)" == "TensorType(float64, matrix)")
    #expect(CAReduce(.add, axis: nil).description == "Reduce{add}")
    #expect(try any(x).owner.map { "\($0.op)" } == "Any")
    #expect(try all(x, axis: [0, -1]).owner.map { "\($0.op)" } == "All{2, 0}")
    #expect(try Argmax(axis: [0, 2])(x).owner.map { "\($0.op)" } == "Argmax{axis=(0, 2)}")
  }

  @Test func performReducesAxisByAxis() throws {
    let f = try compile(
      [x],
      [
        try CAReduce(.maximum, axis: [2, 0])(x), try CAReduce(.minimum, axis: [-1])(x),
        try any(x, axis: [1]), try all(x), try Argmax(axis: [0, 2])(x),
      ], mode: "FAST_COMPILE")
    let results = try f([try ramp([2, 3, 4])]).compactMap { $0 as? NDArray }
    #expect(results.map(\.numpyRepr) == [
      "array([15., 19., 23.])",
      "array([[ 0.,  4.,  8.],\n       [12., 16., 20.]])",
      "array([[ True,  True,  True,  True],\n       [ True,  True,  True,  True]])",
      "array(False)",
      "array([7, 7, 7])",
    ])
  }

  @Test func emptyAxisUsesTheIdentityOrFails() throws {
    let v = tensorVariable(.vector, dtype: .float64, name: "v")
    let f = try compile([v], [try sum(v), try any(v)])
    let empty = try NDArray.zeros([0])
    #expect(try f([empty]).compactMap { ($0 as? NDArray)?.numpyRepr } == ["array(0.)", "array(False)"])
    let g = try compile([v], [try CAReduce(.maximum, axis: [0])(v)])
    #expect {
      try g([empty])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "Input ([]) has zero-size on axis 0, but self.scalar_op (maximum) has no attribute 'identity'"
          + "\nApply node that caused the error: Reduce{maximum}{0}(v)") == true
    }
  }

  @Test func axesBeyondTheTensorAreRejected() throws {
    let m = matrix("m")
    #expect(throws: TensorError.value("Not enough dimensions on m to reduce on axis 2")) {
      try sum(m, axis: [2])
    }
    #expect(throws: TensorError.value("Not enough dimensions on m to reduce on axis -3")) {
      try max(m, axis: [-3])
    }
  }

  @Test func inferShape() throws {
    let value = try ramp([2, 3, 4])
    try expectInferShape(CAReduce.self, inputs: [x], output: try CAReduce(.minimum, axis: [1])(x), values: [value])
    try expectInferShape(AnyAll.self, inputs: [x], output: try any(x, axis: [0, 2]), values: [value])
    try expectInferShape(Argmax.self, inputs: [x], output: try Argmax(axis: [2])(x), values: [value])
  }
}

/// `min`/`argmin` of unsigned and bool tensors, and the accumulator check; expected texts are
/// Theano 1.0.5's.
@Suite struct MinAndAccumulatorTests {
  @Test func unsignedAndBoolMinimum() throws {
    let x = tensorVariable(.vector, dtype: .uint8, name: "x")
    let d = tensorVariable(.vector, dtype: .float64, name: "d")
    let positive = try elemwise(.gt, [d, constant(.int(0), context: defaultContext)])
    #expect(printed([try min(x), try argmin(x), try min(positive), try argmin(positive)]) == """
      Elemwise{sub,no_inplace} [id A] ''   
       |TensorConstant{255} [id B]
       |MaxAndArgmax{axis=(0,)}.0 [id C] 'max'   
         |Elemwise{sub,no_inplace} [id D] ''   
           |InplaceDimShuffle{x} [id E] ''   
           | |TensorConstant{255} [id F]
           |x [id G]
      MaxAndArgmax{axis=(0,)}.1 [id H] 'argmax'   
       |Elemwise{sub,no_inplace} [id I] ''   
         |InplaceDimShuffle{x} [id J] ''   
         | |TensorConstant{255} [id K]
         |x [id G]
      Elemwise{invert,no_inplace} [id L] ''   
       |MaxAndArgmax{axis=(0,)}.0 [id M] 'max'   
         |Elemwise{invert,no_inplace} [id N] ''   
           |Elemwise{gt,no_inplace} [id O] ''   
             |d [id P]
             |InplaceDimShuffle{x} [id Q] ''   
               |TensorConstant{0} [id R]
      MaxAndArgmax{axis=(0,)}.1 [id S] 'argmax'   
       |Elemwise{invert,no_inplace} [id T] ''   
         |Elemwise{gt,no_inplace} [id O] ''   

      """)
    #expect("\(try argmin(x).owner!.inputs[0].type)" == "TensorType(int16, vector)")
    let f = try compile([x], [try min(x), try argmin(x)])
    let values = try f([try NDArray([3, 1, 2], shape: [3]).astype(.uint8)])
    #expect(values.compactMap { ($0 as? NDArray)?.numpyRepr } == ["array(1, dtype=uint8)", "array(1)"])
  }

  @Test func accumulatorsThatLosePrecisionAreRejected() {
    let q = matrix("q")
    #expect {
      try prod(q, axis: [1], accDType: .float32)
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "Cannot build Prod{axis=(1,), dtype=None, acc_dtype='float32'} node with input dtype float64 "
          + "and acc_dtype float32, as precision would be lost. To correct this error, you can:\n") == true
    }
    #expect {
      try sum(q, accDType: .float32)
    } throws: { error in
      (error as? TensorError)?.message == """
        Cannot build Sum{acc_dtype=float32} node with input dtype float64 and acc_dtype float32, as precision would be lost. To correct this error, you can:
          - not specify acc_dtype, or
          - use an acc_dtype at least as precise as float64.
          - specify "dtype" instead of "acc_dtype", so the reduction will be precise, but the result will be casted into "dtype" at the end.
        If you are expecting the precision loss, you can use tensor.cast(..., dtype="float32"), on your input.
        """
    }
    #expect(throws: Never.self) { try sum(tensorVariable(.vector, dtype: .int8), accDType: .int8) }
  }
}
