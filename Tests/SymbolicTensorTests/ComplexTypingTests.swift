import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Oracle: Theano 1.0.5's types of graphs over `T.cvector`/`T.zmatrix` (built, not compiled).
@Suite struct ComplexTypingTests {
  let x = tensorVariable(.vector, dtype: .complex64, name: "x")
  let z = tensorVariable(.matrix, dtype: .complex128, name: "z")
  let f = tensorVariable(.vector, dtype: .float32, name: "f")

  @Test func constructorsAndTypes() {
    #expect(TensorKind.dtype(forPrefix: "c") == .complex64 && TensorKind.dtype(forPrefix: "z") == .complex128)
    #expect("\(x.type)" == "TensorType(complex64, vector)")
    #expect("\(z.type)" == "TensorType(complex128, matrix)")
  }

  @Test func upcastWithComplex() {
    let context = TypingContext()
    #expect(upcast([.float32, .complex64], context: context) == .complex64)
    #expect(upcast([.int64, .complex64], context: context) == .complex128)
    #expect(upcast([.int8, .complex64], context: context) == .complex64)
    #expect(upcast([.float64, .complex64], context: context) == .complex128)
  }

  @Test func elementwiseOutputTypes() throws {
    #expect(try elemwise(.add, [x, f]).dtype == .complex64)
    #expect(try elemwise(.abs, [x]).dtype == .float32)
    #expect(try elemwise(.abs, [z]).dtype == .float64)
    #expect(try elemwise(.trueDiv, [x, tensorVariable(.vector, dtype: .int32)]).dtype == .complex128)
    #expect(try elemwise(.lt, [x, f]).dtype == .bool)
    #expect(throws: TensorError.type("complex argument not supported")) { try elemwise(.floor, [x]) }
  }

  @Test func realImagConj() throws {
    #expect("\(try elemwise(.real, [x]))" == "Elemwise{real,no_inplace}.0")
    #expect(try elemwise(.real, [x]).dtype == .float32)
    #expect(try elemwise(.imag, [z]).dtype == .float64)
    #expect(try elemwise(.conj, [x]).dtype == .complex64)
    #expect(try elemwise(.imag, [f]).dtype == .float32)
    #expect(try elemwise(.conj, [f]).dtype == .float32)
  }

  @Test func reductions() throws {
    #expect("\(try sum(x).owner!.op)" == "Sum{acc_dtype=complex128}")
    #expect(try sum(x).dtype == .complex64)
    #expect(try mean(x).dtype == .complex64)
    #expect(try mean(z, axis: [0]).dtype == .complex128)
  }

  @Test func compilingAComplexGraphIsNotImplemented() throws {
    let y = try elemwise(.mul, [x, x])
    #expect(throws: TensorError.notImplemented(
      "Quire does not run Theano graphs of complex dtypes: cannot compile a function of TensorType(complex64, vector)"))
    {
      _ = try CompiledFunction(inputs: [x], outputs: [y], mode: try Mode.named(nil, flags: TheanoFlags()), flags: TheanoFlags())
    }
  }
}
