import SymbolicGraph

/// An op that knows its outputs' shapes symbolically (Theano's `infer_shape`).
public protocol ShapeInferring: Op {
  /// The shape of each output (one int64 scalar variable per axis), or `nil` when unknown.
  /// - Parameters:
  ///   - node: the node.
  ///   - inputShapes: the shape of each input (empty for non-tensor inputs).
  func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?]
}

/// A tensor-typed input check shared by the ops' `makeNode`.
func requireTensor(_ variable: Variable, op: String) throws -> TensorType {
  guard let type = variable.tensorType else {
    throw TensorError.type("\(op) expects tensor inputs, got \(variable.type)")
  }
  return type
}
