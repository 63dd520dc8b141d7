import NumericArrays

/// The element-wise scalar operations (Theano's `theano.scalar` ops), a closed set.
public enum ScalarOp: String, CaseIterable, Sendable {
  case add, sub, mul
  case trueDiv = "true_div"
  case intDiv = "int_div"
  case mod, pow, neg, sqr, maximum, minimum
  case eq, neq, lt, gt, le, ge

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
    }
  }

  /// The number of inputs (`nil`: any number of at least one, as `add` and `mul`).
  public var arity: Int? {
    switch self {
    case .add, .mul: return nil
    case .neg, .sqr: return 1
    case .sub, .trueDiv, .intDiv, .mod, .pow, .maximum, .minimum, .eq, .neq, .lt, .gt, .le, .ge:
      return 2
    }
  }

  /// Whether the op is a comparison (its output is bool).
  var isComparison: Bool {
    switch self {
    case .eq, .neq, .lt, .gt, .le, .ge: return true
    case .add, .sub, .mul, .trueDiv, .intDiv, .mod, .pow, .neg, .sqr, .maximum, .minimum:
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
    case .neg, .sqr:
      return inputs.first ?? context.floatX
    case .add, .sub, .mul, .intDiv, .mod, .pow, .maximum, .minimum:
      return upcast(inputs, context: context)
    case .eq, .neq, .lt, .gt, .le, .ge:
      return .bool
    }
  }

  /// Computes the op on arrays with numpy's semantics.
  public func compute(_ inputs: [NDArray]) throws -> NDArray {
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
    }
  }

  private func fold(_ operation: BinaryOperation, _ inputs: [NDArray]) throws -> NDArray {
    guard var result = inputs.first else { throw TensorError.value("no inputs") }
    for next in inputs.dropFirst() { result = try NDArray.apply(operation, result, next) }
    return result
  }
}
