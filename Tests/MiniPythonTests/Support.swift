@testable import MiniPython

/// Runs code in a fresh interpreter and returns the block output (notebook semantics).
func run(_ code: String, file: String = "<string>", firstLine: Int = 1) -> String {
  Interpreter().run(code, file: file, firstLine: firstLine).output
}
