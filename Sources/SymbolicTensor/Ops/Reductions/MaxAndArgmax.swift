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
      throw TensorError.value("Invalid axis: \(index) of tensor with \(type.ndim) dimensions")
    }
    let kept = type.broadcastable.enumerated().filter { !axis.contains($0.offset) }.map(\.element)
    return Apply(
      op: self, inputs: inputs,
      outputTypes: [TensorType(type.dtype, kept), TensorType(.int64, kept)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("MaxAndArgmax input") }
    let maximum = try array.max(axes: axis)
    // numpy's argmax takes one axis: move the reduced axes last and flatten them.
    let kept = (0..<array.ndim).filter { !axis.contains($0) }
    let moved = try array.transposed(kept + axis)
    let keptShape = kept.map { array.shape[$0] }
    let flat = try moved.reshaped(keptShape + [axis.reduce(1) { $0 * array.shape[$1] }])
    let position = try flat.argmax(axis: keptShape.count)
    return [maximum, position.dtype == .int64 ? position : position.astype(.int64)]
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

/// `x.max(axis)`: output 0 of `MaxAndArgmax`, named `max`.
public func max(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  let result = try MaxAndArgmax(axis: reductionAxes(axis, ndim: x.ndim)).makeNode([x]).output(0)
  result.name = "max"
  return keep ? try keepDims(x, result, axis: axis) : result
}

/// `x.argmax(axis)`: output 1 of `MaxAndArgmax`, named `argmax`.
public func argmax(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  let result = try MaxAndArgmax(axis: reductionAxes(axis, ndim: x.ndim)).makeNode([x]).output(1)
  result.name = "argmax"
  return keep ? try keepDims(x, result, axis: axis) : result
}

/// `x.min(axis)`: `-max(-x)`, as Theano builds it.
public func min(_ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false) throws -> Variable {
  try elemwise(.neg, [try max(try elemwise(.neg, [x]), axis: axis, keepDims: keep)])
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
