import NumericArrays
import SymbolicGraph

/// An element-wise node computing a fused ``Composite`` (Theano's `Elemwise` of a
/// `scalar.Composite`, printed `Elemwise{Composite{...}}`, or `Elemwise{Composite{...}}[(0, 0)]`
/// when it overwrites an input).
///
/// Inputs have equal numbers of axes (fusion joins nodes that already had them) and the dtypes
/// the composite was built for.
public struct CompositeElemwise: ShapeInferring {
  /// The scalar graph.
  public let composite: Composite
  /// Output index → the input it overwrites.
  public let inplacePattern: [Int: Int]
  /// The in-place pattern as a destroy map (stored: validation reads it for every node).
  public let destroyMap: [Int: [Int]]

  /// Creates the op.
  public init(_ composite: Composite, inplacePattern: [Int: Int] = [:]) {
    self.composite = composite
    self.inplacePattern = inplacePattern
    self.destroyMap = inplacePattern.mapValues { [$0] }
  }

  public var description: String {
    if inplacePattern.isEmpty { return "Elemwise{\(composite)}" }
    let items = inplacePattern.sorted { $0.key < $1.key }.map { "(\($0.key), \($0.value))" }
    return "Elemwise{\(composite)}[\(items.joined(separator: ", "))]"
  }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    let types = try inputs.map { try requireTensor($0, op: description) }
    guard types.map(\.dtype) == composite.inputDTypes else {
      throw TensorError.type(
        "Wrong types for Composite. Expected \(composite.inputDTypes), got \(types.map(\.dtype)).")
    }
    let ndim = types.map(\.ndim).max() ?? 0
    guard types.allSatisfy({ $0.ndim == ndim }) else {
      throw TensorError.type("Composite inputs need the same number of dimensions")
    }
    let broadcastable = (0..<ndim).map { axis in types.allSatisfy { $0.broadcastable[axis] } }
    return Apply(
      op: self, inputs: inputs, outputTypes: [TensorType(composite.outputDType, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let arrays = inputs.compactMap { $0 as? NDArray }
    try checkElemwiseBroadcast(node, arrays)
    // numpy's ufunc broadcasts all the operands first, and its error lists every shape.
    let shape = try NDArray.broadcastShape(arrays.map(\.shape))
    var result = try composite.compute(arrays)
    let dtype = (node.outputTypes[0] as! TensorType).dtype
    if result.dtype != dtype { result = result.astype(dtype) }
    if result.shape != shape { result = try result.broadcast(to: shape).copy() }
    if let destroyed = inplacePattern[0], arrays[destroyed].shape == result.shape {
      try arrays[destroyed].assign(result)
      return [arrays[destroyed]]
    }
    return [result]
  }

  /// Each output axis takes its length from the first input not broadcastable on it.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    try Elemwise(.add).inferShape(node, inputShapes: inputShapes)
  }
}
