import Foundation
import Testing
@testable import MiniPython

/// Generator functions run on hand-off threads: budgets, recursion, finalization and thread cleanup.
@Suite struct GeneratorTests {
  static func threadCount() -> Int {
    (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count) ?? 0
  }

  @Test func runawayGeneratorsEndWithTimeoutError() {
    let interp = Interpreter()
    interp.limits.maxSteps = 200_000
    #expect(interp.run("def g():\n    while True:\n        yield 1\nfor x in g():\n    pass").errorTypeName == "TimeoutError")
    #expect(interp.run("def h():\n    yield 1\n    while True:\n        pass\nit = h()\nnext(it)\nnext(it)").errorTypeName == "TimeoutError")
    interp.limits.maxSteps = 200_000_000
    #expect(interp.run("list(g for g in [1, 2])").output == "[1, 2]\n")
  }

  @Test func deepRecursionInsideGeneratorsIsRecursionError() {
    let interp = Interpreter()
    interp.limits.recursionLimit = 300
    #expect(interp.run("def r():\n    return r()\ndef g():\n    yield r()\nnext(g())").output
      == "RecursionError: maximum recursion depth exceeded\n")
    #expect(interp.run("def d(n):\n    yield n\n    yield from d(n + 1)\nlist(d(0))").output
      == "RecursionError: maximum recursion depth exceeded\n")
  }

  @Test func freedGeneratorsRunFinallyBeforeTheNextStatement() {
    let interp = Interpreter()
    let code = "def g():\n    try:\n        yield 1\n    finally:\n        print('fin')\nit = g()\nnext(it)\nit = None\nprint('after')"
    #expect(interp.run(code).output == "fin\nafter\n")
    #expect(interp.run("for x in g():\n    break\nprint('next')").output == "fin\nnext\n")
    let raising = "def h():\n    try:\n        yield 1\n    finally:\n        1 / 0\nfor x in h():\n    break\nprint('ignored')"
    #expect(interp.run(raising).output == "ignored\n")
  }

  @Test func generatorsPersistAcrossBlocks() {
    let interp = Interpreter()
    #expect(interp.run("def fib():\n    a, b = 0, 1\n    while True:\n        yield a\n        a, b = b, a + b\nf = fib()\nnext(f)").output == "0\n")
    #expect(interp.run("[next(f) for _ in range(5)]").output == "[1, 1, 2, 3, 5]\n")
  }

  /// Runs `code`, shuts the interpreter down and returns weak handles of its generators.
  static func runAndShutDown(_ code: String) -> (started: Int, handles: [() -> Coroutine?], after: String) {
    let interp = Interpreter()
    _ = interp.run(code)
    var handles: [() -> Coroutine?] = []
    for c in interp.liveCoroutines.values {
      weak var w = c
      handles.append { w }
    }
    interp.shutdown()
    #expect(interp.liveCoroutines.isEmpty)
    return (handles.count, handles, interp.run("next(gs[0], 'finished')").output)
  }

  @Test func suspendedGeneratorThreadsEndAtShutdown() {
    var all: [() -> Coroutine?] = []
    for _ in 0..<10 {
      let r = Self.runAndShutDown(
        "def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('x')\ngs = [g() for _ in range(5)]\nfor x in gs:\n    next(x)")
      #expect(r.started == 5)
      #expect(r.after == "'finished'\n")
      all += r.handles
    }
    #expect(all.count == 50)
    #expect(all.allSatisfy { $0()?.finished ?? true })
  }

  @Test func interpretersAreFreedAfterShutdown() {
    weak var w: Interpreter?
    do {
      let interp = Interpreter()
      _ = interp.run("x = 1")
      w = interp
    }
    #expect(w == nil)
    do {
      let interp = Interpreter()
      _ = interp.run("def g():\n    yield 1\nit = g()\nnext(it)")
      interp.shutdown()
      w = interp
    }
    #expect(w == nil)
  }

  @Test func tracebackGoesThroughTheGeneratorFrame() {
    let interp = Interpreter()
    let r = interp.run("def g():\n    yield 1\n    1 / 0\nit = g()\nnext(it)\nnext(it)", file: "doc.md", firstLine: 1)
    #expect(r.output == "ZeroDivisionError: division by zero\n")
    #expect(r.traceback.map(\.function) == ["<module>", "g"])
  }
}
