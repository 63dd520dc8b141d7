import NumericArrays
import SymbolicGraph

/// numpy's advanced indexing with integer arrays on several axes, `x[rows, cols]` (Theano's
/// `AdvancedSubtensor`, printed `AdvancedSubtensor`); the index arrays are the inputs after `x`.
public struct AdvancedSubtensor: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "AdvancedSubtensor" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    if inputs.dropFirst().contains(where: { $0.dtype == .bool }) {
      throw TensorError.type(
        "AdvancedSubtensor does not support boolean masks for indexing. Use "
          + "AdvancedBooleanSubtensor instead. ")
    }
    return try advancedIndexingNode(self, inputs)
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    [try advancedGet(node, inputs)]
  }

  /// Known only for a matrix indexed by two vectors: the length of the index closest to the
  /// graph inputs.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    guard inputShapes.count == 3, inputShapes[0].count == 2, inputShapes[1].count == 1,
      inputShapes[2].count == 1
    else { return [nil] }
    return [node.inputs[2].owner == nil ? inputShapes[2] : inputShapes[1]]
  }
}

/// numpy's indexing with boolean masks, `x[x > 0]` (Theano's `AdvancedBooleanSubtensor`,
/// printed `AdvancedBooleanSubtensor`).
public struct AdvancedBooleanSubtensor: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "AdvancedBooleanSubtensor" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply { try advancedIndexingNode(self, inputs) }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    [try advancedGet(node, inputs)]
  }

  /// The length depends on the mask's values: unknown.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] { [nil] }
}

/// The node of an advanced-indexing op: integer or boolean tensor indices; the output pattern is
/// the shape numpy gives a stand-in array (length 1 on broadcastable axes, 2 elsewhere) indexed
/// by stand-in indices (Theano's `adv_index_broadcastable_pattern`).
private func advancedIndexingNode(_ op: any Op, _ inputs: [Variable]) throws -> Apply {
  guard let first = inputs.first else { throw TensorError.type("\(op) needs an input") }
  let x = try requireTensor(first, op: "\(op)")
  let standIns = try inputs.dropFirst().map { index -> ArrayIndex in
    if index.type is SliceType { return .all }
    if index.type is NoneType { return .newAxis }
    let type = try requireTensor(index, op: "\(op)")
    guard type.dtype.isInteger || type.dtype == .bool else {
      throw TensorError.type("index must be integers or a boolean mask")
    }
    let shape = Array(repeating: 2, count: type.ndim)
    if type.dtype == .bool { return .array(try NDArray.ones(shape, dtype: .bool)) }
    return .array(try NDArray.zeros(shape, dtype: .int64))
  }
  let fake = try NDArray.zeros(x.broadcastable.map { $0 ? 1 : 2 }, dtype: .float64)
  let shape: [Int]
  do {
    shape = try fake.get(standIns).shape
  } catch {
    throw TensorError.from(error)
  }
  return Apply(op: op, inputs: inputs, outputTypes: [TensorType(x.dtype, shape.map { $0 == 1 })])
}

/// `x[indices]` as numpy computes it, copied when no index is an array of at least one axis.
private func advancedGet(_ node: Apply, _ inputs: [Any]) throws -> NDArray {
  guard let x = inputs.first as? NDArray else { throw TensorError.type("\(node.op) input") }
  let indices = try inputs.dropFirst().map(runtimeIndex)
  let result = try x.get(indices)
  let arrays = node.inputs.dropFirst().contains { $0.tensorType != nil && $0.ndim > 0 }
  return arrays ? result : result.copy()
}

/// The numpy index of a runtime index value: an array, a slice or `None`.
func runtimeIndex(_ value: Any) throws -> ArrayIndex {
  switch value {
  case let array as NDArray: return .array(array)
  case let slice as PythonSlice: return .slice(start: slice.start, stop: slice.stop, step: slice.step)
  case is NoneValue: return .newAxis
  default: throw TensorError.type("invalid index value")
  }
}
