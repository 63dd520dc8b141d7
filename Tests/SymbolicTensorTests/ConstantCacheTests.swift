import NumericArrays
import SymbolicTensor
import Testing

@Suite struct ConstantCacheTests {
  let context = TypingContext()

  @Test func smallConstantsAreOneObjectWhileACacheIsBound() throws {
    let seven = try NDArray([Int64(7)], shape: [1])
    let pair = try NDArray([Int64(1), 2], shape: [2])
    ConstantCache.$current.withValue(ConstantCache()) {
      #expect(constant(.int(1), context: context) === constant(.int(1), context: context))
      #expect(constant(.float(2.5), context: context) === constant(.float(2.5), context: context))
      #expect(constant(seven) === constant(seven))
      #expect(constant(.float(-0.0), context: context) === constant(.float(0.0), context: context))
      // Too large, or several elements, or another dtype: separate objects.
      #expect(constant(.int(11), context: context) !== constant(.int(11), context: context))
      #expect(constant(pair) !== constant(pair))
      #expect(constant(.int(5), context: context) !== constant(.int(5), context: context, dtype: .int64))
    }
  }

  @Test func theFirstNameStays() {
    ConstantCache.$current.withValue(ConstantCache()) {
      let named = constant(NDArray(scalar: .int(3), dtype: .int8), name: "three")
      #expect(constant(.int(3), context: context).name == "three")
      #expect(constant(.int(3), context: context) === named)
    }
  }

  @Test func withoutACacheEveryConstantIsNew() {
    #expect(constant(.int(1), context: context) !== constant(.int(1), context: context))
  }
}
