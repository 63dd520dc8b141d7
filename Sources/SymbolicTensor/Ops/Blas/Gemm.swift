import NumericArrays
import SymbolicGraph

/// `b * z + a * dot(x, y)` for matrices (Theano's BLAS `Gemm`, printed `Gemm{inplace}` or
/// `Gemm{no_inplace}`; inputs `z, a, x, y, b`). The in-place version overwrites `z`.
public struct Gemm: ShapeInferring {
  /// Whether the output overwrites `z`.
  public let inplace: Bool

  /// Creates the op.
  public init(inplace: Bool) { self.inplace = inplace }

  public var description: String { inplace ? "Gemm{inplace}" : "Gemm{no_inplace}" }

  public var destroyMap: [Int: [Int]] { inplace ? [0: [0]] : [:] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 5 else {
      throw TensorError.type("Wrong number of inputs for \(self) (expected 5, got \(inputs.count))")
    }
    let types = try inputs.map { try requireTensor($0, op: description) }
    let (z, a, x, y, b) = (inputs[0], inputs[1], inputs[2], inputs[3], inputs[4])
    if inplace {
      let zRoots = Set(viewRoots(z))
      for other in [x, y] where !zRoots.isDisjoint(with: viewRoots(other)) {
        throw GraphError.inconsistency("('argument z aliased to x or y', (\(z), \(other)))")
      }
    }
    for (variable, rank, message) in [
      (z, 2, "gemm only works for rank 2"), (a, 0, "gemm requires scalar argument"),
      (x, 2, "gemm only works for rank 2"), (y, 2, "gemm only works for rank 2"),
      (b, 0, "gemm requires scalar argument"),
    ] where variable.ndim != rank {
      throw TensorError.type("('\(message)', \(variable))")
    }
    let dtypes = types.map(\.dtype)
    guard Set(dtypes).count == 1 else {
      throw TensorError.type(
        "('gemm requires matching dtypes', \(pythonTuple(dtypes.map { "'\($0)'" })))")
    }
    guard dtypes[0].isFloatingPoint || dtypes[0].isComplex else {
      throw TensorError.type("('gemm requires floating-point dtypes', '\(dtypes[0])')")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [types[0]])
  }

  /// Theano's `Gemm.perform`: numpy's in-place arithmetic on (a copy of) `z`.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let arrays = inputs.compactMap { $0 as? NDArray }
    guard arrays.count == 5 else { throw TensorError.type("Gemm inputs") }
    let z = inplace ? arrays[0] : arrays[0].copy()
    let (a, x, y, b) = (arrays[1], arrays[2], arrays[3], arrays[4])
    let alpha = a.scalars[0].realNumber
    let beta = b.scalars[0].realNumber
    let product = try NDArray.dot(x, y)
    if beta == 0 {
      let value = alpha == 1 ? product : alpha == -1
        ? try NDArray.apply(.negative, product) : try NDArray.apply(.multiply, a, product)
      try z.assign(value)
    } else if beta == 1 {
      if alpha == 1 {
        try NDArray.applyInPlace(.add, z, product)
      } else if alpha == -1 {
        try NDArray.applyInPlace(.subtract, z, product)
      } else {
        try NDArray.applyInPlace(.add, z, try NDArray.apply(.multiply, a, product))
      }
    } else {
      // `z *= b; z += a * product`, with both results computed before `z` changes: a block's
      // time limit stopping the work in between must not leave `z` scaled only.
      let scaled = try NDArray.apply(.multiply, a, product)
      let decayed = try NDArray.apply(.multiply, z, b).astype(z.dtype)
      try z.assign(try NDArray.apply(.add, decayed, scaled))
    }
    return [z]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}

/// The variables `variable` is a view of, following view maps to the start (Theano's
/// `view_roots`).
func viewRoots(_ variable: Variable) -> [Variable] {
  guard let owner = variable.owner, let viewed = owner.op.viewMap[variable.index] else {
    return [variable]
  }
  return viewed.flatMap { viewRoots(owner.inputs[$0]) }
}
