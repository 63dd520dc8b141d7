import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Oracle: `theano.config.compute_test_value = "raise"` with `a.tag.test_value = np.ones((3, 4))`
/// in Theano 1.0.5.
@Suite struct TestValuesTests {
  @Test func newNodesComputeTheirValuesFromTheirInputs() throws {
    let a = tensorVariable(.matrix, dtype: .float64, name: "a")
    a.tag[TestValues.key] = try NDArray.ones([3, 4])
    let log = NodeLog()
    let total = try NodeLog.$current.withValue(log) { try sum(try elemwise(.sqr, [a])) }
    #expect(log.nodes.count == 2)
    try TestValues.compute(log.nodes, policy: .raise)
    #expect((total.tag[TestValues.key] as? NDArray)?.numpyStr == "12.0")
  }

  @Test func missingAndRefusedValuesAreReported() throws {
    let e = tensorVariable(.matrix, dtype: .float64, name: "e")
    let log = NodeLog()
    let negated = try NodeLog.$current.withValue(log) { try elemwise(.neg, [e]) }
    #expect(throws: TensorError.value(
      "Cannot compute test value: input 0 (e) of Op Elemwise{neg,no_inplace}(e) missing default value. ")) {
      try TestValues.compute(log.nodes, policy: .raise)
    }
    try TestValues.compute(log.nodes, policy: .skip)
    #expect(negated.tag[TestValues.key] == nil)
    e.tag[TestValues.key] = try NDArray.ones([3])
    #expect(throws: TensorError.type(
      "For compute_test_value, one input test value does not have the requested type.\n"
        + "\nThe error when converting the test value to that variable type:\n"
        + "Wrong number of dimensions: expected 2, got 1 with shape (3,).")) {
      try TestValues.compute(log.nodes, policy: .raise)
    }
  }
}
