import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected texts are Theano 1.0.5's (the oracle) for the same graphs.
@Suite struct AllocTests {
  let v = tensorVariable(.vector, dtype: .float64, name: "v")
  let n = tensorVariable(.scalar, dtype: .int64, name: "n")
  let context = TypingContext()

  @Test func typesAndNames() throws {
    let filled = try alloc(v, [constant(.int(3), context: context), try subtensor(try shape(v), [.index(scalarConstant(0))])])
    #expect(filled.owner.map { "\($0.op)" } == "Alloc")
    #expect("\(filled.type)" == "TensorType(float64, matrix)")
    let row = try alloc(constant(.float(1.5), context: context), [constant(.int(1), context: context), n])
    #expect("\(row.type)" == "TensorType(float32, row)")
    let empty = try AllocEmpty(dtype: .float64)(n, constant(.int(1), context: context))
    #expect(empty.owner.map { "\($0.op)" } == "AllocEmpty{dtype='float64'}")
    #expect("\(empty.type)" == "TensorType(float64, col)")
  }

  @Test func performAndShape() throws {
    let filled = try alloc(v, [constant(.int(3), context: context), try subtensor(try shape(v), [.index(scalarConstant(0))])])
    let f = try compile([v], [filled], flags: "optimizer=None")
    let value = try NDArray([1, 2], shape: [2])
    #expect((try f([value])[0] as? NDArray)?.numpyRepr == "array([[1., 2.],\n       [1., 2.],\n       [1., 2.]])")
    try expectInferShape(Alloc.self, inputs: [v], output: filled, values: [value])
    let empty = try AllocEmpty(dtype: .float32)(n, constant(.int(2), context: context))
    let g = try compile([n], [empty])
    #expect((try g([NDArray(scalar: .int(3), dtype: .int64)])[0] as? NDArray)?.shape == [3, 2])
  }
}
