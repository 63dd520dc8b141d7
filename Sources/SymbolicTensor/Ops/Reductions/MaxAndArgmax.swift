import NumericArrays
import SymbolicGraph

/// The maximum and its position over some axes, in one node (Theano's `MaxAndArgmax`, printed
/// `MaxAndArgmax{axis=(0, 1)}`; `.0` is the max, `.1` the flat index over the reduced axes).
public struct MaxAndArgmax: ShapeInferring {
  /// The reduced axes, sorted.
  public let axis: [Int]

  /// Creates the op.
  public init(axis: [Int]) { self.axis = axis.sorted() }

  public var description: String { "MaxAndArgmax{axis=\(pythonTuple(axis))}" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("MaxAndArgmax takes one input") }
    let type = try requireTensor(inputs[0], op: "MaxAndArgmax")
    for index in axis where !(0..<type.ndim).contains(index) {
      throw TensorError.value("invalid axis \(index) for a \(type.ndim)-D tensor")
    }
    let kept = type.broadcastable.enumerated().filter { !axis.contains($0.offset) }.map(\.element)
    return Apply(
      op: self, inputs: inputs,
      outputTypes: [TensorType(type.dtype, kept), TensorType(.int64, kept)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("MaxAndArgmax input") }
    return [try array.max(axes: axis), try flatArgmax(array, axes: axis)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    let kept = inputShapes[0].enumerated().filter { !axis.contains($0.offset) }.map(\.element)
    return [kept, kept]
  }
}

/// The axes of a reduction: all when nil, negative ones counted from the end.
func reductionAxes(_ axis: [Int]?, ndim: Int) -> [Int] {
  (axis ?? Array(0..<ndim)).map { $0 < 0 ? $0 + ndim : $0 }
}

/// Theano's `check_and_normalize_axes` for `MaxAndArgmax`: sorted, deduplicated, non-negative axes
/// (all axes for none).
/// - Throws: ValueError `Computation needs a valid axis number for 2-D tensor. Got 2`.
func maxAndArgmaxAxes(_ x: Variable, _ axis: [Int]?) throws -> [Int] {
  var axes = axis ?? []
  for index in axes.indices {
    if axes[index] < 0 { axes[index] += x.ndim }
    guard (0..<x.ndim).contains(axes[index]) else {
      throw TensorError.value(
        "Computation needs a valid axis number for \(x.ndim)-D tensor. Got \(axes[index])")
    }
  }
  axes = Array(Set(axes)).sorted()
  return axes.isEmpty ? Array(0..<x.ndim) : axes
}

/// `T.max_and_argmax(x, axis, keepdims)`: both outputs of one `MaxAndArgmax` node.
public func maxAndArgmax(
  _ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false
) throws -> (max: Variable, argmax: Variable) {
  let axes = try maxAndArgmaxAxes(x, axis)
  let node = try MaxAndArgmax(axis: axes).makeNode([x])
  let (maximum, position) = (node.output(0), node.output(1))
  maximum.name = "max"
  position.name = "argmax"
  guard keep else { return (maximum, position) }
  return (try keepDims(x, maximum, axis: axes), try keepDims(x, position, axis: axes))
}

/// `x.max(axis)`: output 0 of `MaxAndArgmax`, named `max`; axes `MaxAndArgmax` rejects fall back
/// to `Reduce{maximum}`, as Theano's `max` does.
public func max(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  let result: Variable
  if let pair = try? maxAndArgmax(x, axis: axis) {
    result = pair.max
  } else {
    result = try CAReduce(.maximum, axis: axis)(x)
  }
  return keep ? try keepDims(x, result, axis: axis) : result
}

/// `x.argmax(axis)`: output 1 of `MaxAndArgmax`, named `argmax`.
public func argmax(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  let result = try maxAndArgmax(x, axis: axis).argmax
  return keep ? try keepDims(x, result, axis: axis) : result
}

/// `x.min(axis)` as Theano builds it: `-max(-x)` for floats and signed integers,
/// `M - max(M - x)` for unsigned integers (`M` the dtype's largest value), `~max(~x)` for bools.
public func min(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  guard let dtype = x.dtype else { throw TensorError.notImplemented("min of a non-tensor") }
  if let largest = unsignedMaximum(dtype) {
    // Each use of Theano's numpy `max_val` becomes a constant of its own.
    func top() -> Constant { constant(NDArray(scalar: .uint(largest), dtype: dtype)) }
    let flipped = try elemwise(.sub, [top(), x])
    return try elemwise(.sub, [top(), try max(flipped, axis: axis, keepDims: keep)])
  }
  let flip: ScalarOp = dtype == .bool ? .invert : .neg
  return try elemwise(flip, [try max(try elemwise(flip, [x]), axis: axis, keepDims: keep)])
}

/// `x.argmin(axis)` as Theano builds it: `argmax(-x)`, `argmax(M - x)` for unsigned integers (`M`
/// a Python int, so an int16 or wider constant), `argmax(~x)` for bools.
public func argmin(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  guard let dtype = x.dtype else { throw TensorError.notImplemented("argmin of a non-tensor") }
  if let largest = unsignedMaximum(dtype) {
    let flipped = try elemwise(.sub, [constant(.int(Int64(largest)), context: TypingContext()), x])
    return try argmax(flipped, axis: axis, keepDims: keep)
  }
  return try argmax(try elemwise(dtype == .bool ? .invert : .neg, [x]), axis: axis, keepDims: keep)
}

/// The largest value of an unsigned integer dtype below 64 bits (numpy's `iinfo(dtype).max`).
private func unsignedMaximum(_ dtype: DType) -> UInt64? {
  switch dtype {
  case .uint8: return UInt64(UInt8.max)
  case .uint16: return UInt64(UInt16.max)
  case .uint32: return UInt64(UInt32.max)
  case .uint64: return UInt64.max
  case .bool, .int8, .int16, .int32, .int64, .float16, .float32, .float64, .complex64, .complex128:
    return nil
  }
}

/// Theano's `makeKeepDims`: `y`, a reduction of `x` over `axis`, with the reduced axes put back
/// as broadcastable axes (`InplaceDimShuffle{0,x}`).
public func keepDims(_ x: Variable, _ y: Variable, axis: [Int]?) throws -> Variable {
  let reduced = Set(reductionAxes(axis, ndim: x.ndim))
  var order: [DimShuffle.Entry] = []
  var next = 0
  for axis in 0..<x.ndim {
    if reduced.contains(axis) {
      order.append(.broadcast)
    } else {
      order.append(.axis(next))
      next += 1
    }
  }
  return try DimShuffle(inputBroadcastable: y.broadcastable, newOrder: order)(y)
}
