import MiniPython
import Testing

/// A block's time budget covers the engine work it starts, not only its Python steps.
@Suite struct InterruptionTests {
  @Test func compilingAHugeGraphEndsWithTheBlocksTimeout() throws {
    let notebook = try Notebook()
    notebook.interpreter.limits.maxSeconds = 0.3
    let output = notebook.run("""
      import theano
      import theano.tensor as T
      v = T.vector()
      e = v
      for i in range(3000):
          e = T.exp(e) * 2
      f = theano.function([v], e)
      print("compiled")
      """, line: 1)
    #expect(output.hasPrefix("TimeoutError: "), "\(output)")
    #expect(output.hasSuffix("exceeded its time budget of 0.3 seconds\n"))
    notebook.interpreter.limits.maxSeconds = 5
    #expect(notebook.run("print(theano.function([v], v * 2)([1.5]))", line: 20) == "[3.]\n")
  }
}
