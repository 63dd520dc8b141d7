import NumericArrays
import SymbolicGraph

/// The flat position of the maximum over some axes (Theano's `Argmax`, printed
/// `Argmax{axis=(1,)}`); compiling puts it in place of a `MaxAndArgmax` whose maximum is unused.
public struct Argmax: ShapeInferring {
  /// The reduced axes, sorted.
  public let axis: [Int]

  /// Creates the op.
  public init(axis: [Int]) { self.axis = axis }

  public var description: String { "Argmax{axis=\(pythonTuple(axis))}" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("Argmax takes one input") }
    let type = try requireTensor(inputs[0], op: "Argmax")
    return Apply(
      op: self, inputs: inputs,
      outputTypes: [TensorType(.int64, keptBroadcastable(type.broadcastable, axis))])
  }

  /// numpy's `argmax` over the reduced axes moved last and flattened.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("Argmax input") }
    return [try flatArgmax(array, axes: axis)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [keptShape(inputShapes[0], axis)]
  }
}

/// Theano's argmax over several axes: the kept axes first, the reduced ones flattened last.
func flatArgmax(_ array: NDArray, axes: [Int]) throws -> NDArray {
  let kept = (0..<array.ndim).filter { !axes.contains($0) }
  let moved = try array.transposed(kept + axes)
  let keptShape = kept.map { array.shape[$0] }
  let flat = try moved.reshaped(keptShape + [axes.reduce(1) { $0 * array.shape[$1] }])
  let position = try flat.argmax(axis: keptShape.count)
  return position.dtype == .int64 ? position : position.astype(.int64)
}
