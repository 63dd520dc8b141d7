import NumericArrays
import SymbolicGraph

/// The product of two float matrices of one dtype (Theano's BLAS `Dot22`, printed `Dot22`),
/// which FAST_RUN puts in place of `dot`.
public struct Dot22: ShapeInferring {
  /// Creates the op.
  public init() {}

  public var description: String { "Dot22" }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 2 else { throw TensorError.type("Dot22 takes two inputs") }
    let a = try requireTensor(inputs[0], op: "Dot22")
    let b = try requireTensor(inputs[1], op: "Dot22")
    guard a.ndim == 2, b.ndim == 2, a.dtype == b.dtype, a.dtype.isFloatingPoint || a.dtype.isComplex else {
      throw TensorError.type("Dot22 takes two float or complex matrices of one dtype")
    }
    return Apply(
      op: self, inputs: inputs,
      outputTypes: [TensorType(a.dtype, [a.broadcastable[0], b.broadcastable[1]])])
  }

  /// numpy's error gets the operands' shapes appended, as Theano's `Dot22.perform` does.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let a = inputs[0] as? NDArray, let b = inputs[1] as? NDArray else {
      throw TensorError.type("Dot22 inputs")
    }
    do {
      return [try NDArray.dot(a, b)]
    } catch let error as NDArrayError where error.kind == .valueError {
      throw TensorError.value(
        "(\(pythonStringRepr(error.message)), \(pythonTuple(a.shape)), \(pythonTuple(b.shape)))")
    }
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [[inputShapes[0][0], inputShapes[1][1]]]
  }
}

/// Python's `repr` of a string (single quotes unless the text contains one and no double quote).
func pythonStringRepr(_ text: String) -> String {
  let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
  var body = ""
  for character in text {
    switch character {
    case "\\": body += "\\\\"
    case "\n": body += "\\n"
    case "\t": body += "\\t"
    case quote: body += "\\\(quote)"
    default: body.append(character)
    }
  }
  return "\(quote)\(body)\(quote)"
}

extension NodeRewriter {
  /// `dot(x, y).T -> dot(y.T, x.T)` for matrices (Theano's `local_lift_transpose_through_dot`;
  /// the transposes are named `y.T` and `x.T` as the `.T` attribute names them).
  public static let localLiftTransposeThroughDot = NodeRewriter(
    name: "local_lift_transpose_through_dot", tracks: [DimShuffle.self]
  ) { _, node in
    guard let op = node.op as? DimShuffle, op.newOrder == [.axis(1), .axis(0)],
      let dotNode = node.inputs[0].owner, let dotOp = dotNode.op as? Dot,
      dotNode.inputs[0].ndim == 2, dotNode.inputs[1].ndim == 2
    else { return nil }
    func transposed(_ variable: Variable) throws -> Variable {
      let result = try transpose(variable)
      if let name = variable.name { result.name = name + ".T" }
      return result
    }
    let (x, y) = (dotNode.inputs[0], dotNode.inputs[1])
    let lifted = try dotOp.makeNode([try transposed(y), try transposed(x)])
    lifted.trace = dotNode.trace
    return [lifted.out]
  }
}
