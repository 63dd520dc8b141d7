import NumericArrays
import SymbolicGraph

/// Cuts a tensor into pieces of given lengths along an axis (Theano's `Split`, printed
/// `Split{3}`); inputs are the tensor, the axis and the vector of lengths.
public struct Split: ShapeInferring {
  /// The number of pieces (outputs).
  public let count: Int

  /// Creates the op.
  public init(count: Int) { self.count = count }

  public var description: String { "Split{\(count)}" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 3 else { throw TensorError.type("Split takes x, axis and splits") }
    let type = try requireTensor(inputs[0], op: "Split")
    let axisType = try requireTensor(inputs[1], op: "Split")
    let splitsType = try requireTensor(inputs[2], op: "Split")
    guard splitsType.ndim == 1, splitsType.broadcastable == [false], splitsType.dtype.isInteger,
      !splitsType.dtype.isUnsigned
    else {
      throw TensorError("TypeError", arguments: "splits must have type tensor.lvector", ["\(splitsType)"])
    }
    guard axisType.ndim == 0, axisType.dtype.isInteger, !axisType.dtype.isUnsigned else {
      throw TensorError("TypeError", arguments: "axis must have type lscalar", ["\(axisType)"])
    }
    return Apply(op: self, inputs: inputs, outputTypes: Array(repeating: type, count: count))
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let x = inputs[0] as? NDArray, let axisArray = inputs[1] as? NDArray,
      let splits = inputs[2] as? NDArray
    else { throw TensorError.type("Split inputs") }
    let axis = Int(try axisArray.item().doubleValue)
    guard (-x.ndim..<x.ndim).contains(axis) else {
      throw TensorError.value(
        "Split.perform() with axis=(\(axis)) is invalid for x.shape==(\(pythonTuple(x.shape)))")
    }
    let normalized = axis < 0 ? axis + x.ndim : axis
    let lengths = splits.scalars.map { Int($0.doubleValue) }
    guard lengths.count == count else {
      throw TensorError(
        "ValueError", arguments: "In Split.perform(), len(splits) != len_splits.",
        [pythonTuple([lengths.count, count])])
    }
    let total = lengths.reduce(0, +)
    guard total == x.shape[normalized] else {
      throw TensorError.value("The splits sum to \(total), expected \(x.shape[normalized])")
    }
    guard lengths.allSatisfy({ $0 >= 0 }) else {
      throw TensorError.value(
        "Split: you tried to make an ndarray with a negative number of elements.")
    }
    var lower = 0
    return try lengths.map { length -> Any in
      var key = Array(repeating: ArrayIndex.all, count: x.ndim)
      key[normalized] = .slice(start: lower, stop: lower + length, step: nil)
      lower += length
      return try x.get(key).copy()
    }
  }

  /// Each piece has the input's shape with the split axis's length replaced by its entry of the
  /// lengths vector (known when the axis is a constant).
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    let ndim = node.inputs[0].ndim
    guard let axis = constantAxis(node.inputs[1], ndim: ndim) else {
      return Array(repeating: nil, count: count)
    }
    return try (0..<count).map { piece -> [Variable]? in
      var shape = inputShapes[0]
      shape[axis] = try subtensor(node.inputs[2], [.index(scalarConstant(Int64(piece)))])
      return shape
    }
  }
}

/// `T.split(x, splits_size, n_splits, axis)`.
public func split(_ x: Variable, sizes: Variable, count: Int, axis: Variable) throws -> [Variable] {
  try Split(count: count).makeNode([x, axis, sizes]).outputs
}
