import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected values are Theano 1.0.5's (the oracle) for the same ops, run with `optimizer=None`.
@Suite struct BlasOpsTests {
  let a = matrix("A")
  let b = matrix("B")
  let c = matrix("C")
  let u = tensorVariable(.vector, dtype: .float64, name: "u")
  let w = tensorVariable(.vector, dtype: .float64, name: "w")
  let alpha = tensorVariable(.scalar, dtype: .float64, name: "a")
  let beta = tensorVariable(.scalar, dtype: .float64, name: "b")
  let av = try! NDArray([1, 2, 3, 4, 5, 6], shape: [3, 2])
  let bv = try! NDArray([1, 0, 2, 0, 1, 3], shape: [2, 3])

  func scalar(_ value: Double) -> NDArray { NDArray(value) }

  @Test func printedNames() {
    let names: [any Op] = [
      Gemm(inplace: false), Gemm(inplace: true), Gemv(inplace: false), Gemv(inplace: true),
      Ger(destructive: false), Ger(destructive: true), Ger(destructive: false, scipy: true),
      Ger(destructive: true, scipy: true), Dot22Scalar(), BatchedDot(), AllocEmpty(dtype: .float32),
    ]
    #expect(names.map(\.description) == [
      "Gemm{no_inplace}", "Gemm{inplace}", "Gemv{no_inplace}", "Gemv{inplace}",
      "Ger{non-destructive}", "Ger{destructive}", "ScipyGer{non-destructive}",
      "ScipyGer{destructive}", "Dot22Scalar", "BatchedDot", "AllocEmpty{dtype='float32'}",
    ])
  }

  @Test(arguments: [
    (1.0, 0.0, "array([[ 1.,  2.,  8.],\n       [ 3.,  4., 18.],\n       [ 5.,  6., 28.]])"),
    (-1.0, 0.0, "array([[ -1.,  -2.,  -8.],\n       [ -3.,  -4., -18.],\n       [ -5.,  -6., -28.]])"),
    (2.0, 0.0, "array([[ 2.,  4., 16.],\n       [ 6.,  8., 36.],\n       [10., 12., 56.]])"),
    (1.0, 1.0, "array([[ 1.,  3., 10.],\n       [ 6.,  8., 23.],\n       [11., 13., 36.]])"),
    (-1.0, 1.0, "array([[ -1.,  -1.,  -6.],\n       [  0.,   0., -13.],\n       [  1.,   1., -20.]])"),
    (0.5, 1.0, "array([[ 0.5,  2. ,  6. ],\n       [ 4.5,  6. , 14. ],\n       [ 8.5, 10. , 22. ]])"),
    (2.0, 3.0, "array([[ 2.,  7., 22.],\n       [15., 20., 51.],\n       [28., 33., 80.]])"),
  ])
  func gemmPerform(scales: (Double, Double, String)) throws {
    let f = try compile([c, alpha, a, b, beta], [try Gemm(inplace: false)(c, alpha, a, b, beta)], flags: "optimizer=None")
    let z = try ramp([3, 3])
    let result = try f([z, scalar(scales.0), av, bv, scalar(scales.1)])
    #expect((result[0] as? NDArray)?.numpyRepr == scales.2)
    #expect(z.numpyRepr == "array([[0., 1., 2.],\n       [3., 4., 5.],\n       [6., 7., 8.]])")
  }

  @Test func gemvGerAndDot22ScalarPerform() throws {
    let f = try compile(
      [u, alpha, a, w, beta, b],
      [
        try Gemv(inplace: false)(u, alpha, a, w, beta), try Ger(destructive: false)(a, alpha, u, w),
        try Ger(destructive: false, scipy: true)(a, alpha, u, w), try Dot22Scalar()(a, b, alpha),
      ], flags: "optimizer=None")
    let results = try f([
      try NDArray([1, 2, 3], shape: [3]), scalar(0.5), av, try NDArray([1, -1], shape: [2]),
      scalar(0.5), bv,
    ]).compactMap { ($0 as? NDArray)?.numpyRepr }
    #expect(results == [
      "array([0. , 0.5, 1. ])",
      "array([[1.5, 1.5],\n       [4. , 3. ],\n       [6.5, 4.5]])",
      "array([[1.5, 1.5],\n       [4. , 3. ],\n       [6.5, 4.5]])",
      "array([[ 0.5,  1. ,  4. ],\n       [ 1.5,  2. ,  9. ],\n       [ 2.5,  3. , 14. ]])",
    ])
  }

  @Test func dot22ScalarErrorNamesTheShapes() throws {
    let f = try compile([a, alpha], [try Dot22Scalar()(a, a, alpha)], flags: "optimizer=None")
    #expect {
      try f([av, scalar(3)])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "('shapes (3,2) and (3,2) not aligned: 2 (dim 1) != 3 (dim 0)', (3, 2), (3, 2))") == true
    }
  }

  @Test func batchedDot() throws {
    let x = tensorVariable(.tensor3, dtype: .float64, name: "X")
    let y = tensorVariable(.tensor3, dtype: .float64, name: "Y")
    let product = try SymbolicTensor.batchedDot(x, y)
    #expect("\(product.type)" == "TensorType(float64, 3D)")
    #expect("\(try SymbolicTensor.batchedDot(a, x).type)" == "TensorType(float64, matrix)")
    #expect("\(try SymbolicTensor.batchedDot(u, x).type)" == "TensorType(float64, 3D)")
    let f = try compile([a, x], [try SymbolicTensor.batchedDot(a, x)])
    let value = try f([try ramp([2, 2]), try ramp([2, 2, 2])])
    #expect((value[0] as? NDArray)?.numpyRepr == "array([[ 2.,  3.],\n       [26., 31.]])")
    try expectInferShape(
      BatchedDot.self, inputs: [x, y], output: product,
      values: [try ramp([2, 3, 4]), try ramp([2, 4, 5])])
    let g = try compile([x, y], [product])
    #expect {
      try g([try ramp([2, 1, 1]), try ramp([1, 1, 1])])
    } throws: { error in
      (error as? TensorError)?.description.hasPrefix(
        "TypeError: theano.tensor.blas.BatchedDot: inputs [[[[0.]]\n\n [[1.]]], [[[0.]]]] must have "
          + "the same size in axis 0, but have sizes [2, 1].") == true
    }
  }

  @Test func inferShape() throws {
    let values = [av, bv, try ramp([3, 3])]
    try expectInferShape(
      Gemm.self, inputs: [a, b, c], output: try Gemm(inplace: false)(c, constant(NDArray(1.0)), a, b, constant(NDArray(1.0))),
      values: values)
    try expectInferShape(
      Dot22Scalar.self, inputs: [a, b], output: try Dot22Scalar()(a, b, constant(NDArray(2.0))), values: [av, bv])
  }
}
