import MiniPython
import Testing

/// Feeds random and mutated programs to the interpreter: every run must end with output or
/// a Python exception (never a crash, a Swift trap or a hang). The seed is fixed, so a
/// failure reproduces; the programs are small and the budgets tight, so the suite takes
/// a few seconds.
@Suite struct FuzzTests {
  /// The exception types a hostile program may end with; anything else (or no result at
  /// all) is a bug.
  static func run(_ code: String, file: String = "fuzz.py") -> RunResult {
    let interp = Interpreter()
    interp.limits.maxSteps = 20_000
    interp.limits.maxSeconds = 0.2
    interp.limits.maxContainerSize = 2_000_000
    return interp.run(code, file: file, firstLine: 1)
  }

  /// An outcome is sound when the output ends with the exception text if there was one.
  static func isSound(_ result: RunResult) -> Bool {
    guard let text = result.errorText else { return result.exception == nil }
    return result.output.hasSuffix(text) && !(result.errorTypeName ?? "").isEmpty
  }

  @Test func mutatedCorpusSnippets() throws {
    let snippets = try CorpusSnippet.all()
    var programs = FuzzPrograms(seed: 0x5EED_2026)
    var unsound: [String] = []
    for (i, snippet) in snippets.enumerated() where i % 3 == 0 {
      for mutant in programs.mutants(of: snippet.code, count: 2) {
        let result = Self.run(mutant)
        if !Self.isSound(result) { unsound.append(mutant) }
      }
    }
    #expect(unsound.isEmpty, Comment(rawValue: unsound.prefix(5).joined(separator: "\n---\n")))
  }

  @Test(arguments: FuzzPrograms.pathological)
  func pathologicalProgram(_ code: String) {
    let clock = ContinuousClock()
    var result: RunResult?
    let elapsed = clock.measure { result = Self.run(code) }
    #expect(result.map(Self.isSound) == true)
    #expect(elapsed < .seconds(5), "took \(elapsed)")
  }

  /// Values nested 100000 levels deep: comparing, hashing, printing and freeing them raises
  /// `RecursionError` or works, and never overflows the Swift stack.
  @Test(arguments: [
    "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nprint(x == y)",
    "x = ()\nfor i in range(100000):\n    x = (x,)\nprint(hash(x))",
    "x = ()\nfor i in range(100000):\n    x = (x, {1: x})\nprint({x: 1})",
    "x = []\nfor i in range(100000):\n    x = [x]\nprint(x)",
    "d = {}\nfor i in range(100000):\n    d = {'k': d}\nd = None\nprint('freed')",
  ])
  func deeplyNestedValues(_ code: String) {
    let interp = Interpreter()
    let result = interp.run(code, file: "deep.py", firstLine: 1)
    #expect(Self.isSound(result))
    #expect(result.output.hasPrefix("RecursionError") || result.output == "freed\n")
  }

  @Test func edgeValues() {
    let interp = Interpreter()
    interp.limits.maxSteps = 100_000
    for program in FuzzEdgeValues.programs(perTemplate: 6) {
      #expect(Self.isSound(interp.run(program, file: "edge.py", firstLine: 1)), "\(program)")
    }
  }

  @Test func randomBytes() {
    var generator = FuzzPrograms.Generator(state: 42)
    for _ in 0..<200 {
      let length = Int.random(in: 0..<200, using: &generator)
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let result = Self.run(String(decoding: bytes, as: UTF8.self))
      #expect(Self.isSound(result))
    }
  }

  @Test func randomTokenSoup() {
    var generator = FuzzPrograms.Generator(state: 7)
    for _ in 0..<250 {
      let count = Int.random(in: 1..<40, using: &generator)
      let code = (0..<count).map { _ in
        FuzzPrograms.fragments.randomElement(using: &generator) ?? "x"
      }.joined(separator: Bool.random(using: &generator) ? " " : "")
      #expect(Self.isSound(Self.run(code)))
    }
  }
}
