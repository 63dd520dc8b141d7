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
    try DimShuffle.checkOrder(inputBroadcastable.count, newOrder, orderIsList: false)
    try DimShuffle.checkDrops(inputBroadcastable, newOrder, orderIsList: false)
    try DimShuffle.checkNonNegative(newOrder)
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

extension DimShuffle {
  /// Theano's checks of the new order's entries: no axis beyond the input's, none twice.
  static func checkOrder(_ ndim: Int, _ order: [Entry], orderIsList: Bool) throws {
    for (position, entry) in order.enumerated() {
      guard case .axis(let axis) = entry else { continue }
      if axis >= ndim {
        throw TensorError.value(
          "new_order[\(position)] is \(axis), but the input only has \(ndim) axes.")
      }
      if order[(position + 1)...].contains(entry) {
        throw TensorError(
          "ValueError",
          arguments: "The same input dimension may not appear twice in the list of output "
            + "dimensions", [orderText(order, isList: orderIsList)])
      }
    }
  }

  /// Refuses a negative axis, which Theano lets through to Python's negative indexing (only
  /// possible when every axis the order leaves out is broadcastable).
  static func checkNonNegative(_ order: [Entry]) throws {
    for (position, entry) in order.enumerated() {
      if case .axis(let axis) = entry, axis < 0 {
        throw TensorError.value("new_order[\(position)] is \(axis): negative axes are not supported")
      }
    }
  }

  /// The order as Python prints the pattern the caller gave: `(1, 'x', 0)` or `[1, 'x', 0]`.
  private static func orderText(_ order: [Entry], isList: Bool) -> String {
    let items = order.map { entry -> String in
      if case .axis(let axis) = entry { return String(axis) }
      return "'x'"
    }
    return isList ? "[" + items.joined(separator: ", ") + "]" : pythonTuple(items)
  }

  /// Theano's check that only broadcastable axes are dropped; its error quotes the pattern (a
  /// list, as `dimshuffle` passes it) and the new order as the caller gave it (a tuple or a list).
  static func checkDrops(_ pattern: [Bool], _ order: [Entry], orderIsList: Bool) throws {
    let kept = Set(order.compactMap { if case .axis(let a) = $0 { return a } else { return nil } })
    guard pattern.indices.contains(where: { !kept.contains($0) && !pattern[$0] }) else { return }
    let patternText = "[" + pattern.map { $0 ? "True" : "False" }.joined(separator: ", ") + "]"
    throw TensorError(
      "ValueError", arguments: "You cannot drop a non-broadcastable dimension.",
      [pythonTuple([patternText, orderText(order, isList: orderIsList)])])
  }
}

/// `x.dimshuffle(order)`: `order` entries are axes or `'x'`.
/// - Parameter orderIsList: whether the caller passed the order as a Python list (it shows in
///   the error for a dropped non-broadcastable axis).
public func dimshuffle(_ x: Variable, _ order: [DimShuffle.Entry], orderIsList: Bool = false) throws -> Variable {
  try DimShuffle.checkOrder(x.ndim, order, orderIsList: orderIsList)
  try DimShuffle.checkDrops(x.broadcastable, order, orderIsList: orderIsList)
  try DimShuffle.checkNonNegative(order)
  return try DimShuffle(inputBroadcastable: x.broadcastable, newOrder: order)(x)
}

/// `x.T`: the axes reversed.
public func transpose(_ x: Variable) throws -> Variable {
  try dimshuffle(x, (0..<x.ndim).reversed().map { .axis($0) })
}

/// `T.shape_padaxis(x, axis)`: a broadcastable axis inserted at `axis` (negative counts from the
/// end of the result).
public func shapePadAxis(_ x: Variable, axis: Int) throws -> Variable {
  let ndim = x.ndim + 1
  guard -ndim <= axis && axis < ndim else {
    throw TensorError("IndexError", "axis \(axis) is out of bounds [-\(ndim), \(ndim))")
  }
  var order = (0..<x.ndim).map { DimShuffle.Entry.axis($0) }
  order.insert(.broadcast, at: axis < 0 ? axis + ndim : axis)
  return try dimshuffle(x, order)
}

/// `x.T` (Theano's `_tensor_py_operators.T`): the axes reversed, named `<name>.T` for a named `x`.
public func transposeNamed(_ x: Variable) throws -> Variable {
  let result = try transpose(x)
  if let name = x.name { result.name = name + ".T" }
  return result
}
