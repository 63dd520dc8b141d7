import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected debugprints are Theano 1.0.5's (the oracle) for the same functions.
@Suite struct ReductionRewritesTests {
  let m = matrix("m")

  @Test func unusedArgmaxBecomesAMaximumAndNegatedMaximumAMinimum() throws {
    let f = try compile([m], [try min(m, axis: [1]), try max(m, axis: [1])])
    #expect(printed(f) == """
      Reduce{minimum}{1} [id A] ''   0
       |m [id B]
      Reduce{maximum}{1} [id C] 'max'   1
       |m [id B]

      """)
    let results = try f([try ramp([2, 3])]).compactMap { $0 as? NDArray }
    #expect(results.map(\.numpyRepr) == ["array([0., 3.])", "array([2., 5.])"])
  }

  @Test func unusedMaximumBecomesArgmax() throws {
    let f = try compile([m], [try argmin(m, axis: [0])])
    #expect(printed(f) == """
      Argmax{axis=(0,)} [id A] 'argmax'   1
       |Elemwise{neg,no_inplace} [id B] ''   0
         |m [id C]

      """)
    #expect(try f([try ramp([2, 3])]).compactMap { ($0 as? NDArray)?.numpyRepr } == ["array([0, 0, 0])"])
  }

  @Test func bothOutputsUsedKeepMaxAndArgmax() throws {
    let f = try compile([m], [try max(m, axis: [0]), try argmax(m, axis: [0])])
    #expect(printed(f) == """
      MaxAndArgmax{axis=(0,)}.0 [id A] 'max'   0
       |m [id B]
      MaxAndArgmax{axis=(0,)}.1 [id A] 'argmax'   0

      """)
  }
}
