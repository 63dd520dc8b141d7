import Testing

@Test func placeholderCommonMarkTests() { #expect(Bool(true)) }
