import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

@Suite struct ReductionAndDotTests {
  /// Oracle: `debugprint([x.sum(), x.sum(axis=0), T.dot(x, x)])`.
  @Test func printedNames() throws {
    let x = matrix("x")
    #expect(printed([try sum(x), try sum(x, axis: [0]), try dot(x, x)]) == """
      Sum{acc_dtype=float64} [id A] ''   
       |x [id B]
      Sum{axis=[0], acc_dtype=float64} [id C] ''   
       |x [id B]
      dot [id D] ''   
       |x [id B]
       |x [id B]

      """)
    #expect(Sum(axis: nil, inputDType: .int8).description == "Sum{acc_dtype=int64}")
    #expect(Sum(axis: nil, inputDType: .float32).description == "Sum{acc_dtype=float64}")
  }

  @Test func sumPerformAndShape() throws {
    let x = matrix("x")
    let columns = try sum(x, axis: [0])
    let f = try compile([x], [try sum(x), columns])
    let results = try f([try ramp([2, 3])]).compactMap { $0 as? NDArray }
    #expect(results[0].numpyRepr == "array(15.)")
    #expect(results[1].numpyRepr == "array([3., 5., 7.])")
    let small = tensorVariable(.vector, dtype: .int8, name: "v")
    let total = try sum(small)
    #expect(total.dtype == .int64)
    try expectInferShape(Sum.self, inputs: [x], output: columns, values: [try ramp([2, 3])])
  }

  @Test func dotPerformAndShape() throws {
    let x = matrix("x")
    let v = tensorVariable(.vector, dtype: .float64, name: "v")
    let product = try dot(x, v)
    let f = try compile([x, v], [product, try dot(v, v)])
    let results = try f([try ramp([2, 3]), try ramp([3])]).compactMap { $0 as? NDArray }
    #expect(results[0].numpyRepr == "array([ 5., 14.])")
    #expect(results[1].numpyRepr == "array(5.)")
    try expectInferShape(Dot.self, inputs: [x, v], output: product, values: [try ramp([2, 3]), try ramp([3])])
    // FAST_RUN computes it with Gemv, whose message Theano gives.
    let bad = try compile([x, v], [product])
    #expect {
      try bad([try ramp([2, 3]), try ramp([2])])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "Incompatible shapes for gemv (beta * y + alpha * dot(A, x)). y: (2,), A: (2, 3), x: (2,) \n") == true
    }
    // FAST_COMPILE still makes a Dot22 of a column.
    let plain = try compile([x, v], [product], mode: "FAST_COMPILE")
    #expect {
      try plain([try ramp([2, 3]), try ramp([2])])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "('shapes (2,3) and (2,1) not aligned: 3 (dim 1) != 2 (dim 0)', (2, 3), (2, 1))") == true
    }
  }
}
