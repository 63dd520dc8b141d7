import NumericArrays
import SymbolicGraph

/// Its first input, once every condition input is true (Theano's `Assert`, printed
/// `Assert{msg='Theano Assert failed!'}`); a false condition raises `AssertionError(msg)`.
public struct Assert: ShapeInferring {
  /// The message of the error.
  public let message: String

  /// Creates the op.
  public init(message: String = "Theano Assert failed!") { self.message = message }

  public var description: String { "Assert{msg=\(pythonStringRepr(message))}" }

  public var viewMap: [Int: [Int]] { [0: [0]] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard let value = inputs.first else { throw TensorError.type("Assert needs a value") }
    for condition in inputs.dropFirst() where try requireTensor(condition, op: "Assert").ndim != 0 {
      throw TensorError.assertion("")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [value.type])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    for condition in inputs.dropFirst() {
      guard let array = condition as? NDArray else { throw TensorError.type("Assert condition") }
      if array.doubles.contains(0) { throw TensorError.assertion(message) }
    }
    return [inputs[0]]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}

/// Theano's `assert_op(value, *conditions)`.
public func assertOp(_ value: Variable, _ conditions: [Variable]) throws -> Variable {
  try Assert().makeNode([value] + conditions).out
}
