import NumericArrays
import SymbolicGraph

/// Repeats each element a given number of times, along an axis or over the flattened input
/// (Theano's `RepeatOp`, printed `RepeatOp{axis=0}`, `numpy.repeat`).
public struct RepeatOp: ShapeInferring {
  /// The axis, or `nil` for the flattened input.
  public let axis: Int?

  /// Creates the op.
  public init(axis: Int?) { self.axis = axis }

  public var description: String { "RepeatOp{axis=\(axis.map(String.init) ?? "None")}" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 2 else { throw TensorError.type("RepeatOp takes x and repeats") }
    let type = try requireTensor(inputs[0], op: "RepeatOp")
    let repeats = try requireTensor(inputs[1], op: "RepeatOp")
    guard repeats.dtype.isInteger else { throw TensorError.type("repeats.dtype must be an integer.") }
    guard repeats.dtype != .uint64 else {
      throw TensorError(
        "TypeError",
        arguments: "dtypes ('uint64',) are not supported by numpy.repeat for the 'repeats' parameter, ",
        ["'uint64'"])
    }
    var broadcastable = [false]
    if let axis {
      broadcastable = type.broadcastable
      if scalarConstantValue(inputs[1]) != 1 { broadcastable[axis] = false }
    }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(type.dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard var x = inputs[0] as? NDArray, let repeats = inputs[1] as? NDArray else {
      throw TensorError.type("RepeatOp inputs")
    }
    var along = 0
    if let axis { along = axis < 0 ? axis + x.ndim : axis } else { x = x.flattened() }
    let length = x.shape[along]
    let counts = repeats.scalars.map { Int($0.doubleValue) }
    guard counts.count == 1 || counts.count == length else {
      throw TensorError.value(
        "operands could not be broadcast together with shape (\(length),) (\(counts.count),)")
    }
    guard counts.allSatisfy({ $0 >= 0 }) else {
      throw TensorError.value("negative dimensions are not allowed")
    }
    var positions: [Int64] = []
    for position in 0..<length {
      let times = counts.count == 1 ? counts[0] : counts[position]
      positions += Array(repeating: Int64(position), count: times)
    }
    var key = Array(repeating: ArrayIndex.all, count: x.ndim)
    key[along] = .array(try NDArray(positions, shape: [positions.count]))
    return [try x.get(key)]
  }

  /// The repeated axis's length is its length times the count, or the sum of the counts.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    let repeats = node.inputs[1]
    let total: () throws -> Variable = {
      let dtype: DType? = [.uint8, .uint16, .uint32].contains(repeats.dtype) ? .int64 : nil
      return try sum(repeats, axis: nil, dtype: dtype)
    }
    guard let axis else {
      if repeats.ndim != 0 { return [[try total()]] }
      if inputShapes[0].isEmpty { return [[repeats]] }
      let size = try inputShapes[0].dropFirst().reduce(inputShapes[0][0]) { try elemwise(.mul, [$0, $1]) }
      return [[try elemwise(.mul, [size, repeats])]]
    }
    var shape = inputShapes[0]
    shape[axis] = repeats.ndim == 0 ? try elemwise(.mul, [shape[axis], repeats]) : try total()
    return [shape]
  }
}

/// `T.repeat(x, repeats, axis)`: a vector of counts gives `RepeatOp`; one count is an `Alloc` of
/// `x` with a new axis after `axis`, reshaped (over the flattened `x` when `axis` is `nil`).
public func repeatElements(
  _ x: Variable, _ repeats: Variable, axis: Int?, context: TypingContext = .init()
) throws -> Variable {
  guard repeats.ndim <= 1 else {
    throw TensorError.value("The dimension of repeats should not exceed 1.")
  }
  if repeats.ndim == 1 && !repeats.broadcastable[0] { return try RepeatOp(axis: axis)(x, repeats) }
  let count = repeats.ndim == 1 ? try subtensor(repeats, [.index(scalarConstant(0))]) : repeats
  guard x.dtype != .uint64 else {
    throw TensorError.type("theano.tensor.repeat don't support dtype uint64")
  }
  var source = x
  var along = 0
  if let axis {
    guard axis < x.ndim else { throw TensorError.value("Axis should not exceed x.ndim-1.") }
    along = axis < 0 ? x.ndim + axis : axis
  } else {
    source = try flatten(x, ndim: 1)
  }
  var shape = try (0..<source.ndim).map { try subtensor(SymbolicTensor.shape(source), [.index(scalarConstant(Int64($0)))]) }
  var allocShape = shape
  allocShape.insert(count, at: along + 1)
  shape[along] = try elemwise(.mul, [shape[along], count], context: context)
  var order = (0..<source.ndim).map { DimShuffle.Entry.axis($0) }
  order.insert(.broadcast, at: along + 1)
  let allocated = try alloc(try dimshuffle(source, order), allocShape)
  return try reshape(allocated, try stackScalars(shape, context: context), ndim: shape.count)
}
