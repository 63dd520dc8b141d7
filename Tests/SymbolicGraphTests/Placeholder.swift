import Testing

@Test func placeholderSymbolicGraphTests() { #expect(Bool(true)) }
