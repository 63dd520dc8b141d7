import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

@Suite struct VarianceTests {
  /// Oracle: `theano.printing.debugprint(m.var())`.
  @Test func graphAsTheanoBuildsIt() throws {
    let m = matrix("m")
    #expect(printed([try variance(m)]) == """
      Elemwise{true_div,no_inplace} [id A] 'var'   
       |Elemwise{true_div,no_inplace} [id B] ''   
       | |Sum{axis=[0, 1], acc_dtype=float64} [id C] ''   
       | | |Elemwise{pow,no_inplace} [id D] ''   
       | |   |Elemwise{sub,no_inplace} [id E] ''   
       | |   | |m [id F]
       | |   | |Elemwise{true_div,no_inplace} [id G] 'mean'   
       | |   |   |Elemwise{true_div,no_inplace} [id H] ''   
       | |   |   | |InplaceDimShuffle{x,x} [id I] ''   
       | |   |   | | |Sum{axis=[0, 1], acc_dtype=float64} [id J] ''   
       | |   |   | |   |m [id F]
       | |   |   | |InplaceDimShuffle{x,x} [id K] ''   
       | |   |   |   |Subtensor{int64} [id L] ''   
       | |   |   |     |Elemwise{Cast{float64}} [id M] ''   
       | |   |   |     | |Shape [id N] ''   
       | |   |   |     |   |m [id F]
       | |   |   |     |Constant{0} [id O]
       | |   |   |InplaceDimShuffle{x,x} [id P] ''   
       | |   |     |Subtensor{int64} [id Q] ''   
       | |   |       |Elemwise{Cast{float64}} [id M] ''   
       | |   |       |Constant{1} [id R]
       | |   |InplaceDimShuffle{x,x} [id S] ''   
       | |     |TensorConstant{2.0} [id T]
       | |Subtensor{int64} [id U] ''   
       |   |Elemwise{Cast{float64}} [id V] ''   
       |   | |Shape [id W] ''   
       |   |   |Elemwise{pow,no_inplace} [id D] ''   
       |   |Constant{0} [id X]
       |Subtensor{int64} [id Y] ''   
         |Elemwise{Cast{float64}} [id V] ''   
         |Constant{1} [id Z]

      """)
  }

  /// Oracle: `m.var(ddof=1)`, `m.std(axis=0, ddof=1, corrected=True)`, `m.var(axis=-1, keepdims=True)`.
  @Test func values() throws {
    let m = matrix("m")
    let f = try compile(
      [m],
      [
        try variance(m, ddof: 1), try standardDeviation(m, axis: [0], ddof: 1, corrected: true),
        try variance(m, axis: [-1], keepDims: true),
      ])
    let data = try NDArray([1, 5, 2, 4, 0, 6], shape: [2, 3])
    let results = try f([data]).compactMap { $0 as? NDArray }
    #expect(results[0].numpyRepr == "array(14.)")
    #expect(results[1].numpyRepr == "array([2.12132034, 3.53553391, 2.82842712])")
    let keep = try f([try ramp([2, 3])]).compactMap { $0 as? NDArray }[2]
    #expect(keep.numpyRepr == "array([[0.66666667],\n       [0.66666667]])")
  }
}
