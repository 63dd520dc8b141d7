import Testing

@Test func placeholderDocRunnerTests() { #expect(Bool(true)) }
