import NumericArrays
import SymbolicGraph

/// Reorders, drops (broadcastable) and inserts (`x`) axes (Theano's `DimShuffle`).
///
/// Theano's `DimShuffle` works in place (a view) by default: it prints `InplaceDimShuffle{x,0}`.
public struct DimShuffle: ShapeInferring {
  /// One entry of the new order: an input axis, or a new broadcastable axis.
  public enum Entry: Hashable, Sendable, CustomStringConvertible {
    /// An input axis.
    case axis(Int)
    /// A new axis of length 1 (`'x'`).
    case broadcast

    public var description: String {
      switch self {
      case .axis(let axis): return String(axis)
      case .broadcast: return "x"
      }
    }
  }

  /// The input's broadcastable pattern.
  public let inputBroadcastable: [Bool]
  /// The new order.
  public let newOrder: [Entry]
  /// Whether the output is a view of the input.
  public let inplace: Bool

  /// Creates a dimshuffle.
  public init(inputBroadcastable: [Bool], newOrder: [Entry], inplace: Bool = true) {
    self.inputBroadcastable = inputBroadcastable
    self.newOrder = newOrder
    self.inplace = inplace
  }

  /// `InplaceDimShuffle{x,0}` or `DimShuffle{1,0}`.
  public var description: String {
    let order = newOrder.map(\.description).joined(separator: ",")
    return inplace ? "InplaceDimShuffle{\(order)}" : "DimShuffle{\(order)}"
  }

  public var viewMap: [Int: [Int]] { inplace ? [0: [0]] : [:] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("DimShuffle takes one input") }
    let type = try requireTensor(inputs[0], op: "DimShuffle")
    guard type.broadcastable == inputBroadcastable else {
      throw TensorError.type(
        "The number of dimensions and/or broadcastable pattern of the input is incorrect for this "
          + "op. Expected \(pythonTuple(inputBroadcastable.map { $0 ? "True" : "False" })), got "
          + "\(pythonTuple(type.broadcastable.map { $0 ? "True" : "False" })).")
    }
    let kept = Set(newOrder.compactMap { if case .axis(let a) = $0 { return a } else { return nil } })
    for axis in 0..<type.ndim where !kept.contains(axis) && !type.broadcastable[axis] {
      throw TensorError.value(
        "You cannot drop a non-broadcastable dimension: \(pythonTuple(inputBroadcastable.map { $0 ? "True" : "False" })), \(newOrder.map { "'\($0)'" })")
    }
    let broadcastable = newOrder.map { entry -> Bool in
      switch entry {
      case .axis(let axis): return type.broadcastable[axis]
      case .broadcast: return true
      }
    }
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(type.dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("DimShuffle input") }
    let axes = newOrder.compactMap { if case .axis(let a) = $0 { return a } else { return nil } }
    let dropped = (0..<array.ndim).filter { !axes.contains($0) }
    var result = try array.transposed(axes + dropped)
    let shape = newOrder.map { entry -> Int in
      switch entry {
      case .axis(let axis): return array.shape[axis]
      case .broadcast: return 1
      }
    }
    result = try result.reshaped(shape)
    return [inplace ? result : result.copy()]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [newOrder.map { entry in
      switch entry {
      case .axis(let axis): return inputShapes[0][axis]
      case .broadcast: return lscalarOne()
      }
    }]
  }
}

/// `x.dimshuffle(order)`: `order` entries are axes or `nil` for `'x'`.
public func dimshuffle(_ x: Variable, _ order: [DimShuffle.Entry]) throws -> Variable {
  try DimShuffle(inputBroadcastable: x.broadcastable, newOrder: order)(x)
}

/// `x.T`: the axes reversed.
public func transpose(_ x: Variable) throws -> Variable {
  try dimshuffle(x, (0..<x.ndim).reversed().map { .axis($0) })
}
