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

  /// A sum (or product) of `input`'s dtype with Theano's default output and accumulator dtypes.
  public init(axis: [Int]?, inputDType: DType, kind: Kind = .sum) {
    self.kind = kind
    self.axis = axis
    switch inputDType {
    case .bool, .int8, .int16, .int32: dtype = .int64
    case .uint8, .uint16, .uint32: dtype = .uint64
    default: dtype = inputDType
    }
    switch inputDType {
    case .float16: accDType = .float32
    case .float32: accDType = .float64
    default: accDType = dtype
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
    let reduced = Set(axis ?? Array(0..<type.ndim))
    for index in reduced where !(0..<type.ndim).contains(index) {
      throw TensorError.value("Invalid axis: \(index) of tensor with \(type.ndim) dimensions")
    }
    let broadcastable = type.broadcastable.enumerated().filter { !reduced.contains($0.offset) }
      .map(\.element)
    return Apply(op: self, inputs: inputs, outputTypes: [TensorType(dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    guard let array = inputs.first as? NDArray else { throw TensorError.type("Sum input") }
    let axes = axis ?? Array(0..<array.ndim)
    let result: NDArray
    switch kind {
    case .sum: result = try array.sum(axes: axes, dtype: accDType)
    case .prod: result = try array.prod(axes: axes, dtype: accDType)
    }
    return [result.dtype == dtype ? result : result.astype(dtype)]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    let reduced = Set(axis ?? Array(0..<node.inputs[0].ndim))
    return [inputShapes[0].enumerated().filter { !reduced.contains($0.offset) }.map(\.element)]
  }
}

/// `x.sum(axis=...)`; negative axes count from the end.
public func sum(_ x: Variable, axis: [Int]? = nil) throws -> Variable {
  let normalized = axis.map { $0.map { $0 < 0 ? $0 + x.ndim : $0 } }
  return try Sum(axis: normalized, inputDType: x.dtype ?? .float64)(x)
}

/// `x.prod(axis=...)`; negative axes count from the end.
public func prod(_ x: Variable, axis: [Int]? = nil) throws -> Variable {
  let normalized = axis.map { $0.map { $0 < 0 ? $0 + x.ndim : $0 } }
  return try Sum(axis: normalized, inputDType: x.dtype ?? .float64, kind: .prod)(x)
}
