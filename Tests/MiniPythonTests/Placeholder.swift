import Testing

@Test func placeholderMiniPythonTests() { #expect(Bool(true)) }
