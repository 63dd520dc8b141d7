import NumericArrays
import SymbolicGraph

/// `x` with the elements picked by integer index arrays incremented by, or set to, `y`
/// (Theano's `AdvancedIncSubtensor`, printed `AdvancedIncSubtensor{inplace=False,
/// set_instead_of_inc=True}` with two spaces); inputs are `x`, `y` and the index arrays.
public struct AdvancedIncSubtensor: ShapeInferring {
  /// Whether `y` replaces the elements instead of being added to them.
  public let setInsteadOfInc: Bool

  /// Creates the op (Theano's has no in-place version).
  public init(setInsteadOfInc: Bool = false) { self.setInsteadOfInc = setInsteadOfInc }

  public var description: String {
    "AdvancedIncSubtensor{inplace=False,  set_instead_of_inc=\(setInsteadOfInc ? "True" : "False")}"
  }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    if inputs.dropFirst(2).contains(where: { $0.dtype == .bool }) {
      throw TensorError.type(
        "AdvancedSubtensor does not support boolean masks for indexing. Use "
          + "AdvancedBooleanSubtensor instead. ")
    }
    return try advancedIncNode(self, inputs)
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    [try advancedInc(inputs, set: setInsteadOfInc)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}

/// `x` with the elements picked by boolean masks incremented by, or set to, `y` (Theano's
/// `AdvancedBooleanIncSubtensor`, printed like ``AdvancedIncSubtensor``).
public struct AdvancedBooleanIncSubtensor: ShapeInferring {
  /// Whether `y` replaces the elements instead of being added to them.
  public let setInsteadOfInc: Bool

  /// Creates the op (Theano's has no in-place version).
  public init(setInsteadOfInc: Bool = false) { self.setInsteadOfInc = setInsteadOfInc }

  public var description: String {
    "AdvancedBooleanIncSubtensor{inplace=False,  set_instead_of_inc=\(setInsteadOfInc ? "True" : "False")}"
  }

  public func makeNode(_ inputs: [Variable]) throws -> Apply { try advancedIncNode(self, inputs) }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    [try advancedInc(inputs, set: setInsteadOfInc)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}

private func advancedIncNode(_ op: any Op, _ inputs: [Variable]) throws -> Apply {
  guard inputs.count >= 2 else { throw TensorError.type("\(op) takes x, y and indices") }
  let x = try requireTensor(inputs[0], op: "\(op)")
  _ = try requireTensor(inputs[1], op: "\(op)")
  return Apply(op: op, inputs: inputs, outputTypes: [TensorType(x.dtype, x.broadcastable)])
}

/// numpy's `out[indices] = y` or `np.add.at(out, indices, y)` on a copy of `x`.
private func advancedInc(_ inputs: [Any], set: Bool) throws -> NDArray {
  guard let x = inputs[0] as? NDArray, let y = inputs[1] as? NDArray else {
    throw TensorError.type("advanced increment inputs")
  }
  let indices = try inputs.dropFirst(2).map(runtimeIndex)
  let result = x.copy()
  if set { try result.set(indices, to: y) } else { try result.addAt(indices, y) }
  return result
}
