import NumericArrays

/// The element-wise scalar operations (Theano's `theano.scalar` ops), a closed set.
public enum ScalarOp: String, CaseIterable, Sendable {
  case add, sub, mul
  case trueDiv = "true_div"
  case intDiv = "int_div"
  case mod, pow, neg, sqr, inv, maximum, minimum
  case eq, neq, lt, gt, le, ge
  case abs = "abs_"
  case exp, log, log1p, sqrt, tanh, sin, cos, floor, ceil
  case roundHalfToEven = "round_half_to_even"
  case roundHalfAwayFromZero = "round_half_away_from_zero"
  case and = "and_"
  case or = "or_"
  case xor, invert
  case sigmoid = "scalar_sigmoid"
  case ultraFastSigmoid = "ultra_fast_scalar_sigmoid"
  case `switch`
  case softplus = "scalar_softplus"
  case second, identity, clip
  case real, imag, conj, angle
  case tan, sinh, cosh, arcsin, arccos, arctan, arcsinh, arccosh, arctanh
  case log2, log10, exp2, expm1
  case complex, sgn, erf
  case complexFromPolar = "complex_from_polar"

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
    case .inv: return "Inv"
    case .maximum: return "Maximum"
    case .minimum: return "Minimum"
    case .eq: return "EQ"
    case .neq: return "NEQ"
    case .lt: return "LT"
    case .gt: return "GT"
    case .le: return "LE"
    case .ge: return "GE"
    case .abs: return "Abs"
    case .real: return "Real"
    case .imag: return "Imag"
    case .conj: return "Conj"
    case .angle: return "Angle"
    case .tan: return "Tan"
    case .sinh: return "Sinh"
    case .cosh: return "Cosh"
    case .arcsin: return "ArcSin"
    case .arccos: return "ArcCos"
    case .arctan: return "ArcTan"
    case .arcsinh: return "ArcSinh"
    case .arccosh: return "ArcCosh"
    case .arctanh: return "ArcTanh"
    case .log2: return "Log2"
    case .log10: return "Log10"
    case .exp2: return "Exp2"
    case .expm1: return "Expm1"
    case .complex: return "Complex"
    case .complexFromPolar: return "ComplexFromPolar"
    case .sgn: return "Sgn"
    case .erf: return "Erf"
    case .exp: return "Exp"
    case .log: return "Log"
    case .log1p: return "Log1p"
    case .sqrt: return "Sqrt"
    case .tanh: return "Tanh"
    case .sin: return "Sin"
    case .cos: return "Cos"
    case .floor: return "Floor"
    case .ceil: return "Ceil"
    case .roundHalfToEven: return "RoundHalfToEven"
    case .roundHalfAwayFromZero: return "RoundHalfAwayFromZero"
    case .and: return "AND"
    case .or: return "OR"
    case .xor: return "XOR"
    case .invert: return "Invert"
    case .sigmoid: return "ScalarSigmoid"
    case .ultraFastSigmoid: return "UltraFastScalarSigmoid"
    case .softplus: return "ScalarSoftplus"
    case .switch: return "Switch"
    case .second: return "Second"
    case .identity: return "Identity"
    case .clip: return "Clip"
    }
  }

  /// Theano's `str` of the scalar op itself, as a `Composite` prints it: the name of the ops
  /// Theano names (`add`, `tanh`, `scalar_sigmoid`), the class name of the others (`EQ`, `Abs`,
  /// `Switch`, `RoundHalfToEven`).
  public var scalarName: String {
    switch self {
    case .eq, .neq, .lt, .gt, .le, .ge, .abs, .and, .or, .xor, .invert, .switch,
      .roundHalfToEven, .roundHalfAwayFromZero:
      return className
    default:
      return rawValue
    }
  }

  /// The number of inputs (`nil`: any number of at least one, as `add` and `mul`).
  public var arity: Int? {
    switch self {
    case .add, .mul: return nil
    case .switch, .clip: return 3
    case .sub, .trueDiv, .intDiv, .mod, .pow, .maximum, .minimum, .eq, .neq, .lt, .gt, .le, .ge,
      .and, .or, .xor, .second, .complex, .complexFromPolar:
      return 2
    default: return 1
    }
  }

  /// Whether the op is a comparison (its output is bool).
  var isComparison: Bool {
    switch self {
    case .eq, .neq, .lt, .gt, .le, .ge: return true
    default: return false
    }
  }

  /// Theano's `output_types_preference` families that `local_upcast_elemwise_constant_inputs`
  /// upcasts constants for (`upcast_out` and `upgrade_to_float`).
  var upcastsConstantInputs: Bool {
    switch self {
    case .add, .mul, .trueDiv, .intDiv, .mod, .maximum, .minimum, .inv, .exp, .log, .log1p,
      .sqrt, .tanh, .sin, .cos, .sigmoid, .ultraFastSigmoid, .softplus:
      return true
    case _ where isFloatFunction:
      return true
    default:
      return false
    }
  }

  /// Whether Theano's scalar op has C code for these input dtypes (its `c_code` raises
  /// `NotImplementedError` or `MethodNotDefined` otherwise). Fusion leaves the nodes of ops
  /// without it out of composites, even when Theano runs without a C compiler: `real`, `imag`
  /// and `angle` never have it; most ops have none for complex inputs; the comparisons test
  /// only their first input; `true_div` has it when both or neither input is complex; `complex`
  /// and `complex_from_polar` have none.
  public func hasCCode(_ inputs: [DType]) -> Bool {
    let complexCount = inputs.filter(\.isComplex).count
    switch self {
    case .real, .imag, .angle, .complex, .complexFromPolar: return false
    case .sigmoid, .softplus: return inputs.first == .float32 || inputs.first == .float64
    case .trueDiv: return complexCount != 1
    case .neq, .lt, .gt, .le, .ge: return inputs.first?.isComplex != true
    case .add, .sub, .mul, .neg, .sqr, .abs, .eq, .second, .identity, .switch: return true
    default: return complexCount == 0
    }
  }

  /// Theano's refusals of complex inputs (`upgrade_to_float_no_complex` of `floor`/`ceil`,
  /// `upcast_out_no_complex` of `clip`, `same_out_float_only` of the roundings, `Complex`'s own
  /// check, `same_out_nocomplex` of `sgn`, which also refuses bool).
  /// - Throws: TypeError.
  public func checkComplexInputs(_ inputs: [DType]) throws {
    if self == .sgn && inputs.first == .bool { throw TensorError.type("bool") }
    guard let complexInput = inputs.first(where: \.isComplex) else { return }
    switch self {
    case .complex, .complexFromPolar: throw TensorError.type("\(complexInput)")
    case .sgn: throw TensorError.type("complex argument not supported")
    case .floor, .ceil: throw TensorError.type("complex argument not supported")
    case .clip: throw TensorError.type("complex type are not supported")
    case .roundHalfToEven, .roundHalfAwayFromZero: throw TensorError.type("only float type are supported")
    default: return
    }
  }

  /// The output dtype for these input dtypes (Theano's `output_types_preference`).
  public func outputDType(_ inputs: [DType], context: TypingContext) -> DType {
    if isComparison { return .bool }
    switch self {
    case .trueDiv:
      if inputs.allSatisfy({ !$0.isFloatingPoint && !$0.isComplex }) { return context.floatX }
      return upcast(inputs, context: context)
    case .abs where inputs.first == .complex64, .real where inputs.first == .complex64,
      .imag where inputs.first == .complex64:
      return .float32
    case .abs where inputs.first == .complex128, .real where inputs.first == .complex128,
      .imag where inputs.first == .complex128:
      return .float64
    case .real, .imag, .conj:
      return inputs.first ?? context.floatX
    case .angle:
      return .float64
    case .complex, .complexFromPolar:
      let up = upcast(inputs, context: context)
      return [.float64, .int64, .uint64, .int32, .uint32].contains(up) ? .complex128 : .complex64
    case .sgn:
      return inputs.first ?? context.floatX
    case .neg, .sqr, .abs, .invert, .identity, .roundHalfToEven, .roundHalfAwayFromZero:
      return inputs.first ?? context.floatX
    case .second:
      return inputs.count > 1 ? inputs[1] : context.floatX
    case .add, .sub, .mul, .intDiv, .mod, .pow, .maximum, .minimum, .and, .or, .xor, .clip:
      return upcast(inputs, context: context)
    case .exp, .log, .log1p, .sqrt, .tanh, .sin, .cos, .floor, .ceil, .sigmoid, .softplus, .inv,
      .ultraFastSigmoid, .tan, .sinh, .cosh, .arcsin, .arccos, .arctan, .arcsinh, .arccosh, .arctanh,
      .log2, .log10, .exp2, .expm1, .erf:
      return ScalarOp.upgradeToFloat(inputs.first ?? context.floatX)
    case .switch:
      return upcast(Array(inputs.dropFirst()), context: context)
    case .eq, .neq, .lt, .gt, .le, .ge:
      return .bool
    }
  }

  /// Whether the op computes in floating point whatever its input (Theano's `upgrade_to_float`).
  var isFloatFunction: Bool {
    switch self {
    case .exp, .log, .log1p, .sqrt, .tanh, .sin, .cos, .floor, .ceil, .sigmoid, .softplus, .inv,
      .ultraFastSigmoid, .tan, .sinh, .cosh, .arcsin, .arccos, .arctan, .arcsinh, .arccosh, .arctanh,
      .log2, .log10, .exp2, .expm1, .erf:
      return true
    default:
      return false
    }
  }

  /// Theano's `upgrade_to_float`: small integers become float32, large ones float64.
  static func upgradeToFloat(_ dtype: DType) -> DType {
    switch dtype {
    case .bool, .int8, .int16, .uint8, .uint16: return .float32
    case .int32, .int64, .uint32, .uint64: return .float64
    default: return dtype
    }
  }
}
