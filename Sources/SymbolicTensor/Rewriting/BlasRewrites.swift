import NumericArrays
import SymbolicGraph

// Theano's BLAS rewrites (`theano/tensor/blas.py`, `blas_scipy.py`): `dot` becomes `Dot22`,
// sums of scaled `Dot22`s become `Gemm` (see GemmOptimizer.swift), products with a vector become
// `Gemv`, outer products `Ger` (`ScipyGer` without a C compiler), and the in-place versions are
// chosen where the destroy handler allows.

extension NodeRewriter {
  /// `dot(x, y) -> Dot22(x, y)` for float or complex operands of one dtype, vectors as one-row or one-column
  /// matrices dimshuffled back (Theano's `local_dot_to_dot22`).
  public static let localDotToDot22 = NodeRewriter(name: "local_dot_to_dot22", tracks: [Dot.self]) {
    _, node in
    let (x, y) = (node.inputs[0], node.inputs[1])
    guard x.dtype == y.dtype, let dtype = x.dtype, dtype.isFloatingPoint || dtype.isComplex, dtype != .float16 else {
      return nil
    }
    func dot22(_ a: Variable, _ b: Variable) throws -> Variable {
      let product = try Dot22().makeNode([a, b])
      product.trace = node.trace
      return product.out
    }
    let column: [DimShuffle.Entry] = [.axis(0), .broadcast]
    let row: [DimShuffle.Entry] = [.broadcast, .axis(0)]
    switch (x.ndim, y.ndim) {
    case (2, 2): return [try dot22(x, y)]
    case (2, 1): return [try dimshuffle(try dot22(x, try dimshuffle(y, column)), [.axis(0)])]
    case (1, 2): return [try dimshuffle(try dot22(try dimshuffle(x, row), y), [.axis(1)])]
    case (1, 1):
      return [try dimshuffle(try dot22(try dimshuffle(x, row), try dimshuffle(y, column)), [])]
    default: return nil
    }
  }

  /// `Gemm(z, a, x, y, b)` on a one-row or one-column `z` `-> Gemv` (Theano's
  /// `local_gemm_to_gemv`).
  public static let localGemmToGemv = NodeRewriter(name: "local_gemm_to_gemv", tracks: [Gemm.self]) {
    _, node in
    guard let op = node.op as? Gemm, !op.inplace else { return nil }
    let (z, a, x, y, b) = (node.inputs[0], node.inputs[1], node.inputs[2], node.inputs[3], node.inputs[4])
    if z.broadcastable == [true, false], x.broadcastable == [true, false] {
      let product = try Gemv(inplace: false).makeNode([
        try dimshuffle(z, [.axis(1)]), a, try transposeNamed(y), try dimshuffle(x, [.axis(1)]), b,
      ])
      product.trace = node.trace
      return [try dimshuffle(product.out, [.broadcast, .axis(0)])]
    }
    if z.broadcastable == [false, true], y.broadcastable == [false, true] {
      let product = try Gemv(inplace: false).makeNode([
        try dimshuffle(z, [.axis(0)]), a, x, try dimshuffle(y, [.axis(0)]), b,
      ])
      product.trace = node.trace
      return [try dimshuffle(product.out, [.axis(0), .broadcast])]
    }
    return nil
  }

  /// `Gemm(z, a, x, y, b)` of a column by a row `-> Ger(z, a, x, y)` when `b` is the constant 1
  /// (or `Ger` on zeros when it is 0) (Theano's `local_gemm_to_ger`).
  public static let localGemmToGer = NodeRewriter(name: "local_gemm_to_ger", tracks: [Gemm.self]) {
    _, node in
    guard let op = node.op as? Gemm, !op.inplace else { return nil }
    let (z, a, x, y, b) = (node.inputs[0], node.inputs[1], node.inputs[2], node.inputs[3], node.inputs[4])
    guard x.broadcastable[1], y.broadcastable[0], let beta = scalarConstantValue(b) else { return nil }
    let (column, row) = (try dimshuffle(x, [.axis(0)]), try dimshuffle(y, [.axis(1)]))
    let target: Variable
    switch beta {
    case 1: target = z
    case 0: target = try zeros([try shapeEntry(x, 0), try shapeEntry(y, 1)], dtype: x.dtype ?? .float64)
    default: return nil
    }
    let update = try Ger(destructive: false).makeNode([target, a, column, row])
    update.trace = node.trace
    return [update.out]
  }

  /// `Dot22` of a column by a row `-> Ger` on zeros; of rows and columns `-> Gemv` on an
  /// uninitialised vector (Theano's `local_dot22_to_ger_or_gemv`).
  public static let localDot22ToGerOrGemv = NodeRewriter(
    name: "local_dot22_to_ger_or_gemv", tracks: [Dot22.self]
  ) { _, node in
    let (x, y) = (node.inputs[0], node.inputs[1])
    guard let dtype = x.dtype else { return nil }
    let (xb, yb) = (x.broadcastable, y.broadcastable)
    let one = constant(NDArray(scalar: .int(1), dtype: dtype))
    let zero = constant(NDArray(scalar: .int(0), dtype: dtype))
    func gemv(_ length: Variable, _ matrix: Variable, _ vector: Variable) throws -> Variable {
      let empty = try AllocEmpty(dtype: dtype)(length)
      let product = try Gemv(inplace: false).makeNode([empty, one, matrix, vector, zero])
      product.trace = node.trace
      return product.out
    }
    if xb[1] && yb[0] {
      let target = try zeros([try shapeEntry(x, 0), try shapeEntry(y, 1)], dtype: dtype)
      let update = try Ger(destructive: false).makeNode([
        target, one, try dimshuffle(x, [.axis(0)]), try dimshuffle(y, [.axis(1)]),
      ])
      update.trace = node.trace
      return [update.out]
    }
    if xb[0] && yb[1] {
      let product = try gemv(
        constant(.int(1), context: TypingContext()), try transposeNamed(y), try dimshuffle(x, [.axis(1)]))
      return [try dimshuffle(product, [.broadcast, .axis(0)])]
    }
    if xb[0] && !yb[0] && !yb[1] {
      let product = try gemv(try shapeEntry(y, 1), try transposeNamed(y), try dimshuffle(x, [.axis(1)]))
      return [try dimshuffle(product, [.broadcast, .axis(0)])]
    }
    if !xb[0] && !xb[1] && yb[1] {
      let product = try gemv(try shapeEntry(x, 0), x, try dimshuffle(y, [.axis(0)]))
      return [try dimshuffle(product, [.axis(0), .broadcast])]
    }
    return nil
  }

  /// `Gemm{no_inplace} -> Gemm{inplace}` (Theano's `local_inplace_gemm`).
  public static let localInplaceGemm = NodeRewriter(name: "local_inplace_gemm", tracks: [Gemm.self]) {
    _, node in
    guard let op = node.op as? Gemm, !op.inplace else { return nil }
    return [try rebuilt(node, with: Gemm(inplace: true))]
  }

  /// `Gemv{no_inplace} -> Gemv{inplace}` (Theano's `local_inplace_gemv`).
  public static let localInplaceGemv = NodeRewriter(name: "local_inplace_gemv", tracks: [Gemv.self]) {
    _, node in
    guard let op = node.op as? Gemv, !op.inplace else { return nil }
    return [try rebuilt(node, with: Gemv(inplace: true))]
  }

  /// `Ger{non-destructive} -> Ger{destructive}` (Theano's `local_inplace_ger`).
  public static let localInplaceGer = NodeRewriter(name: "local_inplace_ger", tracks: [Ger.self]) {
    _, node in
    guard let op = node.op as? Ger, !op.destructive, !op.scipy else { return nil }
    return [try rebuilt(node, with: Ger(destructive: true))]
  }

  /// `Ger -> ScipyGer` (Theano's `use_scipy_ger`, in `blas_scipy.py`).
  public static let useScipyGer = NodeRewriter(name: "use_scipy_ger", tracks: [Ger.self]) { _, node in
    guard let op = node.op as? Ger, !op.destructive, !op.scipy else { return nil }
    return [try rebuilt(node, with: Ger(destructive: false, scipy: true))]
  }

  /// `ScipyGer{non-destructive} -> ScipyGer{destructive}` (Theano's `make_ger_destructive`).
  public static let makeGerDestructive = NodeRewriter(name: "make_ger_destructive", tracks: [Ger.self]) {
    _, node in
    guard let op = node.op as? Ger, !op.destructive, op.scipy else { return nil }
    return [try rebuilt(node, with: Ger(destructive: true, scipy: true))]
  }
}

/// `node`'s inputs under another op, keeping the creation trace.
private func rebuilt(_ node: Apply, with op: any Op) throws -> Variable {
  let replacement = try op.makeNode(node.inputs)
  replacement.trace = node.trace
  return replacement.out
}

/// `x.shape[axis]` as the user interface builds it (`Subtensor{int64}(Shape(x), axis)`).
func shapeEntry(_ x: Variable, _ axis: Int) throws -> Variable {
  try subtensor(try shape(x), [.index(scalarConstant(Int64(axis)))])
}
