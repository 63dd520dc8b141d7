import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// The "extending Theano" tutorial's `DoubleOp`, as a host would supply it.
final class DoubleBehavior: HostOp.Behavior {
  var printedName: String { "DoubleOp" }
  func outputTypes(_ inputs: [Variable]) throws -> [any VariableType] { [inputs[0].type] }
  func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let x = inputs[0] as? NDArray else { throw TensorError.type("expected an array") }
    return [try NDArray.apply(.multiply, x, NDArray(2.0))]
  }
  func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?]? { [inputShapes[0]] }
  func gradient(_ inputs: [Variable], outputGradients: [Variable]) throws -> [Variable]? { nil }
}

@Suite struct HostOpTests {
  @Test func hostOpsComputeMergeAndInferShapes() throws {
    let x = matrix("x")
    let double = HostOp(className: "DoubleOp", props: [], behavior: DoubleBehavior())
    let again = HostOp(className: "DoubleOp", props: [], behavior: DoubleBehavior())
    #expect(double == again)
    let sum = try elemwise(.add, [try double(x), try again(x)])
    let f = try compile([x], [sum])
    #expect(printed(f) == """
      Elemwise{add,no_inplace} [id A] ''   1
       |DoubleOp [id B] ''   0
       | |x [id C]
       |DoubleOp [id B] ''   0

      """)
    let result = try #require(try f([try ramp([1, 2])]).first as? NDArray)
    #expect(result.numpyStr == "[[0. 4.]]")
    try expectInferShape(HostOp.self, inputs: [x], output: try double(x), values: [try ramp([3, 2])])
    #expect(throws: GraphError.self) { try double.gradient([x], outputGradients: [x]) }
  }
}
