import NumericArrays
import SymbolicGraph

/// `x[ilist]` for an integer vector `ilist`: rows of `x` gathered in the order of the list,
/// repetitions allowed (Theano's `AdvancedSubtensor1`, printed `AdvancedSubtensor1`).
public struct AdvancedSubtensor1: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "AdvancedSubtensor1" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 2 else { throw TensorError.type("AdvancedSubtensor1 takes x and ilist") }
    let x = try requireTensor(inputs[0], op: "AdvancedSubtensor1")
    let ilist = try requireTensor(inputs[1], op: "AdvancedSubtensor1")
    guard ilist.dtype.isInteger else { throw TensorError.type("index must be integers") }
    guard ilist.ndim == 1 else { throw TensorError.type("index must be vector") }
    guard x.ndim > 0 else { throw TensorError.type("cannot index into a scalar") }
    let broadcastable = [ilist.broadcastable[0]] + x.broadcastable.dropFirst()
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(x.dtype, broadcastable)])
  }

  /// numpy's `x.take(i, axis=0)`.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let x = inputs[0] as? NDArray, let ilist = inputs[1] as? NDArray else {
      throw TensorError.type("AdvancedSubtensor1 inputs")
    }
    return [try x.get([.array(ilist.astype(.int64))])]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[1] + inputShapes[0].dropFirst()]
  }
}

/// Theano's `take(a, indices, axis)` for an integer vector: `AdvancedSubtensor1` on the first
/// axis, between two `DimShuffle`s swapping `axis` and 0 for another axis.
public func take(_ a: Variable, _ indices: Variable, axis: Int) throws -> Variable {
  guard axis != 0 else { return try AdvancedSubtensor1()(a, indices) }
  var order = Array(0..<a.ndim)
  order.swapAt(0, axis < 0 ? axis + a.ndim : axis)
  let swapped = try dimshuffle(a, order.map { .axis($0) })
  return try dimshuffle(try AdvancedSubtensor1()(swapped, indices), order.map { .axis($0) })
}
