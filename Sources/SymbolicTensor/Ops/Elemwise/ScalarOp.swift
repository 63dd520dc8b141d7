import Foundation
import NumericArrays

/// The element-wise scalar operations (Theano's `theano.scalar` ops), a closed set.
public enum ScalarOp: String, CaseIterable, Sendable {
  case add, sub, mul
  case trueDiv = "true_div"
  case intDiv = "int_div"
  case mod, pow, neg, sqr, maximum, minimum
  case eq, neq, lt, gt, le, ge
  case abs = "abs_"
  case exp, log, log1p, sqrt, tanh, sin, cos, floor, ceil
  case and = "and_"
  case or = "or_"
  case xor, invert
  case sigmoid = "scalar_sigmoid"
  case `switch`
  case softplus = "scalar_softplus"

  /// Theano's printed name (`add`), used in `Elemwise{add,no_inplace}`.
  public var name: String { rawValue }

  /// Theano's class name (`Add`), printed by in-place versions: `Elemwise{Add}[(0, 0)]`.
  public var className: String {
    switch self {
    case .add: return "Add"
    case .sub: return "Sub"
    case .mul: return "Mul"
    case .trueDiv: return "TrueDiv"
    case .intDiv: return "IntDiv"
    case .mod: return "Mod"
    case .pow: return "Pow"
    case .neg: return "Neg"
    case .sqr: return "Sqr"
    case .maximum: return "Maximum"
    case .minimum: return "Minimum"
    case .eq: return "EQ"
    case .neq: return "NEQ"
    case .lt: return "LT"
    case .gt: return "GT"
    case .le: return "LE"
    case .ge: return "GE"
    case .abs: return "Abs"
    case .exp: return "Exp"
    case .log: return "Log"
    case .log1p: return "Log1p"
    case .sqrt: return "Sqrt"
    case .tanh: return "Tanh"
    case .sin: return "Sin"
    case .cos: return "Cos"
    case .floor: return "Floor"
    case .ceil: return "Ceil"
    case .and: return "AND"
    case .or: return "OR"
    case .xor: return "XOR"
    case .invert: return "Invert"
    case .sigmoid: return "ScalarSigmoid"
    case .softplus: return "ScalarSoftplus"
    case .switch: return "Switch"
    }
  }

  /// The number of inputs (`nil`: any number of at least one, as `add` and `mul`).
  public var arity: Int? {
    switch self {
    case .add, .mul: return nil
    case .neg, .sqr, .abs, .exp, .log, .log1p, .sqrt, .tanh, .sin, .cos, .floor, .ceil, .invert,
      .sigmoid, .softplus:
      return 1
    case .sub, .trueDiv, .intDiv, .mod, .pow, .maximum, .minimum, .eq, .neq, .lt, .gt, .le, .ge,
      .and, .or, .xor:
      return 2
    case .switch: return 3
    }
  }

  /// Whether the op is a comparison (its output is bool).
  var isComparison: Bool {
    switch self {
    case .eq, .neq, .lt, .gt, .le, .ge: return true
    case .add, .sub, .mul, .trueDiv, .intDiv, .mod, .pow, .neg, .sqr, .maximum, .minimum, .abs,
      .exp, .log, .log1p, .sqrt, .tanh, .sin, .cos, .floor, .ceil, .and, .or, .xor, .invert,
      .sigmoid, .softplus, .switch:
      return false
    }
  }

  /// The output dtype for these input dtypes (Theano's `output_types_preference`).
  public func outputDType(_ inputs: [DType], context: TypingContext) -> DType {
    if isComparison { return .bool }
    switch self {
    case .trueDiv:
      if inputs.allSatisfy({ !$0.isFloatingPoint }) { return context.floatX }
      return upcast(inputs, context: context)
    case .neg, .sqr, .abs, .invert:
      return inputs.first ?? context.floatX
    case .add, .sub, .mul, .intDiv, .mod, .pow, .maximum, .minimum, .and, .or, .xor:
      return upcast(inputs, context: context)
    case .exp, .log, .log1p, .sqrt, .tanh, .sin, .cos, .floor, .ceil, .sigmoid, .softplus:
      return upgradeToFloat(inputs.first ?? context.floatX)
    case .eq, .neq, .lt, .gt, .le, .ge:
      return .bool
    case .switch:
      return upcast(Array(inputs.dropFirst()), context: context)
    }
  }

  private var isFloatFunction: Bool {
    switch self {
    case .exp, .log, .log1p, .sqrt, .tanh, .sin, .cos, .floor, .ceil, .sigmoid, .softplus:
      return true
    case .add, .sub, .mul, .trueDiv, .intDiv, .mod, .pow, .neg, .sqr, .maximum, .minimum, .eq,
      .neq, .lt, .gt, .le, .ge, .abs, .and, .or, .xor, .invert, .switch:
      return false
    }
  }

  /// Theano's `upgrade_to_float`: small integers become float32, large ones float64.
  private func upgradeToFloat(_ dtype: DType) -> DType {
    switch dtype {
    case .bool, .int8, .int16, .uint8, .uint16: return .float32
    case .int32, .int64, .uint32, .uint64: return .float64
    default: return dtype
    }
  }

  /// Computes the op on arrays with numpy's semantics; float functions of integers compute in
  /// the output's float type, as Theano's scalar implementations do.
  public func compute(_ inputs: [NDArray], outputDType: DType) throws -> NDArray {
    if upgradeToFloat(outputDType) == outputDType, outputDType.isFloatingPoint,
      let first = inputs.first, first.dtype != outputDType, isFloatFunction
    {
      return try compute([first.astype(outputDType)], outputDType: outputDType)
    }
    switch self {
    case .add: return try fold(.add, inputs)
    case .mul: return try fold(.multiply, inputs)
    case .sub: return try NDArray.apply(.subtract, inputs[0], inputs[1])
    case .trueDiv: return try NDArray.apply(.trueDivide, inputs[0], inputs[1])
    case .intDiv: return try NDArray.apply(.floorDivide, inputs[0], inputs[1])
    case .mod: return try NDArray.apply(.remainder, inputs[0], inputs[1])
    case .pow: return try NDArray.apply(.power, inputs[0], inputs[1])
    case .maximum: return try NDArray.apply(.maximum, inputs[0], inputs[1])
    case .minimum: return try NDArray.apply(.minimum, inputs[0], inputs[1])
    case .eq: return try NDArray.apply(.equal, inputs[0], inputs[1])
    case .neq: return try NDArray.apply(.notEqual, inputs[0], inputs[1])
    case .lt: return try NDArray.apply(.less, inputs[0], inputs[1])
    case .gt: return try NDArray.apply(.greater, inputs[0], inputs[1])
    case .le: return try NDArray.apply(.lessEqual, inputs[0], inputs[1])
    case .ge: return try NDArray.apply(.greaterEqual, inputs[0], inputs[1])
    case .neg: return try NDArray.apply(.negative, inputs[0])
    case .sqr: return try NDArray.apply(.multiply, inputs[0], inputs[0])
    case .abs: return try NDArray.apply(.absolute, inputs[0])
    case .exp: return try NDArray.apply(.float(.exp), inputs[0])
    case .log: return try NDArray.apply(.float(.log), inputs[0])
    case .log1p: return try NDArray.apply(.float(.log1p), inputs[0])
    case .sqrt: return try NDArray.apply(.float(.sqrt), inputs[0])
    case .tanh: return try NDArray.apply(.float(.tanh), inputs[0])
    case .sin: return try NDArray.apply(.float(.sin), inputs[0])
    case .cos: return try NDArray.apply(.float(.cos), inputs[0])
    case .floor: return try NDArray.apply(.float(.floor), inputs[0])
    case .ceil: return try NDArray.apply(.float(.ceil), inputs[0])
    case .and: return try NDArray.apply(.bitwiseAnd, inputs[0], inputs[1])
    case .or: return try NDArray.apply(.bitwiseOr, inputs[0], inputs[1])
    case .xor: return try NDArray.apply(.bitwiseXor, inputs[0], inputs[1])
    case .invert: return try NDArray.apply(.invert, inputs[0])
    case .sigmoid: return try elementwise(inputs[0]) { x in x < -30 ? 0 : x > 30 ? 1 : 1 / (1 + Foundation.exp(-x)) }
    case .softplus: return try elementwise(inputs[0]) { x in x < -30 ? 0 : x > 30 ? x : Foundation.log1p(Foundation.exp(x)) }
    case .switch:
      let condition = try NDArray.apply(.notEqual, inputs[0], NDArray(scalar: .int(0), dtype: inputs[0].dtype))
      return try NDArray.where(condition, inputs[1], inputs[2])
    }
  }

  /// Theano's Python implementations, element by element in float64, cast to the input's dtype.
  private func elementwise(_ array: NDArray, _ body: (Double) -> Double) throws -> NDArray {
    try NDArray(array.doubles.map(body), shape: array.shape).astype(array.dtype)
  }

  private func fold(_ operation: BinaryOperation, _ inputs: [NDArray]) throws -> NDArray {
    guard var result = inputs.first else { throw TensorError.value("no inputs") }
    for next in inputs.dropFirst() { result = try NDArray.apply(operation, result, next) }
    return result
  }
}
