import Foundation
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

  /// Runs a block with a time limit of 0.2 s and returns its output and how long it ran.
  private func timed(_ notebook: Notebook, _ code: String, line: Int) -> (output: String, seconds: Double) {
    notebook.interpreter.limits.maxSeconds = 0.2
    defer { notebook.interpreter.limits.maxSeconds = 5 }
    let start = ProcessInfo.processInfo.systemUptime
    let output = notebook.run(code, line: line)
    return (output, ProcessInfo.processInfo.systemUptime - start)
  }

  /// A chain of element-wise ufuncs that would compute for seconds stops soon after the limit,
  /// with the usual message, and the next block runs with the old values.
  @Test func longArrayLoopsEndWithTheBlocksTimeout() throws {
    let notebook = try Notebook()
    #expect(notebook.run("import numpy as np\nx = np.ones(2 * 10**7)\na = np.ones((3000, 3000), dtype='int64')", line: 1) == "")
    let chain = (0..<12).reduce("x") { e, i in i % 2 == 0 ? "np.sin(\(e))" : "np.cos(\(e))" }
    let ufuncs = timed(notebook, "x = \(chain)\nprint('done')", line: 10)
    #expect(ufuncs.output == "TimeoutError: the block at snippets.md:10 exceeded its time budget of 0.2 seconds\n")
    #expect(ufuncs.seconds < 1, "\(ufuncs.seconds)")
    let product = timed(notebook, "b = np.dot(a, a)", line: 20)
    #expect(product.output == "TimeoutError: the block at snippets.md:20 exceeded its time budget of 0.2 seconds\n")
    #expect(product.seconds < 1, "\(product.seconds)")
    // A BLAS product cannot stop half-way; the block stops right after it.
    let blas = timed(notebook, "c = np.dot(np.ones((3000, 3000)), np.ones((3000, 3000)))", line: 25)
    #expect(blas.output == "TimeoutError: the block at snippets.md:25 exceeded its time budget of 0.2 seconds\n")
    #expect(notebook.run("print(x[:3], x.sum(), 'b' in globals(), 'c' in globals())", line: 30) == "[1. 1. 1.] 20000000.0 False False\n")
  }

  /// A compiled function whose single fused node computes for seconds stops too, and the
  /// process stays healthy for the next call.
  @Test func aLongFunctionCallEndsWithTheBlocksTimeout() throws {
    let notebook = try Notebook()
    let setup = notebook.run("""
      import numpy as np
      import theano
      import theano.tensor as T
      v = T.vector()
      e = v
      for i in range(60):
          e = T.sin(e)
      f = theano.function([v], e)
      x = np.ones(2 * 10**7)
      """, line: 1)
    #expect(setup == "")
    let call = timed(notebook, "y = f(x)", line: 20)
    #expect(call.output == "TimeoutError: the block at snippets.md:20 exceeded its time budget of 0.2 seconds\n")
    #expect(call.seconds < 1, "\(call.seconds)")
    #expect(notebook.run("print(f(np.zeros(2)))", line: 30) == "[0. 0.]\n")
  }

  /// A `Gemm` with a scale of `z` other than 0 and 1 computes both terms before writing `z`
  /// (a stop in between would leave `z` scaled only); its values are still Theano's (the oracle's).
  @Test func gemmWithBothScalesUpdatesAsTheano() throws {
    let notebook = try Notebook()
    let output = notebook.run("""
      import numpy as np, theano, theano.tensor as T
      W = theano.shared((np.arange(6, dtype='float64').reshape(2,3)*0.1))
      V = theano.shared((np.arange(6, dtype='float32').reshape(2,3)*0.1))
      x = T.matrix(); y = T.matrix()
      f = theano.function([x, y], [], updates=[(W, 0.9*W - 0.01*T.dot(x, y))])
      xf = T.fmatrix(); yf = T.fmatrix()
      g = theano.function([xf, yf], [], updates=[(V, np.float32(0.7)*V + np.float32(0.3)*T.dot(xf, yf))], allow_input_downcast=True)
      for i in range(3):
          f(np.ones((2,4))*0.3, np.ones((4,3))*0.7)
          g(np.ones((2,4))*0.3, np.ones((4,3))*0.7)
      print(repr(W.get_value()), repr(V.get_value()))
      print(f.maker.fgraph.toposort(), g.maker.fgraph.toposort())
      """, line: 1)
    #expect(output == """
      array([[-0.022764,  0.050136,  0.123036],
             [ 0.195936,  0.268836,  0.341736]]) array([[0.55188   , 0.58618   , 0.62047994],
             [0.65478003, 0.68908   , 0.72337997]], dtype=float32)
      [Gemm{inplace}(<TensorType(float64, matrix)>, TensorConstant{-0.01}, <TensorType(float64, matrix)>, <TensorType(float64, matrix)>, TensorConstant{0.9})] [Gemm{inplace}(<TensorType(float32, matrix)>, TensorConstant{0.3}, <TensorType(float32, matrix)>, <TensorType(float32, matrix)>, TensorConstant{0.7})]

      """)
  }
}
