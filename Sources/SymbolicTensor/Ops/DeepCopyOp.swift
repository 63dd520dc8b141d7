import NumericArrays
import SymbolicGraph

/// Copies its input (Theano's `DeepCopyOp`); compiled functions put it on outputs that would
/// otherwise alias an input or a constant.
public struct DeepCopyOp: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "DeepCopyOp" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("DeepCopyOp takes one input") }
    return Apply(op: self, inputs: inputs, outputTypes: [inputs[0].type])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { return [inputs[0]] }
    return [array.copy()]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }

  public func doesConstantFolding(_ node: Apply) -> Bool { false }
}
