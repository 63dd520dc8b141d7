import NumericArrays
import SymbolicGraph

/// `x` with a basic-indexed part incremented by, or set to, `y` (Theano's `IncSubtensor`, printed
/// `IncSubtensor{Set;int64::, int64}`, `IncSubtensor{InplaceInc;::, int64}`); inputs are `x`,
/// `y` and the index scalars, as for ``Subtensor``.
public struct IncSubtensor: ShapeInferring {
  /// The index entries, one per indexed axis.
  public let entries: [Subtensor.Entry]
  /// Whether the output overwrites `x`.
  public let inplace: Bool
  /// Whether `y` replaces the part instead of being added to it.
  public let setInsteadOfInc: Bool

  /// Creates the op.
  public init(_ entries: [Subtensor.Entry], inplace: Bool = false, setInsteadOfInc: Bool = false) {
    self.entries = entries
    self.inplace = inplace
    self.setInsteadOfInc = setInsteadOfInc
  }

  public var description: String {
    let mode = (inplace ? "Inplace" : "") + (setInsteadOfInc ? "Set" : "Inc")
    return "IncSubtensor{\(mode);\(entries.map(\.description).joined(separator: ", "))}"
  }

  public var destroyMap: [Int: [Int]] { inplace ? [0: [0]] : [:] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count >= 2 else { throw TensorError.type("IncSubtensor takes x, y and indices") }
    let x = try requireTensor(inputs[0], op: "IncSubtensor")
    let y = try requireTensor(inputs[1], op: "IncSubtensor")
    guard y.ndim <= x.ndim else {
      throw TensorError.value(
        "Trying to increment a \(x.ndim)-dimensional subtensor with a \(y.ndim)-dimensional value.")
    }
    let indices = try inputs.dropFirst(2).map(asIndexScalar)
    guard entries.count <= x.ndim else { throw TensorError("IndexError", "too many indices for array") }
    let expected = entries.flatMap(\.inputDTypes)
    guard indices.count == expected.count else {
      throw TensorError("IndexError", "Not enough inputs to fill in the Subtensor template.")
    }
    for (index, dtype) in zip(indices, expected) where (index.type as? ScalarType)?.dtype != dtype {
      throw TensorError.type(
        "Wrong type for Subtensor template. Expected \(index.type), got \(ScalarType(dtype)).")
    }
    return Apply(op: self, inputs: Array(inputs.prefix(2)) + indices, outputTypes: [x])
  }

  /// numpy's `x[index] += y` (or `x[index] = y`) on a copy of `x` unless in place.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard var x = inputs[0] as? NDArray, let y = inputs[1] as? NDArray else {
      throw TensorError.type("IncSubtensor inputs")
    }
    if !inplace { x = x.copy() }
    let key = try basicIndexKey(entries, Array(inputs.dropFirst(2)))
    let part = try x.get(key)
    if setInsteadOfInc {
      try x.set(key, to: y)
    } else if part.ndim > 0 {
      try NDArray.applyInPlace(.add, part, y)
    } else {
      try x.set(key, to: try NDArray.apply(.add, part, y))
    }
    return [x]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }
}

/// The numpy index of basic-indexing entries given the runtime values of their scalar inputs.
func basicIndexKey(_ entries: [Subtensor.Entry], _ values: [Any]) throws -> [ArrayIndex] {
  var scalars = try values.map { value -> Int in
    guard let scalar = value as? NDArray else { throw TensorError.type("index input") }
    return Int(try scalar.item().doubleValue)
  }.makeIterator()
  return entries.map { entry in
    switch entry {
    case .index: return .int(scalars.next() ?? 0)
    case .slice(let start, let stop, let step):
      return .slice(
        start: start.flatMap { _ in scalars.next() }, stop: stop.flatMap { _ in scalars.next() },
        step: step.flatMap { _ in scalars.next() })
    }
  }
}
