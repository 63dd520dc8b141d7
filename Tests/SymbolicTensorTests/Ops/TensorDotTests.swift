import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected types, values and messages are Theano 1.0.5's (the oracle).
@Suite struct TensorDotTests {
  let t3 = tensorVariable(.tensor3, dtype: .float64, name: "t3")
  let t4 = tensorVariable(.tensor4, dtype: .float64, name: "t4")
  let a = matrix("A")
  let b = matrix("B")
  let v = tensorVariable(.vector, dtype: .float64, name: "v")

  @Test func types() throws {
    let results = [
      try tensordot(t3, a, axes: .pairs([1, 2], [0, 1])), try tensordot(a, b, axes: .count(1)),
      try tensordot(t3, t3, axes: .count(0)), try tensordot(t4, t3, axes: .count(2)), try dot(t3, a),
      try dot(a, t3), try batchedDot(t4, t3), try tensordot(v, v, axes: .count(1)),
      try tensordot(tensorVariable(.row, dtype: .float64, name: "r"), a, axes: .pairs([1], [0])),
    ]
    #expect(results.map { "\($0.type)" } == [
      "TensorType(float64, vector)", "TensorType(float64, matrix)", "TensorType(float64, 6D)",
      "TensorType(float64, 3D)", "TensorType(float64, 3D)", "TensorType(float64, 3D)",
      "TensorType(float64, 4D)", "TensorType(float64, scalar)", "TensorType(float64, row)",
    ])
  }

  @Test func values() throws {
    let f = try compile([t4, t3], [try tensordot(t4, t3, axes: .count(2))])
    let results = try f([try ramp([2, 3, 2, 4]), try ramp([2, 4, 4])])
      .compactMap { ($0 as? NDArray)?.numpyRepr }
    #expect(results[0] == """
      array([[[ 560.,  588.,  616.,  644.],
              [1456., 1548., 1640., 1732.],
              [2352., 2508., 2664., 2820.]],

             [[3248., 3468., 3688., 3908.],
              [4144., 4428., 4712., 4996.],
              [5040., 5388., 5736., 6084.]]])
      """)
    let g = try compile([t3, a], [try dot(t3, try transpose(a))])
    let product = try g([try ramp([2, 3, 2]), try ramp([3, 2])]).compactMap { ($0 as? NDArray)?.numpyRepr }
    #expect(product[0] == """
      array([[[ 1.,  3.,  5.],
              [ 3., 13., 23.],
              [ 5., 23., 41.]],

             [[ 7., 33., 59.],
              [ 9., 43., 77.],
              [11., 53., 95.]]])
      """)
  }

  @Test func batchedBeyondThreeAxes() throws {
    let f = try compile([t4, t3], [try batchedDot(t4, t3)])
    let result = try f([try ramp([2, 3, 2, 4]), try ramp([2, 4, 4])])[0] as? NDArray
    #expect(result?.numpyRepr.split(separator: "\n").first == "array([[[[  56.,   62.,   68.,   74.],")
    #expect(result?.shape == [2, 3, 2, 4])
  }

  @Test func axesThatDoNotFit() {
    #expect(throws: TensorError.value("axes can not be larger than the dimension of a (a.ndim=2, axes=3)")) {
      try tensordot(a, b, axes: .count(3))
    }
    #expect(throws: TensorError.value("Axes elements must have the same length.")) {
      try tensordot(a, b, axes: .pairs([0], [0, 1]))
    }
  }
}
