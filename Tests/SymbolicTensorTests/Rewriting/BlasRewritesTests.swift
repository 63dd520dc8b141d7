import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected debugprints are Theano 1.0.5's without a C compiler (the oracle) for the same
/// functions.
@Suite struct BlasRewritesTests {
  let a = matrix("A")
  let b = matrix("B")
  let c = matrix("C")
  let u = tensorVariable(.vector, dtype: .float64, name: "u")
  let w = tensorVariable(.vector, dtype: .float64, name: "w")
  let context = TypingContext()

  func number(_ value: Double) -> Constant { constant(.float(value), context: context) }

  @Test func scaledSumBecomesGemm() throws {
    let sum = try elemwise(.add, [try elemwise(.mul, [number(0.5), c]), try dot(a, b)])
    #expect(printed(try compile([a, b, c], [sum])) == """
      Gemm{no_inplace} [id A] ''   0
       |C [id B]
       |TensorConstant{1.0} [id C]
       |A [id D]
       |B [id E]
       |TensorConstant{0.5} [id F]

      """)
    let difference = try elemwise(.sub, [c, try elemwise(.mul, [number(2), try dot(a, b)])])
    #expect(printed(try compile([a, b, c], [difference])) == """
      Gemm{no_inplace} [id A] ''   0
       |C [id B]
       |TensorConstant{-2.0} [id C]
       |A [id D]
       |B [id E]
       |TensorConstant{1.0} [id F]

      """)
  }

  @Test func gemmOnAnIntermediateWorksInPlace() throws {
    let sum = try elemwise(.add, [try elemwise(.tanh, [c]), try dot(a, b)])
    #expect(printed(try compile([a, b, c], [sum])) == """
      Gemm{inplace} [id A] ''   1
       |Elemwise{tanh,no_inplace} [id B] ''   0
       | |C [id C]
       |TensorConstant{1.0} [id D]
       |A [id E]
       |B [id F]
       |TensorConstant{1.0} [id D]

      """)
  }

  @Test func scaledProductBecomesDot22Scalar() throws {
    let s = tensorVariable(.scalar, dtype: .float64, name: "s")
    #expect(printed(try compile([a, b, s], [try elemwise(.mul, [s, try dot(a, b)])])) == """
      Dot22Scalar [id A] ''   0
       |A [id B]
       |B [id C]
       |s [id D]

      """)
  }

  @Test func productsWithVectorsBecomeGemv() throws {
    #expect(printed(try compile([a, w], [try dot(a, w)])) == """
      Gemv{inplace} [id A] ''   2
       |AllocEmpty{dtype='float64'} [id B] ''   1
       | |Shape_i{0} [id C] ''   0
       |   |A [id D]
       |TensorConstant{1.0} [id E]
       |A [id D]
       |w [id F]
       |TensorConstant{0.0} [id G]

      """)
    #expect(printed(try compile([u, w], [try dot(u, w)])) == """
      InplaceDimShuffle{} [id A] ''   3
       |Gemv{inplace} [id B] ''   2
         |AllocEmpty{dtype='float64'} [id C] ''   1
         | |TensorConstant{1} [id D]
         |TensorConstant{1.0} [id E]
         |InplaceDimShuffle{x,0} [id F] ''   0
         | |w [id G]
         |u [id H]
         |TensorConstant{0.0} [id I]

      """)
    #expect(printed(try compile([a, w, u], [try elemwise(.add, [u, try dot(a, w)])])) == """
      Gemv{no_inplace} [id A] ''   0
       |u [id B]
       |TensorConstant{1.0} [id C]
       |A [id D]
       |w [id E]
       |TensorConstant{1.0} [id C]

      """)
  }

  @Test func outerProductsBecomeScipyGer() throws {
    let update = try compile([a, u, w], [try elemwise(.add, [a, try outer(u, w)])])
    #expect(printed(update) == """
      ScipyGer{non-destructive} [id A] ''   0
       |A [id B]
       |TensorConstant{1.0} [id C]
       |u [id D]
       |w [id E]

      """)
    let result = try update([
      try NDArray([1, 2, 3, 4, 5, 6], shape: [3, 2]), try NDArray([1, 0, 2], shape: [3]),
      try NDArray([10, 20], shape: [2]),
    ])
    #expect((result[0] as? NDArray)?.numpyRepr == "array([[11., 22.],\n       [ 3.,  4.],\n       [25., 46.]])")
    let alone = try compile([u, w], [try outer(u, w)])
    #expect(printed(alone) == """
      ScipyGer{destructive} [id A] ''   3
       |Alloc [id B] ''   2
       | |TensorConstant{0.0} [id C]
       | |Shape_i{0} [id D] ''   1
       | | |u [id E]
       | |Shape_i{0} [id F] ''   0
       |   |w [id G]
       |TensorConstant{1.0} [id H]
       |u [id E]
       |w [id G]

      """)
    let values = try alone([try NDArray([1, 2], shape: [2]), try NDArray([3, 4, 5], shape: [3])])
    #expect((values[0] as? NDArray)?.numpyRepr == "array([[ 3.,  4.,  5.],\n       [ 6.,  8., 10.]])")
  }
}
