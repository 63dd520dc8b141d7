import NumericArrays
import SymbolicGraph

/// The sum or product over some axes (Theano's `Sum`, printed `Sum{acc_dtype=float64}` or
/// `Sum{axis=[0], acc_dtype=float64}`, and `Prod`, printed
/// `Prod{axis=(0,), dtype='float64', acc_dtype='float64'}`).
public struct Sum: ShapeInferring {
  /// Which reduction.
  public enum Kind: Sendable, Hashable {
    /// Theano's `Sum`.
    case sum
    /// Theano's `Prod`.
    case prod
  }

  /// Which reduction.
  public let kind: Kind
  /// The reduced axes (`nil`: all).
  public let axis: [Int]?
  /// The output dtype.
  public let dtype: DType
  /// The accumulator dtype.
  public let accDType: DType

  /// A sum (or product) of an `inputDType` tensor; the output and accumulator dtypes default to
  /// Theano's (`CAReduceDtype._output_dtype` and `_acc_dtype`): at least 64-bit integers and
  /// float64 accumulation for float32.
  public init(
    axis: [Int]?, inputDType: DType, kind: Kind = .sum, dtype: DType? = nil, accDType: DType? = nil
  ) {
    self.kind = kind
    self.axis = axis.map { Array(Set($0)).sorted() }
    switch inputDType {
    case .bool, .int8, .int16, .int32: self.dtype = dtype ?? .int64
    case .uint8, .uint16, .uint32: self.dtype = dtype ?? .uint64
    default: self.dtype = dtype ?? inputDType
    }
    if let accDType {
      self.accDType = accDType
      return
    }
    switch inputDType {
    case .bool, .int8, .int16, .int32: self.accDType = .int64
    case .uint8, .uint16, .uint32: self.accDType = .uint64
    case .float16: self.accDType = .float32
    case .float32: self.accDType = .float64
    case .complex64: self.accDType = .complex128
    default: self.accDType = inputDType
    }
  }

  public var description: String {
    switch kind {
    case .sum:
      let axes = axis.map { "axis=[\($0.map(String.init).joined(separator: ", "))], " } ?? ""
      return "Sum{\(axes)acc_dtype=\(accDType)}"
    case .prod:
      let axes = axis.map { pythonTuple($0) } ?? "None"
      return "Prod{axis=\(axes), dtype='\(dtype)', acc_dtype='\(accDType)'}"
    }
  }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("Sum takes one input") }
    let type = try requireTensor(inputs[0], op: "Sum")
    let axes = try checkedReductionAxes(axis, of: inputs[0])
    let op = Sum(kind: kind, axis: axes, dtype: dtype, accDType: accDType)
    return Apply(
      op: op, inputs: inputs,
      outputTypes: [TensorType(dtype, keptBroadcastable(type.broadcastable, axes))])
  }

  private init(kind: Kind, axis: [Int]?, dtype: DType, accDType: DType) {
    self.kind = kind
    self.axis = axis
    self.dtype = dtype
    self.accDType = accDType
  }

  /// Theano's `CAReduce.perform`: axis by axis in the accumulator dtype, then cast.
  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("Sum input") }
    let scalarOp: ScalarOp = kind == .sum ? .add : .mul
    return [
      try reduceAxisByAxis(array, axes: axis, scalarOp: scalarOp, accumulator: accDType, output: dtype)
    ]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [keptShape(inputShapes[0], axis)]
  }
}

/// `T.sum(x, axis, dtype, keepdims, acc_dtype)`; negative axes count from the end.
public func sum(
  _ x: Variable, axis: [Int]? = nil, dtype: DType? = nil, keepDims keep: Bool = false,
  accDType: DType? = nil
) throws -> Variable {
  let op = Sum(axis: axis, inputDType: x.dtype ?? .float64, dtype: dtype, accDType: accDType)
  try checkAccumulator(op, input: x, requestedDType: dtype)
  let result = try op(x)
  return keep ? try keepDims(x, result, axis: axis) : result
}

/// `T.prod(x, axis, dtype, keepdims, acc_dtype)`; negative axes count from the end.
public func prod(
  _ x: Variable, axis: [Int]? = nil, dtype: DType? = nil, keepDims keep: Bool = false,
  accDType: DType? = nil
) throws -> Variable {
  let op = Sum(axis: axis, inputDType: x.dtype ?? .float64, kind: .prod, dtype: dtype, accDType: accDType)
  try checkAccumulator(op, input: x, requestedDType: dtype)
  let result = try op(x)
  return keep ? try keepDims(x, result, axis: axis) : result
}

/// Theano's `CAReduceDtype._acc_dtype` check: an accumulator given for the input must not lose
/// precision (a float accumulator for an integer input is fine).
/// - Throws: TypeError `Cannot build Sum{acc_dtype=float32} node with input dtype float64 ...`.
private func checkAccumulator(_ op: Sum, input: Variable, requestedDType: DType?) throws {
  guard let inputDType = input.dtype else { return }
  let acc = op.accDType
  if acc.isFloatingPoint && !inputDType.isFloatingPoint { return }
  let upcasted = inputDType.promoted(with: acc)
  guard upcasted != acc else { return }
  // The op as the user built it, before its dtypes were filled in.
  let requested: String
  switch op.kind {
  case .sum: requested = "\(Sum(axis: op.axis, inputDType: acc, accDType: acc))"
  case .prod:
    requested = "Prod{axis=\(op.axis.map { pythonTuple($0) } ?? "None"), dtype="
      + "\(requestedDType.map { "'\($0)'" } ?? "None"), acc_dtype='\(acc)'}"
  }
  throw TensorError.type(
    "Cannot build \(requested) node with input dtype \(inputDType) and acc_dtype \(acc), as "
      + "precision would be lost. To correct this error, you can:\n"
      + "  - not specify acc_dtype, or\n"
      + "  - use an acc_dtype at least as precise as \(upcasted).\n"
      + "  - specify \"dtype\" instead of \"acc_dtype\", so the reduction will be precise, but the "
      + "result will be casted into \"dtype\" at the end.\n"
      + "If you are expecting the precision loss, you can use tensor.cast(..., dtype=\"\(acc)\"), on "
      + "your input.")
}
