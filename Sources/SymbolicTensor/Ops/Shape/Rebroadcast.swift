import NumericArrays
import SymbolicGraph

/// Sets the broadcastable flag of some axes (Theano's `Rebroadcast`, printed `Rebroadcast{?,1}`:
/// the new flag of each axis up to the last one changed, `?` for axes left alone).
///
/// The output is a view of the input; an axis made broadcastable is checked to have length 1 at
/// run time.
public struct Rebroadcast: ShapeInferring {
  /// The changed axes and their new flags, sorted by axis.
  public let axes: [Axis]

  /// One changed axis.
  public struct Axis: Hashable, Sendable {
    /// The axis.
    public let axis: Int
    /// Its new broadcastable flag.
    public let broadcastable: Bool

    /// Creates an entry.
    public init(_ axis: Int, _ broadcastable: Bool) {
      self.axis = axis
      self.broadcastable = broadcastable
    }
  }

  /// Creates the op; a later entry for the same axis wins, as in a Python dict.
  public init(_ axes: [Axis]) {
    var flags: [Int: Bool] = [:]
    for entry in axes { flags[entry.axis] = entry.broadcastable }
    self.axes = flags.keys.sorted().map { Axis($0, flags[$0]!) }
  }

  public var description: String {
    guard let last = axes.last?.axis else { return "Rebroadcast{}" }
    var pattern = Array(repeating: "?", count: last + 1)
    for entry in axes { pattern[entry.axis] = entry.broadcastable ? "1" : "0" }
    return "Rebroadcast{\(pattern.joined(separator: ","))}"
  }

  public var viewMap: [Int: [Int]] { [0: [0]] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("Rebroadcast takes one input") }
    let type = try requireTensor(inputs[0], op: "Rebroadcast")
    if let last = axes.last?.axis, type.ndim <= last {
      throw TensorError.value("Trying to rebroadcast non-existent dimension")
    }
    var broadcastable = type.broadcastable
    for entry in axes { broadcastable[entry.axis] = entry.broadcastable }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(type.dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("Rebroadcast input") }
    for entry in axes where entry.broadcastable && array.shape[entry.axis] != 1 {
      throw TensorError.value(
        "Dimension \(entry.axis) in Rebroadcast's input was supposed to be 1 (got "
          + "\(array.shape[entry.axis]) instead)")
    }
    return [array]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    var shape = inputShapes[0]
    for entry in axes where entry.broadcastable { shape[entry.axis] = lscalarOne() }
    return [shape]
  }
}

/// `T.addbroadcast(x, *axes)`, `T.unbroadcast`, `T.patternbroadcast`: a `Rebroadcast` of `x`,
/// simplified as Theano's `apply_rebroadcast_opt` does (flags that change nothing are dropped, a
/// `Rebroadcast` of a `Rebroadcast` becomes one).
public func rebroadcast(_ x: Variable, _ axes: [Rebroadcast.Axis]) throws -> Variable {
  var result = try Rebroadcast(axes)(x)
  while let node = result.owner, let op = node.op as? Rebroadcast {
    if let simpler = try uselessRebroadcastReplacement(node) {
      result = simpler
      continue
    }
    guard let inner = node.inputs[0].owner, let innerOp = inner.op as? Rebroadcast else { break }
    result = try Rebroadcast(innerOp.axes + op.axes)(inner.inputs[0])
  }
  return result
}

/// Theano's `local_useless_rebroadcast` on one node: the input when no flag changes, a
/// `Rebroadcast` of the flags that do change, or `nil` when all of them do.
func uselessRebroadcastReplacement(_ node: Apply) throws -> Variable? {
  guard let op = node.op as? Rebroadcast else { return nil }
  let x = node.inputs[0]
  if x.broadcastable == node.outputTypes[0].broadcastableFlags { return x }
  let useful = op.axes.filter { x.broadcastable[$0.axis] != $0.broadcastable }
  if useful == op.axes { return nil }
  let replacement = try Rebroadcast(useful).makeNode([x])
  replacement.trace = node.trace
  return replacement.out
}

extension VariableType {
  /// The broadcastable pattern of a tensor type (empty for other types).
  var broadcastableFlags: [Bool] { (self as? TensorType)?.broadcastable ?? [] }
}
