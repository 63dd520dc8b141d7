import NumericArrays
import SymbolicGraph

/// Matching products of two stacks: `out[i] = dot(x[i], y[i])` (Theano's `BatchedDot`, printed
/// `BatchedDot`), for stacks of vectors or matrices (2 or 3 axes each).
public struct BatchedDot: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "BatchedDot" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 2 else {
      throw TensorError.type(
        "theano.tensor.blas.BatchedDot: 2 arguments required, \(inputs.count) given ")
    }
    let types = try inputs.map { try requireTensor($0, op: description) }
    for (index, type) in types.enumerated() where !(2...3).contains(type.ndim) {
      throw TensorError.type(
        "theano.tensor.blas.BatchedDot: input \(index) (0-indexed) must have ndim of 2 or 3, "
          + "\(type.ndim) given. Consider calling theano.tensor.batched_dot instead.")
    }
    let dtype = upcast(types.map(\.dtype), context: TypingContext())
    let (x, y) = (types[0].broadcastable, types[1].broadcastable)
    let broadcastable = [x[0] || y[0]] + Array(x.dropFirst().dropLast()) + Array(y.dropFirst(2))
    return Apply(
      op: self, inputs: try inputs.map { try cast($0, dtype) },
      outputTypes: [TensorType(dtype, broadcastable)])
  }

  /// Theano's `BatchedDot.perform`: numpy's `dot` of each pair.
  /// - Throws: TypeError (with the inputs printed) when the stacks' lengths differ.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let arrays = inputs.compactMap { $0 as? NDArray }
    guard arrays.count == 2 else { throw TensorError.type("BatchedDot inputs") }
    let (x, y) = (arrays[0], arrays[1])
    guard x.shape[0] == y.shape[0] else {
      throw TensorError.type(
        "theano.tensor.blas.BatchedDot: inputs [\(x.numpyStr), \(y.numpyStr)] must have the same "
          + "size in axis 0, but have sizes [\(x.shape[0]), \(y.shape[0])].")
    }
    let dtype = (node.outputTypes[0] as! TensorType).dtype
    let shape = Array(x.shape.dropLast()) + Array(y.shape.dropFirst(2))
    if x.shape[0] == 0 { return [try NDArray.zeros(shape, dtype: dtype)] }
    let products = try (0..<x.shape[0]).map { index -> NDArray in
      let product = try NDArray.dot(try x.get([.int(index)]), try y.get([.int(index)]))
      return try product.astype(dtype).reshaped([1] + product.shape)
    }
    return [try NDArray.concatenate(products).reshaped(shape)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [Array(inputShapes[0].dropLast()) + Array(inputShapes[1].dropFirst(2))]
  }
}

/// `T.batched_dot(a, b)`: `a[i] . b[i]` for each `i`; a stack of vectors multiplies element-wise
/// (Theano's `batched_dot`; beyond 3 axes, a batched `tensordot`).
/// - Throws: TypeError for a 0-d operand.
public func batchedDot(_ a: Variable, _ b: Variable, context: TypingContext = .init()) throws -> Variable {
  if a.ndim == 0 { throw TensorError.type("a must have at least one (batch) axis") }
  if b.ndim == 0 { throw TensorError.type("b must have at least one (batch) axis") }
  if a.ndim == 1 {
    let order = [DimShuffle.Entry.axis(0)] + Array(repeating: .broadcast, count: b.ndim - 1)
    return try elemwise(.mul, [try dimshuffle(a, order), b], context: context)
  }
  if b.ndim == 1 {
    let order = [DimShuffle.Entry.axis(0)] + Array(repeating: .broadcast, count: a.ndim - 1)
    return try elemwise(.mul, [a, try dimshuffle(b, order)], context: context)
  }
  if a.ndim > 3 || b.ndim > 3 {
    return try tensordot(
      a, b, axes: .pairs([a.ndim - 1], [Swift.max(1, b.ndim - 2)]), batched: true, context: context)
  }
  return try BatchedDot()(a, b)
}
