import NumericArrays
import SymbolicGraph

/// Basic indexing with integers and slices (Theano's `Subtensor`, printed
/// `Subtensor{int64, ::, int64:}`); the integer and slice bounds are scalar inputs.
public struct Subtensor: ShapeInferring {
  /// One entry of the index.
  public enum Entry: Hashable, Sendable, CustomStringConvertible {
    /// An integer taken from the next scalar input (removes the axis).
    case index(DType)
    /// A slice whose present parts come from the next scalar inputs.
    case slice(start: DType?, stop: DType?, step: DType?)

    public var description: String {
      switch self {
      case .index(let dtype): return dtype.name
      case .slice(let start, let stop, let step):
        return [start, stop, step].map { $0?.name ?? "" }.joined(separator: ":")
      }
    }

    var inputCount: Int {
      switch self {
      case .index: return 1
      case .slice(let start, let stop, let step):
        return [start, stop, step].compactMap { $0 }.count
      }
    }
  }

  /// The index entries, one per indexed axis.
  public let entries: [Entry]

  /// Creates the op.
  public init(_ entries: [Entry]) { self.entries = entries }

  public var description: String {
    "Subtensor{\(entries.map(\.description).joined(separator: ", "))}"
  }

  public var viewMap: [Int: [Int]] { [0: [0]] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard let x = inputs.first else { throw TensorError.type("Subtensor needs an input") }
    let type = try requireTensor(x, op: "Subtensor")
    guard entries.count <= type.ndim else {
      throw TensorError("IndexError", "too many indices for array")
    }
    guard inputs.count == 1 + entries.reduce(0, { $0 + $1.inputCount }) else {
      throw TensorError.type("Subtensor: wrong number of index inputs")
    }
    var broadcastable: [Bool] = []
    for (axis, entry) in entries.enumerated() {
      if case .slice = entry { broadcastable.append(type.broadcastable[axis]) }
    }
    broadcastable += type.broadcastable.dropFirst(entries.count)
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(type.dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("Subtensor input") }
    var scalars = try inputs.dropFirst().map { value -> Int in
      guard let scalar = value as? NDArray else { throw TensorError.type("Subtensor index") }
      return Int(try scalar.item().doubleValue)
    }.makeIterator()
    let indices = entries.map { entry -> ArrayIndex in
      switch entry {
      case .index: return .int(scalars.next() ?? 0)
      case .slice(let start, let stop, let step):
        return .slice(
          start: start.flatMap { _ in scalars.next() }, stop: stop.flatMap { _ in scalars.next() },
          step: step.flatMap { _ in scalars.next() })
      }
    }
    return [try array.get(indices)]
  }

  /// Integer entries remove their axis; full slices keep the input's length; other slices are
  /// left to `Shape_i` of the output.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    var shape: [Variable] = []
    for (axis, entry) in entries.enumerated() {
      switch entry {
      case .index: continue
      case .slice(nil, nil, nil): shape.append(inputShapes[0][axis])
      case .slice: return [nil]
      }
    }
    return [shape + inputShapes[0].dropFirst(entries.count)]
  }
}

/// One entry of a Python index expression on a tensor, as the bridge receives it.
public enum IndexArgument {
  /// An integer (a Python int, or a symbolic integer scalar).
  case index(Variable)
  /// A slice with optional bounds.
  case slice(start: Variable?, stop: Variable?, step: Variable?)
}

/// `x[i, a:b]`: basic indexing.
public func subtensor(_ x: Variable, _ arguments: [IndexArgument]) throws -> Variable {
  var entries: [Subtensor.Entry] = []
  var inputs = [x]
  func scalarDType(_ variable: Variable) throws -> DType {
    guard let dtype = (variable.type as? ScalarType)?.dtype ?? variable.dtype, dtype.isInteger,
      variable.ndim == 0
    else {
      throw TensorError("IndexError", "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
    }
    inputs.append(variable)
    return dtype
  }
  for argument in arguments {
    switch argument {
    case .index(let variable): entries.append(.index(try scalarDType(variable)))
    case .slice(let start, let stop, let step):
      entries.append(
        .slice(
          start: try start.map(scalarDType), stop: try stop.map(scalarDType),
          step: try step.map(scalarDType)))
    }
  }
  return try Subtensor(entries).makeNode(inputs).out
}
