import NumericArrays

/// A scalar function an element-wise node applies: a ``ScalarOp`` or a cast.
public enum ScalarFunction: Hashable, Sendable {
  /// A scalar op.
  case op(ScalarOp)
  /// A change of dtype (Theano's `scalar.Cast`, printed `Cast{float64}`).
  case cast(DType)

  /// Theano's `str` of the scalar op.
  var scalarName: String {
    switch self {
    case .op(let op): return op.scalarName
    case .cast(let dtype): return "Cast{\(dtype)}"
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
  public func compute(_ inputs: [NDArray]) throws -> NDArray {
    var cache: [ScalarExpression: NDArray] = [:]
    // Iterative post-order evaluation.
    var stack: [(ScalarExpression, Bool)] = [(output, false)]
    while let (expression, expanded) = stack.popLast() {
      if cache[expression] != nil { continue }
      switch expression {
      case .input(let index):
        cache[expression] = inputs[index]
      case .apply(let function, let arguments, let dtype):
        if expanded {
          let values = arguments.map { cache[$0]! }
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
}
