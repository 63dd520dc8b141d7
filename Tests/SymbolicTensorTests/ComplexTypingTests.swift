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

  @Test func complexGraphsCompileAndFuseOnlyOpsWithTheanosCCode() throws {
    // Theano: `exp` has no C code for complex inputs, so fusion leaves it out of the composite;
    // the composite computes complex64 as Python complex numbers (complex128), then casts.
    let y = try elemwise(.add, [try elemwise(.mul, [try elemwise(.exp, [x]), x]), x])
    let function = try CompiledFunction(
      inputs: [x], outputs: [y], mode: try Mode.named(nil, flags: TheanoFlags()), flags: TheanoFlags())
    let ops = function.debugPrintRoots.map { "\($0.variable.owner!.op)" }
    #expect(ops == ["Elemwise{Composite{((i0 * i1) + i1)}}[(0, 0)]"])
    let input = try NDArray([Complex64(real: 1, imag: 2), Complex64(real: 0.5, imag: 0)])
    let output = try #require(try function([input]).first as? NDArray)
    #expect(output.numpyRepr == "array([-5.0746574+2.209318j,  1.3243606+0.j      ], dtype=complex64)")
    #expect(!ScalarOp.exp.hasCCode([.complex64]) && ScalarOp.mul.hasCCode([.complex64, .complex64]))
    #expect(!ScalarOp.trueDiv.hasCCode([.complex64, .float32]) && ScalarOp.trueDiv.hasCCode([.complex64, .complex64]))
    #expect(!ScalarOp.real.hasCCode([.float64]) && ScalarOp.lt.hasCCode([.float64, .complex128]))
  }
}
