import Testing

@Test func placeholderNumPyBridgeTests() { #expect(Bool(true)) }
