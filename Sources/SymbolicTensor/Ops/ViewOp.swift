import SymbolicGraph

/// Returns its input itself, as a view (Theano's `ViewOp`); compiled functions put it, instead of
/// a `DeepCopyOp`, on an output that aliases an input or another output when both were declared
/// `borrow=True`.
public struct ViewOp: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "ViewOp" }

  public var viewMap: [Int: [Int]] { [0: [0]] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("ViewOp takes one input") }
    return Apply(op: self, inputs: inputs, outputTypes: [inputs[0].type])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] { [inputs[0]] }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }

  public func doesConstantFolding(_ node: Apply) -> Bool { false }
}
