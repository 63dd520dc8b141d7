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

    /// The dtypes of the scalar inputs the entry takes, in order.
    var inputDTypes: [DType] {
      switch self {
      case .index(let dtype): return [dtype]
      case .slice(let start, let stop, let step): return [start, stop, step].compactMap { $0 }
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

  /// Tensor indices become `ScalarFromTensor` of them, as Theano's `make_node` does.
  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard let x = inputs.first else { throw TensorError.type("Subtensor needs an input") }
    let type = try requireTensor(x, op: "Subtensor")
    let indices = try inputs.dropFirst().map(asIndexScalar)
    guard entries.count <= type.ndim else {
      throw TensorError("IndexError", "too many indices for array")
    }
    let expected = entries.flatMap(\.inputDTypes)
    guard indices.count == expected.count else {
      throw TensorError("IndexError", "Not enough inputs to fill in the Subtensor template.")
    }
    for (index, dtype) in zip(indices, expected) where (index.type as? ScalarType)?.dtype != dtype {
      throw TensorError.type(
        "Wrong type for Subtensor template. Expected \(index.type), got \(ScalarType(dtype)).")
    }
    var broadcastable: [Bool] = []
    var remaining = indices.makeIterator()
    for (axis, entry) in entries.enumerated() {
      switch entry {
      case .index: _ = remaining.next()
      case .slice(let start, let stop, let step):
        let bounds = [start, stop, step].map { part in part.flatMap { _ in remaining.next() } }
        broadcastable.append(type.broadcastable[axis] && keepsBroadcastable(start: bounds[0], stop: bounds[1]))
      }
    }
    broadcastable += type.broadcastable.dropFirst(entries.count)
    return Apply(op: self, inputs: [x] + indices, outputTypes: [TensorType(type.dtype, broadcastable)])
  }

  /// Whether a slice of a broadcastable axis stays broadcastable: it starts at 0 and either has
  /// no stop or a constant stop after the start.
  private func keepsBroadcastable(start: Variable?, stop: Variable?) -> Bool {
    let first = start.map { constantIndexValue($0) } ?? 0
    guard first == 0 else { return false }
    guard let stop else { return true }
    return constantIndexValue(stop).map { $0 > 0 } ?? false
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

  /// Integer entries remove their axis; a full slice keeps the input's length; another slice
  /// has the length of its canonical form (Theano's `get_canonical_form_slice`).
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    var shape: [Variable] = []
    var remaining = node.inputs.dropFirst().makeIterator()
    for (axis, entry) in entries.enumerated() {
      switch entry {
      case .index: _ = remaining.next()
      case .slice(let start, let stop, let step):
        let bounds = [start, stop, step].map { part in part.flatMap { _ in remaining.next() } }
        if bounds.allSatisfy({ $0 == nil }) {
          shape.append(inputShapes[0][axis])
          continue
        }
        let form = try canonicalFormSlice(
          start: analyzeSliceValue(bounds[0]), stop: analyzeSliceValue(bounds[1]),
          step: analyzeSliceValue(bounds[2]), length: analyzeSliceValue(inputShapes[0][axis]))
        let length: SliceValue =
          form.step.known == 1
          ? try form.stop - form.start
          : try SliceValue.floorDivide(try form.stop - form.start - .python(1), form.step) + .python(1)
        shape.append(try length.tensor())
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

/// `x[i, a:b]`: basic indexing; integer indices are int64 scalar constants or integer scalars
/// (tensor or scalar typed).
public func subtensor(_ x: Variable, _ arguments: [IndexArgument]) throws -> Variable {
  var entries: [Subtensor.Entry] = []
  var inputs = [x]
  func scalarDType(_ variable: Variable) throws -> DType {
    guard let dtype = (variable.type as? ScalarType)?.dtype ?? variable.dtype, dtype.isInteger,
      variable.ndim == 0
    else { throw TensorError.type("Expected an integer") }
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

/// The value of a constant index (a scalar or tensor constant, possibly behind
/// `ScalarFromTensor`), or `nil`.
func constantIndexValue(_ variable: Variable) -> Int? {
  var current = variable
  if let owner = current.owner, owner.op is ScalarFromTensor { current = owner.inputs[0] }
  guard let constant = current as? Constant, let array = constant.value as? NDArray, array.size == 1,
    let value = try? array.reshaped([]).item()
  else { return nil }
  return Int(value.doubleValue)
}
