import Foundation
import NumericArrays

extension ScalarOp {
  /// Computes the op on arrays with numpy's semantics; float functions of integers compute in
  /// the output's float type, as Theano's scalar implementations do.
  public func compute(_ inputs: [NDArray], outputDType: DType) throws -> NDArray {
    if self == .softplus, let first = inputs.first, first.dtype == .bool {
      return try ScalarOp.boolSoftplus(first).astype(outputDType)
    }
    if ScalarOp.upgradeToFloat(outputDType) == outputDType, outputDType.isFloatingPoint,
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
    case .inv:
      return try NDArray.apply(.trueDivide, NDArray(scalar: .float(1), dtype: outputDType), inputs[0])
    case .abs: return try NDArray.apply(.absolute, inputs[0])
    case .real: return inputs[0].realPart.copy()
    case .imag: return inputs[0].imagPart.copy()
    case .conj: return inputs[0].conjugate()
    case .complex:
      return try NDArray.complex(real: inputs[0], imag: inputs[1])
    case .complexFromPolar:
      // Python floats: `r * np.cos(theta)`, `r * np.sin(theta)` in float64.
      let (r, theta) = (inputs[0].astype(.float64), inputs[1].astype(.float64))
      if let negative = r.doubles.first(where: { $0 < 0 }) {
        throw TensorError.value("('polar radius must be non-negative', \(NDArray.scalarRepr(.float(negative), dtype: .float64)))")
      }
      return try NDArray.complex(
        real: NDArray.apply(.multiply, r, NDArray.apply(.float(.cos), theta)),
        imag: NDArray.apply(.multiply, r, NDArray.apply(.float(.sin), theta)))
    case .sgn: return try NDArray.apply(.sign, inputs[0])
    case .angle:
      return try NDArray.apply(.arctan2, inputs[0].imagPart, inputs[0].realPart)
    case .exp: return try NDArray.apply(.float(.exp), inputs[0])
    case .tan, .sinh, .cosh, .arcsin, .arccos, .arctan, .arcsinh, .arccosh, .arctanh, .log2, .log10,
      .exp2, .expm1:
      return try NDArray.apply(.float(UnaryFloatFunction(rawValue: rawValue)!), inputs[0])
    case .log: return try NDArray.apply(.float(.log), inputs[0])
    case .log1p: return try NDArray.apply(.float(.log1p), inputs[0])
    case .sqrt: return try NDArray.apply(.float(.sqrt), inputs[0])
    case .tanh: return try NDArray.apply(.float(.tanh), inputs[0])
    case .sin: return try NDArray.apply(.float(.sin), inputs[0])
    case .cos: return try NDArray.apply(.float(.cos), inputs[0])
    case .floor: return try NDArray.apply(.float(.floor), inputs[0])
    case .ceil: return try NDArray.apply(.float(.ceil), inputs[0])
    case .roundHalfToEven: return try NDArray.apply(.float(.rint), inputs[0])
    case .roundHalfAwayFromZero:
      return try elementwise(inputs[0]) { $0 >= 0 ? ($0 + 0.5).rounded(.down) : ($0 - 0.5).rounded(.up) }
    case .and: return try NDArray.apply(.bitwiseAnd, inputs[0], inputs[1])
    case .or: return try NDArray.apply(.bitwiseOr, inputs[0], inputs[1])
    case .xor: return try NDArray.apply(.bitwiseXor, inputs[0], inputs[1])
    case .invert: return try NDArray.apply(.invert, inputs[0])
    case .sigmoid:
      // `1.0 / (1.0 + numpy.exp(-x))` on the Python floats `numpy.frompyfunc` passes: numpy's
      // float64 exp.
      let exps = try NDArray.apply(.float(.exp), NDArray.apply(.negative, inputs[0].astype(.float64))).doubles
      let values = zip(inputs[0].doubles, exps).map { x, e in x < -30 ? 0 : x > 30 ? 1 : 1 / (1 + e) }
      return try NDArray(values, shape: inputs[0].shape).astype(inputs[0].dtype)
    case .ultraFastSigmoid: return try elementwise(inputs[0], ScalarOp.ultraFastSigmoid)
    case .softplus:
      // `numpy.log1p(numpy.exp(x))` on Python floats: numpy's float64 functions.
      let logs = try NDArray.apply(.float(.log1p), NDArray.apply(.float(.exp), inputs[0].astype(.float64))).doubles
      let values = zip(inputs[0].doubles, logs).map { x, l in x < -30 ? 0 : x > 30 ? x : l }
      return try NDArray(values, shape: inputs[0].shape).astype(inputs[0].dtype)
    case .switch:
      let condition = try NDArray.apply(.notEqual, inputs[0], NDArray(scalar: .int(0), dtype: inputs[0].dtype))
      return try NDArray.where(condition, inputs[1], inputs[2])
    case .second:
      let shape = try NDArray.broadcastShape([inputs[0].shape, inputs[1].shape])
      return try inputs[1].broadcast(to: shape).astype(outputDType)
    case .identity: return inputs[0].copy()
    case .erf:
      guard !inputs[0].dtype.isComplex else { throw TensorError.notImplemented("erf of complex numbers") }
      return try NDArray(inputs[0].doubles.map(CephesErf.erf), shape: inputs[0].shape).astype(outputDType)
    case .clip:
      return try NDArray.apply(
        .minimum, NDArray.apply(.maximum, inputs[0], inputs[1]), inputs[2])
    }
  }

  /// Theano's Python `softplus` of the Python bools `numpy.frompyfunc` passes for a bool array:
  /// numpy computes `exp` of a bool, and the `log1p` after it, in float16. (`sigmoid` negates
  /// first, which makes a Python int, so it computes in float64.)
  static func boolSoftplus(_ x: NDArray) throws -> NDArray {
    try NDArray.apply(.float(.log1p), NDArray.apply(.float(.exp), x.astype(.float16)))
  }

  /// Theano's `UltraFastScalarSigmoid.st_impl`: a piecewise approximation of tanh.
  static func ultraFastSigmoid(_ value: Double) -> Double {
    let x = 0.5 * value
    func approx(_ v: Double) -> Double {
      if v < 1.7 { return 1.5 * v / (1 + v) }
      if v < 3 { return 0.935409070603099 + 0.0458812946797165 * (v - 1.7) }
      return 0.99505475368673
    }
    let z = x >= 0 ? approx(x) : -approx(-x)
    return 0.5 * (z + 1)
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
