import MiniPython
import NumPyBridge
import TheanoBridge
import Testing

/// Runs blocks in one interpreter with the `theano` modules, as a document does.
struct Notebook {
  let interpreter = Interpreter()
  let session: TheanoSession
  let file: String

  init(file: String = "snippets.md", flags: String = "") throws {
    session = try TheanoSession(theanoFlags: flags)
    session.install(into: interpreter)
    NumPy.register(in: interpreter)
    self.file = file
  }

  /// The block's output with notebook semantics.
  func run(_ code: String, line: Int) -> String {
    session.withDocumentState { interpreter.run(code, file: file, firstLine: line).output }
  }
}

/// Expected outputs are Theano 1.0.5's for the same blocks (the oracle, run on snippets.md).
@Suite struct SnippetTests {
  @Test func variablesPrintAsTheano() throws {
    let notebook = try Notebook()
    let output = notebook.run("""
      import theano
      import theano.tensor as T
      x = T.matrix('x')
      y = T.dmatrix('y')
      v = T.fvector()
      print(x, v, x.type, v.type, x.ndim, x.dtype, x.broadcastable, T.row().broadcastable)
      print(x + y, (x * 2).owner.op, x.T, x.shape, x.shape[0])
      """, line: 2)
    #expect(output == """
      x <TensorType(float32, vector)> TensorType(float64, matrix) TensorType(float32, vector) 2 float64 (False, False) (True, False)
      Elemwise{add,no_inplace}.0 Elemwise{mul,no_inplace} x.T Shape.0 Subtensor{int64}.0

      """)
  }

  @Test func debugprintOfGraphsAndFunctions() throws {
    let notebook = try Notebook()
    _ = notebook.run("import theano\nimport theano.tensor as T\nx = T.matrix('x')\ny = T.dmatrix('y')\n", line: 2)
    #expect(notebook.run("z = (x + y) ** 2\ntheano.printing.debugprint(z)\n", line: 12) == """
      Elemwise{pow,no_inplace} [id A] ''   
       |Elemwise{add,no_inplace} [id B] ''   
       | |x [id C]
       | |y [id D]
       |InplaceDimShuffle{x,x} [id E] ''   
         |TensorConstant{2} [id F]

      """)
    #expect(notebook.run("""
      theano.printing.debugprint([x.sum(axis=0), T.dot(x, y)], print_type=True)
      print(theano.printing.debugprint(x * y, file='str'))
      """, line: 20) == """
      Sum{axis=[0], acc_dtype=float64} [id A] <TensorType(float64, vector)> ''   
       |x [id B] <TensorType(float64, matrix)>
      dot [id C] <TensorType(float64, matrix)> ''   
       |x [id B] <TensorType(float64, matrix)>
       |y [id D] <TensorType(float64, matrix)>
      Elemwise{mul,no_inplace} [id A] ''   
       |x [id B]
       |y [id C]


      """)
    #expect(notebook.run("""
      theano.printing.debugprint(theano.function([x], [x.shape[0], x.T, x.sum()]))
      h = theano.function([x], x.shape)
      h([[1, 2, 3]])
      """, line: 12) == """
      Shape_i{0} [id A] ''   0
       |x [id B]
      DeepCopyOp [id C] 'x.T'   2
       |InplaceDimShuffle{1,0} [id D] 'x.T'   1
         |x [id B]
      Sum{acc_dtype=float64} [id E] ''   3
       |x [id B]
      array([1, 3])

      """)
  }

  @Test func ppAndEval() throws {
    let notebook = try Notebook()
    _ = notebook.run("import theano\nimport theano.tensor as T\nx = T.matrix('x')\ny = T.dmatrix('y')\nz = (x + y) ** 2\n", line: 2)
    #expect(notebook.run("print(theano.pp(z.shape))\n(x * 3).eval({x: [[1.0, 2.0]]})\n", line: 25) == """
      Shape(((x + y) ** TensorConstant{2}))
      array([[3., 6.]])

      """)
  }

  @Test func graphErrors() throws {
    let notebook = try Notebook()
    _ = notebook.run("import theano\nimport theano.tensor as T\nx = T.matrix('x')\ny = T.dmatrix('y')\n", line: 2)
    #expect(notebook.run("theano.function([x], x + y)\n", line: 30) == """
      theano.gof.fg.MissingInputError: Input 1 of the graph (indices start from 0), used to compute Elemwise{add,no_inplace}(x, y), was not provided and not given a value. Use the Theano flag exception_verbosity='high', for more information on this error.
       
      Backtrace when that variable is created:

        File "snippets.md", line 5, in <module>
          y = T.dmatrix('y')


      """)
    #expect(notebook.run("theano.function([x, y], x * 2)\n", line: 34) == """
      theano.compile.function_module.UnusedInputError: theano.function was asked to create a function computing outputs given certain inputs, but the provided input variable at index 1 is not part of the computational graph needed to compute the outputs: y.
      To make this error into a warning, you can pass the parameter on_unused_input='warn' to theano.function. To disable it completely, use on_unused_input='ignore'.

      """)
  }

  @Test func functionsWithSeveralOutputsAndArgumentErrors() throws {
    let notebook = try Notebook(file: "s2.md")
    #expect(notebook.run("""
      import theano
      import theano.tensor as T
      from theano import function, tensor
      a = T.dscalar('a')
      b = T.dscalar('b')
      g = function([a, b], [a + b, a * b])
      g(2, 3)
      """, line: 2) == "[array(5.), array(6.)]\n")
    #expect(notebook.run("g(2.5, [1])\n", line: 19) == """
      TypeError: Bad input argument to theano function with name "s2.md:7" at index 1 (0-based).  
      Backtrace when that variable is created:

        File "s2.md", line 6, in <module>
          b = T.dscalar('b')
      Wrong number of dimensions: expected 0, got 1 with shape (1,).

      """)
    #expect(notebook.run("fv = T.fvector('fv')\nk = theano.function([fv], fv * 2.5)\nk([0.1, 1])\n", line: 23) == """
      TypeError: ('Bad input argument to theano function with name "s2.md:24" at index 0 (0-based).  \\nBacktrace when that variable is created:\\n\\n  File "s2.md", line 23, in <module>\\n    fv = T.fvector(\\'fv\\')\\n', 'TensorType(float32, vector) cannot store accurately value [0.1, 1], it would be represented as [0.1 1. ]. If you do not mind this precision loss, you can: 1) explicitly convert your data to a numpy array of dtype float32, or 2) set "allow_input_downcast=True" when calling "function".', [0.1, 1])

      """)
  }

  @Test func pytensorNamesTheSameModules() throws {
    let notebook = try Notebook()
    #expect(notebook.run("""
      import pytensor
      import pytensor.tensor as pt
      import theano
      a = pt.dscalar('a')
      f = pytensor.function([a], a * 2)
      print(f(1.5), pytensor.tensor is theano.tensor)
      """, line: 1) == "3.0 True\n")
  }

  @Test func configFlags() throws {
    let notebook = try Notebook(flags: "optimizer_excluding=local_shape_to_shape_i")
    #expect(notebook.run("""
      import theano
      x = theano.tensor.matrix('x')
      print(theano.config.floatX, theano.config.optimizer_excluding)
      theano.printing.debugprint(theano.function([x], (x ** 2).shape))
      theano.config.optimizer_excluding = 'inplace'
      """, line: 1) == """
      float64 local_shape_to_shape_i
      Shape [id A] ''   1
       |Elemwise{sqr,no_inplace} [id B] ''   0
         |x [id C]
      Exception: Can't change the value of this config parameter after initialization!

      """)
  }
  @Test func sharedVariablesAndUpdates() throws {
    let notebook = try Notebook(file: "s3.md")
    #expect(notebook.run("""
      import theano, theano.tensor as T
      from theano import function, shared, tensor
      w = theano.shared(T.constant([0., 0., 0.]).eval(), name='w')
      s = theano.shared(2.5)
      print(w, s, w.type, s.type, type(w).__name__, type(s).__name__)
      x = T.vector('x')
      f = theano.function([x], (x * w).sum(), updates=[(w, w + x)])
      theano.printing.debugprint(f)
      print(f([1, 2, 3]), w.get_value())
      g = theano.function([], w)
      theano.printing.debugprint(g)
      print(g())
      w.set_value([5., 6., 7.])
      print(g(), w.get_value())
      h = theano.function([x], x + s)
      theano.printing.debugprint(h)
      """, line: 2) == """
      w <TensorType(float64, scalar)> TensorType(float64, vector) TensorType(float64, scalar) TensorSharedVariable ScalarSharedVariable
      Sum{acc_dtype=float64} [id A] ''   2
       |Elemwise{Mul}[(0, 1)] [id B] ''   1
         |x [id C]
         |w [id D]
      Elemwise{add,no_inplace} [id E] ''   0
       |w [id D]
       |x [id C]
      0.0 [1. 2. 3.]
      DeepCopyOp [id A] 'w'   0
       |w [id B]
      [1. 2. 3.]
      [5. 6. 7.] [5. 6. 7.]
      Elemwise{add,no_inplace} [id A] ''   1
       |x [id B]
       |InplaceDimShuffle{x} [id C] ''   0
         |<TensorType(float64, scalar)> [id D]

      """)
  }
  /// Theano's "extending Theano" path: ops written in Python with `__props__`, `make_node`,
  /// `perform` and `infer_shape`.
  @Test func pythonOps() throws {
    let notebook = try Notebook(file: "s4.md")
    #expect(notebook.run("""
      import theano
      import theano.tensor as T

      class IdentityOp(theano.Op):
          __props__ = ()

          def make_node(self, x):
              x = T.as_tensor_variable(x)
              return theano.Apply(self, [x], [x.type()])

          def perform(self, node, inputs, output_storage):
              output_storage[0][0] = inputs[0]

          def infer_shape(self, node, i0_shapes):
              return i0_shapes

      class ScaleOp(theano.Op):
          __props__ = ("factor",)

          def __init__(self, factor):
              self.factor = factor

          def make_node(self, x):
              return theano.Apply(self, [x], [x.type()])

          def perform(self, node, inputs, output_storage):
              output_storage[0][0] = inputs[0]

      x = T.matrix('x')
      y = IdentityOp()(x)
      print(y, y.owner.op, ScaleOp(2), ScaleOp(2)(x).owner, ScaleOp(2) == ScaleOp(2))
      theano.printing.debugprint(y + IdentityOp()(x))
      f = theano.function([x], y + IdentityOp()(x))
      theano.printing.debugprint(f)
      print(f([[1.0, 2.0]]))
      g = theano.function([x], y.shape)
      theano.printing.debugprint(g)
      """, line: 2) == """
      IdentityOp.0 IdentityOp ScaleOp{factor=2} ScaleOp{factor=2}(x) True
      Elemwise{add,no_inplace} [id A] ''   
       |IdentityOp [id B] ''   
       | |x [id C]
       |IdentityOp [id D] ''   
         |x [id C]
      Elemwise{add,no_inplace} [id A] ''   1
       |IdentityOp [id B] ''   0
       | |x [id C]
       |IdentityOp [id B] ''   0
      [[2. 4.]]
      MakeVector{dtype='int64'} [id A] ''   2
       |Shape_i{0} [id B] ''   1
       | |x [id C]
       |Shape_i{1} [id D] ''   0
         |x [id C]

      """)
  }
  @Test func reductionArguments() throws {
    let notebook = try Notebook()
    let output = notebook.run("""
      import numpy as np
      import theano
      import theano.tensor as T
      m = T.dmatrix("m")
      mv = np.array([[1.0, 5.0, 2.0], [4.0, 0.0, 6.0]])
      b = T.bvector("b")
      print(b.sum(dtype="int8").dtype, T.prod(b, keepdims=True).type, T.mean(m, 0, None, False, True).type)
      print([str(o) for o in T.max_and_argmax(m, axis=1, keepdims=True)])
      print(theano.function([m], [m.argmin(), T.argmin(m, 1), m.std(1), T.var(m, axis=0, ddof=1), m.any(), T.all(m, axis=0, keepdims=True)])(mv))
      try:
          m.var(0, True)
      except ValueError as e:
          print(repr(e))
      """, line: 1)
    #expect(output == """
      int8 TensorType(int64, (True,)) TensorType(float64, row)
      ['InplaceDimShuffle{0,x}.0', 'InplaceDimShuffle{0,x}.0']
      [array(4), array([0, 1]), array([1.69967317, 2.49443826]), array([ 4.5, 12.5,  8. ]), array(True), array([[ True, False,  True]])]
      ValueError('Parameter keepdims is now at index 3: (input,                           axis=None, ddof=0, keepdims=False, corrected=False)')

      """)
  }

  @Test func unaryAndBitwiseElemwise() throws {
    let notebook = try Notebook(file: "s5.md")
    #expect(notebook.run("""
      import theano
      import theano.tensor as T
      x = T.matrix('x')
      b = T.bvector('b')
      i = T.ivector('i')
      print(T.exp(x), abs(x).owner.op, T.exp(b).dtype, T.sqrt(i).dtype, (b & b).owner.op, (~b).dtype)
      f = theano.function([x, b], [T.exp(x).sum(), T.log1p(x), abs(x), T.exp(b)])
      theano.printing.debugprint(f)
      f([[0.5, 1.0]], [1, 2])
      """, line: 2) == """
      Elemwise{exp,no_inplace}.0 Elemwise{abs_,no_inplace} float32 float64 Elemwise{and_,no_inplace} int8
      Sum{acc_dtype=float64} [id A] ''   1
       |Elemwise{exp,no_inplace} [id B] ''   0
         |x [id C]
      Elemwise{log1p,no_inplace} [id D] ''   2
       |x [id C]
      Elemwise{abs_,no_inplace} [id E] ''   3
       |x [id C]
      Elemwise{exp,no_inplace} [id F] ''   4
       |b [id G]
      [array(4.3670031), array([[0.40546511, 0.69314718]]), array([[0.5, 1. ]]), array([2.718282 , 7.3890557], dtype=float32)]

      """)
  }
}
