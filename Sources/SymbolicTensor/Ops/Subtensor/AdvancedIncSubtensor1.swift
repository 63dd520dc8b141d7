import NumericArrays
import SymbolicGraph

/// `x` with the rows picked by an integer vector incremented by, or set to, `y` (Theano's
/// `AdvancedIncSubtensor1`, printed `AdvancedIncSubtensor1{no_inplace,inc}`); inputs are `x`,
/// `y` and the index vector. A row picked several times is incremented several times.
public struct AdvancedIncSubtensor1: ShapeInferring {
  /// Whether the output overwrites `x`.
  public let inplace: Bool
  /// Whether `y` replaces the rows instead of being added to them.
  public let setInsteadOfInc: Bool

  /// Creates the op.
  public init(inplace: Bool = false, setInsteadOfInc: Bool = false) {
    self.inplace = inplace
    self.setInsteadOfInc = setInsteadOfInc
  }

  public var description: String {
    "AdvancedIncSubtensor1{\(inplace ? "inplace" : "no_inplace"),\(setInsteadOfInc ? "set" : "inc")}"
  }

  public var destroyMap: [Int: [Int]] { inplace ? [0: [0]] : [:] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 3 else { throw TensorError.type("AdvancedIncSubtensor1 takes x, y and ilist") }
    let x = try requireTensor(inputs[0], op: "AdvancedIncSubtensor1")
    let y = try requireTensor(inputs[1], op: "AdvancedIncSubtensor1")
    let ilist = try requireTensor(inputs[2], op: "AdvancedIncSubtensor1")
    guard ilist.dtype.isInteger else { throw TensorError.type("index must be integers") }
    guard ilist.ndim == 1 else { throw TensorError.type("index must be vector") }
    guard x.ndim > 0 else { throw TensorError.type("cannot index into a scalar") }
    guard y.ndim <= x.ndim else {
      throw TensorError.type(
        "cannot \(setInsteadOfInc ? "set" : "increment") x subtensor with ndim=\(x.ndim) by y with "
          + "ndim=\(y.ndim) to x subtensor with ndim=? ")
    }
    return Apply(op: self, inputs: inputs, outputTypes: [x])
  }

  /// numpy's `x[idx] = y` or `np.add.at(x, idx, y)`, on a copy of `x` unless in place.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard var x = inputs[0] as? NDArray, let y = inputs[1] as? NDArray,
      let ilist = inputs[2] as? NDArray
    else { throw TensorError.type("AdvancedIncSubtensor1 inputs") }
    if !inplace { x = x.copy() }
    if setInsteadOfInc {
      try x.set([.array(ilist)], to: y)
    } else {
      try x.addAt([.array(ilist)], y)
    }
    return [x]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}
