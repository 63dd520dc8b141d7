import Foundation
import NumericArrays
import SymbolicGraph

/// `-log(coding[i, index[i]])` for each row (Theano's `CrossentropyCategorical1Hot`), the
/// categorical cross-entropy with integer class targets.
public struct CrossentropyCategorical1Hot: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "CrossentropyCategorical1Hot" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 2 else { throw TensorError.type("CrossentropyCategorical1Hot takes two inputs") }
    let coding = try requireTensor(inputs[0], op: "CrossentropyCategorical1Hot")
    let targets = try requireTensor(inputs[1], op: "CrossentropyCategorical1Hot")
    guard coding.ndim == 2, targets.ndim == 1, targets.dtype.isInteger else {
      throw TensorError.type("CrossentropyCategorical1Hot takes a matrix and an integer vector")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(coding.dtype, [coding.broadcastable[0]])])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let coding = inputs[0] as? NDArray, let targets = inputs[1] as? NDArray else {
      throw TensorError.type("CrossentropyCategorical1Hot inputs")
    }
    let rows = coding.shape[0]
    guard targets.size == rows else {
      throw TensorError.value("coding_dist and true_one_of_n must have the same number of rows")
    }
    var values: [Double] = []
    for (row, target) in targets.scalars.enumerated() {
      let column = Int(target.doubleValue)
      let picked = try coding.get([.int(row), .int(column)]).item().doubleValue
      values.append(-Foundation.log(picked))
    }
    return [try NDArray(values, shape: [rows]).astype(coding.dtype)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [[inputShapes[0][0]]]
  }
}
