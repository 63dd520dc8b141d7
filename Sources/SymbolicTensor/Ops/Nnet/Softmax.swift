import NumericArrays
import SymbolicGraph

/// The row-wise softmax of a float matrix (Theano's `Softmax`, printed `Softmax`); a vector is
/// padded to a one-row matrix first, as Theano 1.0.5 does.
public struct Softmax: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "Softmax" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("Softmax takes one input") }
    var x = inputs[0]
    let type = try requireTensor(x, op: "Softmax")
    guard (1...2).contains(type.ndim), type.dtype.isFloatingPoint else {
      throw TensorError.value("x must be 1-d or 2-d tensor of floats. Got \(type)")
    }
    if type.ndim == 1 { x = try dimshuffle(x, [.broadcast, .axis(0)]) }
    return Apply(op: self, inputs: [x], outputTypes: [x.type])
  }

  /// `e = exp(x - max(x, 1)[:, None]); e / sum(e, 1)[:, None]`, as Theano's `perform`.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let x = inputs[0] as? NDArray else { throw TensorError.type("Softmax input") }
    let shifted = try NDArray.apply(.subtract, x, try x.max(axes: [1], keepDims: true))
    let exponentials = try NDArray.apply(.float(.exp), shifted)
    return [try NDArray.apply(.trueDivide, exponentials, try exponentials.sum(axes: [1], keepDims: true))]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}

/// `T.nnet.softmax(x)`.
public func softmax(_ x: Variable) throws -> Variable { try Softmax()(x) }
