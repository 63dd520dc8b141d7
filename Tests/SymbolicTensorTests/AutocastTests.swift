import NumericArrays
import SymbolicTensor
import Testing

/// Oracle: `T.constant(value).dtype` in Theano 1.0.5, by default and under
/// `autocast_float_as(...)` and `floatX=float32`.
@Suite struct AutocastTests {
  @Test func pythonFloatsTakeTheFirstExactCandidate() {
    let float64 = TypingContext()
    #expect([Double.nan, .infinity, 1e300, 0.5, 0.1].map { autocastFloatDType($0, context: float64) }
      == [.float64, .float32, .float64, .float32, .float64])
    #expect(autocastFloatDType(0.5, context: float64, candidates: [.float64]) == .float64)
    #expect(autocastFloatDType(1e300, context: float64, candidates: [.float16, .float32]) == .float32)
    #expect(autocastFloatDType(0.1, context: TypingContext(floatX: .float32)) == .float32)
  }

  @Test func pythonIntsTakeTheSmallestIntegerType() {
    #expect([0, 200, -40000, 1 << 40].map { autocastIntDType($0) } == [.int8, .int16, .int32, .int64])
  }
}
