import NumericArrays

/// A scalar function an element-wise node applies: a ``ScalarOp`` or a cast.
public enum ScalarFunction: Hashable, Sendable {
  /// A scalar op.
  case op(ScalarOp)
  /// A change of dtype (Theano's `scalar.Cast`, printed `Cast{float64}`).
  case cast(DType)
  /// An inner composite, kept whole when fusion absorbs a fused input (Theano flattens only a
  /// composite at the output): printed `Composite{...}(i0)`.
  indirect case composite(Composite)

  /// Theano's `str` of the scalar op.
  var scalarName: String {
    switch self {
    case .op(let op): return op.scalarName
    case .cast(let dtype): return "Cast{\(dtype)}"
    case .composite(let composite): return composite.description
    }
  }

  /// Computes the function on whole arrays with numpy's semantics.
  func compute(_ inputs: [NDArray], outputDType: DType) throws -> NDArray {
    switch self {
    case .op(let op):
      let result = try op.compute(inputs, outputDType: outputDType)
      return result.dtype == outputDType ? result : result.astype(outputDType)
    case .cast(let dtype):
      return inputs[0].astype(dtype)
    case .composite(let composite):
      let result = try composite.compute(inputs)
      return result.dtype == outputDType ? result : result.astype(outputDType)
    }
  }
}

/// A scalar expression over the inputs `i0, i1, ...` of a ``Composite``.
public indirect enum ScalarExpression: Hashable, Sendable {
  /// The input at this position.
  case input(Int)
  /// A function of sub-expressions, with its output dtype.
  case apply(ScalarFunction, [ScalarExpression], DType)

  /// The expression with each input replaced (Theano's flattening of an inner `Composite`).
  func substituting(_ replacements: [ScalarExpression]) -> ScalarExpression {
    switch self {
    case .input(let index): return replacements[index]
    case .apply(let function, let arguments, let dtype):
      return .apply(function, arguments.map { $0.substituting(replacements) }, dtype)
    }
  }

  /// Theano's scalar `pprint`: arithmetic as parenthesized operators (`(i0 * i1)`, `(-i0)`),
  /// other functions as `name(arguments)`.
  var text: String {
    switch self {
    case .input(let index): return "i\(index)"
    case .apply(let function, let arguments, _):
      let parts = arguments.map(\.text)
      if case .op(let op) = function, let symbol = ScalarExpression.operatorSymbol(op) {
        if parts.count == 1 { return "(\(symbol)\(parts[0]))" }
        return "(" + parts.joined(separator: " \(symbol) ") + ")"
      }
      return "\(function.scalarName)(\(parts.joined(separator: ", ")))"
    }
  }

  private static func operatorSymbol(_ op: ScalarOp) -> String? {
    switch op {
    case .add: return "+"
    case .mul: return "*"
    case .sub, .neg: return "-"
    case .trueDiv: return "/"
    case .intDiv: return "//"
    case .pow: return "**"
    case .mod: return "%"
    default: return nil
    }
  }
}

/// A graph of scalar operations computed in one pass per element (Theano's `scalar.Composite`),
/// the scalar op of a fused element-wise node. It prints as `Composite{<expression>}`.
public struct Composite: Hashable, Sendable, CustomStringConvertible {
  /// The dtypes of the inputs.
  public let inputDTypes: [DType]
  /// The output expression.
  public let output: ScalarExpression
  /// `Composite{((i0 * i1) + i0)}`.
  public let description: String

  /// Creates a composite computing `output` from inputs of the given dtypes.
  public init(inputDTypes: [DType], output: ScalarExpression) {
    self.inputDTypes = inputDTypes
    self.output = output
    self.description = "Composite{\(output.text)}"
  }

  /// The output dtype.
  public var outputDType: DType {
    switch output {
    case .input(let index): return inputDTypes[index]
    case .apply(_, _, let dtype): return dtype
    }
  }

  /// Computes the composite on whole arrays (each distinct sub-expression once, as Theano's
  /// merged inner graph), broadcasting as numpy does.
  ///
  /// Values have the types Theano's Python implementation gives them: `numpy.frompyfunc` hands
  /// it Python numbers (floats are float64, complex numbers complex128, integers int64), each
  /// scalar op computes with numpy on those, its `add` is Python's `sum` (which starts from the
  /// int 0) and its `mul` is `np.product` (a `multiply.reduce` from 1). The caller casts
  /// the result to the output dtype.
  public func compute(_ inputs: [NDArray]) throws -> NDArray {
    let inputs = inputs.map { array -> NDArray in
      if array.dtype.isFloatingPoint && array.dtype != .float64 { return array.astype(.float64) }
      if array.dtype == .complex64 { return array.astype(.complex128) }
      if array.dtype.isInteger && array.dtype != .int64 { return array.astype(.int64) }
      return array
    }
    var cache: [ScalarExpression: NDArray] = [:]
    // Iterative post-order evaluation.
    var stack: [(ScalarExpression, Bool)] = [(output, false)]
    while let (expression, expanded) = stack.popLast() {
      if cache[expression] != nil { continue }
      switch expression {
      case .input(let index):
        cache[expression] = inputs[index]
      case .apply(let function, let arguments, _):
        if expanded {
          var values = arguments.map { cache[$0]! }
          let dtype = Composite.runtimeDType(function, values)
          if case .op(let op) = function, op == .add || (op == .mul && dtype.isComplex) {
            // `sum(inputs)` starts from the int 0 (so -0.0 becomes 0.0), and `np.product(inputs)`
            // is a `multiply.reduce` from 1, which matters for complex infinities and zeros.
            values.insert(NDArray(scalar: .int(op == .add ? 0 : 1), dtype: op == .add ? .int64 : dtype), at: 0)
          }
          cache[expression] = try function.compute(values, outputDType: dtype)
        } else {
          stack.append((expression, true))
          for argument in arguments.reversed() where cache[argument] == nil {
            stack.append((argument, false))
          }
        }
      }
    }
    return cache[output]!
  }

  /// The dtype Theano's Python implementation produces for a node of the inner graph.
  private static func runtimeDType(_ function: ScalarFunction, _ values: [NDArray]) -> DType {
    let dtypes = values.map(\.dtype)
    switch function {
    case .op(.add): return dtypes.reduce(DType.int64) { $0.promoted(with: $1) }
    case .op(let op): return op.outputDType(dtypes, context: TypingContext())
    case .cast(let dtype): return dtype
    case .composite(let composite): return composite.outputDType
    }
  }
}
