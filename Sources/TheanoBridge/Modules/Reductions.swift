import MiniPython
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// The reductions of `theano.tensor`, shared by the module functions (`T.sum(x, axis=0)`) and the
/// variable methods (`x.sum(axis=0)`), with Theano's parameter lists.
struct Reduction: Sendable {
  /// The Python name.
  let name: String
  /// The function's parameters, the reduced tensor first (`input`, `x` or `a`).
  let functionParameters: [String]
  /// The method's parameters after `self`.
  let methodParameters: [String]
  /// Builds the result from the tensor and the arguments by name.
  let build: @Sendable (TheanoSession, Variable, ReductionArguments) throws -> PyValue

  /// The table.
  static let table: [Reduction] = [
    Reduction(
      name: "sum", functionParameters: ["input", "axis?", "dtype?", "keepdims?", "acc_dtype?"],
      methodParameters: ["axis?", "dtype?", "keepdims?", "acc_dtype?"]
    ) { session, x, a in
      session.wrap(
        try sum(
          x, axis: try a.axis(), dtype: try a.dtype("dtype"), keepDims: try a.flag("keepdims"),
          accDType: try a.dtype("acc_dtype")))
    },
    Reduction(
      name: "prod",
      functionParameters: [
        "input", "axis?", "dtype?", "keepdims?", "acc_dtype?", "no_zeros_in_input?",
      ],
      methodParameters: ["axis?", "dtype?", "keepdims?", "acc_dtype?"]
    ) { session, x, a in
      session.wrap(
        try prod(
          x, axis: try a.axis(), dtype: try a.dtype("dtype"), keepDims: try a.flag("keepdims"),
          accDType: try a.dtype("acc_dtype")))
    },
    Reduction(
      name: "mean", functionParameters: ["input", "axis?", "dtype?", "op?", "keepdims?", "acc_dtype?"],
      methodParameters: ["axis?", "dtype?", "keepdims?", "acc_dtype?"]
    ) { session, x, a in
      session.wrap(
        try mean(
          x, axis: try a.axis(), dtype: try a.dtype("dtype"), keepDims: try a.flag("keepdims"),
          accDType: try a.dtype("acc_dtype"), context: session.typing))
    },
    Reduction(
      name: "var", functionParameters: ["input", "axis?", "ddof?", "keepdims?", "corrected?"],
      methodParameters: ["axis?", "ddof?", "keepdims?", "corrected?"]
    ) { session, x, a in
      session.wrap(
        try variance(
          x, axis: try a.axis(), ddof: try a.integer("ddof"), keepDims: try a.flag("keepdims"),
          corrected: try a.flag("corrected"), context: session.typing))
    },
    Reduction(
      name: "std", functionParameters: ["input", "axis?", "ddof?", "keepdims?", "corrected?"],
      methodParameters: ["axis?", "ddof?", "keepdims?", "corrected?"]
    ) { session, x, a in
      session.wrap(
        try standardDeviation(
          x, axis: try a.axis(), ddof: try a.integer("ddof"), keepDims: try a.flag("keepdims"),
          corrected: try a.flag("corrected"), context: session.typing))
    },
    simple("max") { try SymbolicTensor.max($0, axis: $1, keepDims: $2) },
    simple("min") { try SymbolicTensor.min($0, axis: $1, keepDims: $2) },
    simple("argmax") { try argmax($0, axis: $1, keepDims: $2) },
    simple("argmin") { try argmin($0, axis: $1, keepDims: $2) },
    simple("any") { try SymbolicTensor.any($0, axis: $1, keepDims: $2) },
    simple("all") { try SymbolicTensor.all($0, axis: $1, keepDims: $2) },
  ]

  /// A reduction taking `(x, axis=None, keepdims=False)`.
  private static func simple(
    _ name: String, _ reduce: @escaping @Sendable (Variable, [Int]?, Bool) throws -> Variable
  ) -> Reduction {
    Reduction(
      name: name, functionParameters: ["x", "axis?", "keepdims?"],
      methodParameters: ["axis?", "keepdims?"]
    ) { session, x, a in
      session.wrap(try reduce(x, try a.axis(), try a.flag("keepdims")))
    }
  }
}

/// The arguments of a reduction call, by parameter name.
struct ReductionArguments {
  let values: [String: PyValue]
  let interpreter: Interpreter

  /// Binds `values` (one per parameter, nil when not given) to the parameter names.
  init(_ parameters: [String], _ values: [PyValue?], interpreter: Interpreter) {
    var named: [String: PyValue] = [:]
    for (parameter, value) in zip(parameters, values) {
      if let value { named[parameter.hasSuffix("?") ? String(parameter.dropLast()) : parameter] = value }
    }
    self.values = named
    self.interpreter = interpreter
  }

  func axis() throws -> [Int]? { try axisList(values["axis"] ?? .none) }

  func flag(_ name: String) throws -> Bool {
    try values[name].map { try interpreter.truthy($0) } ?? false
  }

  func dtype(_ name: String) throws -> DType? {
    guard let value = values[name] else { return nil }
    if case .none = value { return nil }
    return try castDType(value)
  }

  func integer(_ name: String) throws -> Int {
    switch values[name] {
    case nil: return 0
    case .int(let number)?: return number
    case .bool?:
      throw PyException.valueError(
        "Parameter keepdims is now at index 3: (input,                           axis=None, ddof=0, keepdims=False, corrected=False)")
    case let other?: throw PyException.typeError("\(name) must be an integer, not \(other.typeName)")
    }
  }
}

extension TheanoSession {
  /// Defines the reductions as functions of `module`.
  func defineReductionFunctions(_ module: PyModule) {
    for reduction in Reduction.table {
      module.defineFunction(reduction.name) { [unowned self] interpreter, arguments in
        let values = try arguments.unpack(reduction.name, reduction.functionParameters)
        return try self.building(interpreter) {
          let x = try self.asVariable(values[0]!)
          let named = ReductionArguments(
            Array(reduction.functionParameters.dropFirst()), Array(values.dropFirst()),
            interpreter: interpreter)
          return try reduction.build(self, x, named)
        }
      }
    }
    module.defineFunction("max_and_argmax") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("max_and_argmax", ["a", "axis?", "keepdims?"])
      return try self.building(interpreter) {
        let named = ReductionArguments(["axis?", "keepdims?"], Array(values.dropFirst()), interpreter: interpreter)
        let (maximum, position) = try maxAndArgmax(
          try self.asVariable(values[0]!), axis: try named.axis(), keepDims: try named.flag("keepdims"))
        return .list([self.wrap(maximum), self.wrap(position)])
      }
    }
  }

  /// Defines the reductions as methods of the variable type.
  func defineReductionMethods(_ type: PyType) {
    for reduction in Reduction.table {
      type.defineMethod(reduction.name) { [unowned self] interpreter, arguments in
        let values = try arguments.unpack(reduction.name, ["self"] + reduction.methodParameters)
        let me = try self.receiverVariable(arguments, "TensorVariable.\(reduction.name)")
        return try self.building(interpreter) {
          let named = ReductionArguments(
            reduction.methodParameters, Array(values.dropFirst()), interpreter: interpreter)
          return try reduction.build(self, me, named)
        }
      }
    }
  }
}
