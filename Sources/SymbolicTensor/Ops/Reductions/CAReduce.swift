import NumericArrays
import SymbolicGraph

/// A commutative and associative scalar op reduced over some axes (Theano's `CAReduce`, printed
/// `Reduce{maximum}{1}` or `Reduce{maximum}` over all axes).
///
/// The user interface builds `MaxAndArgmax` for `max`; compiling turns an unused argmax into this
/// op (`local_max_and_argmax`), and `-max(-x)` into `Reduce{minimum}` (`local_max_to_min`).
public struct CAReduce: ShapeInferring {
  /// The binary scalar op: `add`, `mul`, `maximum`, `minimum`, `and_`, `or_` or `xor`.
  public let scalarOp: ScalarOp
  /// The reduced axes (`nil`: all), without duplicates and sorted as given.
  public let axis: [Int]?

  /// Creates the op; axes are deduplicated and sorted, as Theano's constructor does.
  public init(_ scalarOp: ScalarOp, axis: [Int]?) {
    self.scalarOp = scalarOp
    self.axis = axis.map { Array(Set($0)).sorted() }
  }

  public var description: String {
    guard let axis else { return "Reduce{\(scalarOp.name)}" }
    return "Reduce{\(scalarOp.name)}{\(axis.map(String.init).joined(separator: ", "))}"
  }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("CAReduce takes one input") }
    guard [.add, .mul, .maximum, .minimum, .and, .or].contains(scalarOp) else {
      throw TensorError.notImplemented("CAReduce only supports binary functions with a single output.")
    }
    let type = try requireTensor(inputs[0], op: "CAReduce")
    let axes = try checkedReductionAxes(axis, of: inputs[0])
    let op = CAReduce(scalarOp, normalizedAxis: axes)
    return Apply(
      op: op, inputs: inputs,
      outputTypes: [TensorType(type.dtype, keptBroadcastable(type.broadcastable, axes))])
  }

  private init(_ scalarOp: ScalarOp, normalizedAxis: [Int]?) {
    self.scalarOp = scalarOp
    self.axis = normalizedAxis
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("CAReduce input") }
    let output = (node.outputTypes[0] as! TensorType).dtype
    return [try reduceAxisByAxis(array, axes: axis, scalarOp: scalarOp, accumulator: output, output: output)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [keptShape(inputShapes[0], axis)]
  }
}

extension ScalarOp {
  /// The value a reduction of nothing gives (Theano's `scalar_op.identity`), if the op has one.
  var reductionIdentity: Scalar? {
    switch self {
    case .add, .or, .xor: return .int(0)
    case .mul, .and: return .int(1)
    default:
      return nil
    }
  }
}

/// The axes of a reduction node (Theano's `CAReduce.make_node` check): negative axes count from the
/// end; an axis past the input's dimensions is an error.
/// - Throws: ValueError `Not enough dimensions on x to reduce on axis 2`.
func checkedReductionAxes(_ axis: [Int]?, of input: Variable) throws -> [Int]? {
  guard let axis else { return nil }
  let ndim = input.ndim
  for index in axis where index >= ndim || (index < 0 && -index > ndim) {
    throw TensorError.value("Not enough dimensions on \(input) to reduce on axis \(index)")
  }
  return axis.map { $0 < 0 ? $0 + ndim : $0 }
}

/// The broadcastable flags of the axes a reduction keeps.
func keptBroadcastable(_ broadcastable: [Bool], _ axes: [Int]?) -> [Bool] {
  guard let axes else { return [] }
  return broadcastable.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
}

/// The shape entries of the axes a reduction keeps.
func keptShape(_ shape: [Variable], _ axes: [Int]?) -> [Variable] {
  guard let axes else { return [] }
  return shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
}

/// Theano's `CAReduce.perform`: one axis at a time, the highest first, accumulating in
/// `accumulator`; an empty axis gives the op's identity, or an error when it has none.
/// - Throws: ValueError `Input ([]) has zero-size on axis 0, but self.scalar_op (maximum) has no
///   attribute 'identity'`.
func reduceAxisByAxis(
  _ input: NDArray, axes: [Int]?, scalarOp: ScalarOp, accumulator: DType, output: DType
) throws -> NDArray {
  var variable = input
  for dimension in (axes ?? Array(0..<input.ndim)).sorted().reversed() {
    if variable.shape[dimension] == 0 {
      guard let identity = scalarOp.reductionIdentity else {
        throw TensorError.value(
          "Input (\(variable.numpyStr)) has zero-size on axis \(dimension), but self.scalar_op "
            + "(\(scalarOp.name)) has no attribute 'identity'")
      }
      var shape = variable.shape
      shape.remove(at: dimension)
      variable = try NDArray.full(shape, identity, dtype: accumulator)
      continue
    }
    switch scalarOp {
    case .add: variable = try variable.sum(axes: [dimension], dtype: accumulator)
    case .mul: variable = try variable.prod(axes: [dimension], dtype: accumulator)
    case .maximum: variable = try variable.astype(accumulator).max(axes: [dimension])
    case .minimum: variable = try variable.astype(accumulator).min(axes: [dimension])
    case .and: variable = try variable.all(axes: [dimension])
    case .or: variable = try variable.any(axes: [dimension])
    default:
      throw TensorError.notImplemented("CAReduce of \(scalarOp.name)")
    }
  }
  if variable.dtype != output { return variable.astype(output) }
  return axes?.isEmpty == true || input.ndim == 0 ? variable.copy() : variable
}
