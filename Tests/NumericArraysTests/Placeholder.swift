import Testing

@Test func placeholderNumericArraysTests() { #expect(Bool(true)) }
