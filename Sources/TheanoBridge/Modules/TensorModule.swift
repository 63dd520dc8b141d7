import MiniPython
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// `theano.tensor`: variable constructors and the graph-building functions in scope.
enum TensorModule {
  static func make(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.tensor")
    for kind in TensorKind.allCases {
      for prefix in ["", "b", "w", "i", "l", "f", "d", "c", "z"] {
        let fixed = prefix.first.flatMap(TensorKind.dtype(forPrefix:))
        module.defineFunction(prefix + kind.rawValue) { [unowned session] interpreter, arguments in
          let values = try arguments.unpack(prefix + kind.rawValue, ["name?", "dtype?"])
          var name: String?
          if case .str(let text)? = values[0] { name = text }
          var dtype = fixed ?? session.flags.floatX
          if case .str(let text)? = values[1] {
            guard let given = DType(numpyName: text) else { throw PyException.keyError(.str(text)) }
            dtype = given
          }
          return try session.building(interpreter) {
            session.wrap(tensorVariable(kind, dtype: dtype, name: name))
          }
        }
      }
    }
    let plurals: [(String, TensorKind)] = [
      ("scalars", .scalar), ("vectors", .vector), ("matrices", .matrix), ("rows", .row),
      ("cols", .col),
    ]
    for (plural, kind) in plurals {
      for prefix in ["", "b", "w", "i", "l", "f", "d"] {
        let fixed = prefix.first.flatMap(TensorKind.dtype(forPrefix:))
        module.defineFunction(prefix + plural) { [unowned session] interpreter, arguments in
          try arguments.noKeywords(prefix + plural)
          let names = try arguments.positional.map { value -> String in
            guard case .str(let text) = value else {
              throw PyException.typeError("\(prefix + plural)() takes names")
            }
            return text
          }
          let dtype = fixed ?? session.flags.floatX
          let made = try session.building(interpreter) {
            names.map { session.wrap(tensorVariable(kind, dtype: dtype, name: $0)) }
          }
          return made.count == 1 ? made[0] : .list(made)
        }
      }
    }
    let graphFunctions: [(String, [String], (TheanoSession, [PyValue?]) throws -> Variable)] = [
      ("join", [], { _, _ in throw PyException.typeError("join") }),
      ("specify_shape", ["x", "shape"], { session, values in
        try specifyShape(try session.asVariable(values[0]!), try session.asVariable(values[1]!))
      }),
      ("dot", ["a", "b"], { session, values in
        try dot(try session.asVariable(values[0]!), try session.asVariable(values[1]!), context: session.typing)
      }),
      ("outer", ["x", "y"], { session, values in
        try outer(try session.asVariable(values[0]!), try session.asVariable(values[1]!), context: session.typing)
      }),
      ("tensordot", ["a", "b", "axes?"], { session, values in
        try tensordot(
          try session.asVariable(values[0]!), try session.asVariable(values[1]!),
          axes: try tensorDotAxes(values[2] ?? .int(2)), context: session.typing)
      }),
      ("batched_dot", ["a", "b"], { session, values in
        try batchedDot(try session.asVariable(values[0]!), try session.asVariable(values[1]!), context: session.typing)
      }),
      ("shape", ["x"], { session, values in try shape(try session.asVariable(values[0]!)) }),
      ("as_tensor_variable", ["x", "name?", "ndim?"], { session, values in
        try session.asVariable(values[0]!)
      }),
      ("constant", ["x", "name?", "ndim?", "dtype?"], { session, values in
        var dtype: DType?
        if case .str(let text)? = values[3] { dtype = DType(numpyName: text) }
        let variable = try session.asVariable(values[0]!)
        guard let constant = variable as? SymbolicGraph.Constant, let array = constant.value as? NDArray else {
          throw PyException.typeError("constant() of a symbolic variable")
        }
        let result = SymbolicTensor.constant(dtype.map { array.astype($0) } ?? array)
        if case .str(let name)? = values[1] { result.name = name }
        return result
      }),
      ("arange", ["start", "stop?", "step?"], { session, values in
        var start = values[0]!
        var stop = values[1] ?? .none
        if case .none = stop { (start, stop) = (.int(0), start) }
        var step = values[2] ?? .int(1)
        if case .none = step { step = .int(1) }
        return try arange(
          start: try session.asVariable(start), stop: try session.asVariable(stop),
          step: try session.asVariable(step), context: session.typing)
      }),
      ("cast", ["x", "dtype"], { session, values in
        try cast(try session.asVariable(values[0]!), try castDType(values[1]!))
      }),
      ("concatenate", ["tensor_list", "axis?"], { session, values in
        var axis = 0
        if case .int(let given)? = values[1] { axis = given }
        let tensors = try (sequenceItems(values[0]!) ?? []).map(session.asVariable)
        return try join(constant(.int(Int64(axis)), context: session.typing), tensors, context: session.typing)
      }),
      ("stack", ["tensors", "axis?"], { session, values in
        var axis = 0
        if case .int(let given)? = values[1] { axis = given }
        return try session.stack(sequenceItems(values[0]!) ?? [values[0]!], axis: axis)
      }),
    ]
    for (name, parameters, build) in graphFunctions where name != "join" {
      module.defineFunction(name) { [unowned session] interpreter, arguments in
        let values = try arguments.unpack(name, parameters)
        return try session.building(interpreter) { session.wrap(try build(session, values)) }
      }
    }
    session.defineReductionFunctions(module)
    session.defineShapeFunctions(module)
    session.defineAllocFunctions(module)
    session.defineIndexingFunctions(module)
    module.defineFunction("join") { [unowned session] interpreter, arguments in
      try arguments.noKeywords("join")
      guard arguments.positional.count >= 2 else {
        throw PyException.typeError("join() missing required argument: 'tensors_list'")
      }
      return try session.building(interpreter) {
        let axis = try session.asVariable(arguments.positional[0])
        let tensors = try arguments.positional.dropFirst().map(session.asVariable)
        return session.wrap(try join(axis, Array(tensors), context: session.typing))
      }
    }
    let elementwise: [(String, ScalarOp)] = [
      ("add", .add), ("sub", .sub), ("mul", .mul), ("true_div", .trueDiv), ("int_div", .intDiv),
      ("mod", .mod), ("pow", .pow), ("neg", .neg), ("sqr", .sqr), ("maximum", .maximum),
      ("minimum", .minimum), ("eq", .eq), ("neq", .neq), ("lt", .lt), ("gt", .gt), ("le", .le),
      ("ge", .ge), ("abs_", .abs), ("exp", .exp), ("log", .log), ("log1p", .log1p),
      ("sqrt", .sqrt), ("tanh", .tanh), ("sin", .sin), ("cos", .cos), ("floor", .floor),
      ("ceil", .ceil), ("and_", .and), ("or_", .or), ("xor", .xor), ("invert", .invert), ("switch", .switch),
      ("inv", .inv), ("clip", .clip), ("fill", .second), ("second", .second),
      ("round_half_to_even", .roundHalfToEven), ("round_half_away_from_zero", .roundHalfAwayFromZero),
      ("real", .real), ("imag", .imag), ("conj", .conj), ("angle", .angle), ("tan", .tan),
      ("sinh", .sinh), ("cosh", .cosh), ("arcsin", .arcsin), ("arccos", .arccos), ("arctan", .arctan),
      ("arcsinh", .arcsinh), ("arccosh", .arccosh), ("arctanh", .arctanh), ("log2", .log2),
      ("log10", .log10), ("exp2", .exp2), ("expm1", .expm1), ("complex", .complex),
      ("complex_from_polar", .complexFromPolar), ("sgn", .sgn), ("erf", .erf),
    ]
    for (name, op) in elementwise {
      module.defineFunction(name) { [unowned session] interpreter, arguments in
        try arguments.noKeywords(name)
        return try session.building(interpreter) {
          let inputs = try arguments.positional.map(session.asVariable)
          return session.wrap(try elemwise(op, inputs, context: session.typing))
        }
      }
    }
    module.defineFunction("round") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack("round", ["a", "mode?"])
      let op = try roundingOp(values[1])
      return try session.building(interpreter) {
        session.wrap(try elemwise(op, [try session.asVariable(values[0]!)], context: session.typing))
      }
    }
    module.defineFunction("iround") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack("iround", ["a", "mode?"])
      let op = try roundingOp(values[1])
      return try session.building(interpreter) {
        let rounded = try elemwise(op, [try session.asVariable(values[0]!)], context: session.typing)
        return session.wrap(try cast(rounded, .int64))
      }
    }
    module.defineFunction("TensorType") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack("TensorType", ["dtype", "broadcastable", "name?"])
      guard case .str(let text)? = values[0], let dtype = DType(numpyName: text) else {
        let shown = values[0].map { value -> String in
          if case .str(let text) = value { return text }
          return (try? interpreter.str(value)) ?? ""
        } ?? ""
        throw PyException.typeError("Unsupported dtype for TensorType: \(shown)")
      }
      let pattern = try (sequenceItems(values[1]!) ?? []).map { try session.interpreterTruth($0) }
      return .object(TypeObject(TensorType(dtype, pattern), type: session.types.tensorType))
    }
    return module
  }
}

/// `tensordot`'s `axes`: an int, or two axes or lists of axes.
func tensorDotAxes(_ value: PyValue) throws -> TensorDotAxes {
  if case .int(let count) = value { return .count(count) }
  guard let pair = sequenceItems(value), pair.count == 2 else {
    throw PyException.valueError(
      "Axes should be an integer or a list/tuple of len 2 (\(value) was provided)")
  }
  let lists = try pair.map { item -> [Int] in
    if case .int(let axis) = item { return [axis] }
    return try (sequenceItems(item) ?? []).map { entry in
      guard case .int(let axis) = entry else { throw PyException.typeError("axes must be integers") }
      return axis
    }
  }
  return .pairs(lists[0], lists[1])
}

extension TheanoSession {
  /// `T.stack`: scalars become a `MakeVector`; tensors are joined along a new axis.
  func stack(_ items: [PyValue], axis: Int) throws -> Variable {
    let variables = try items.map(asVariable)
    if variables.allSatisfy({ $0.ndim == 0 }) && axis == 0 { return try stackScalars(items) }
    let padded = try variables.map { variable -> Variable in
      var order = (0..<variable.ndim).map { DimShuffle.Entry.axis($0) }
      order.insert(.broadcast, at: axis < 0 ? axis + variable.ndim + 1 : axis)
      return try dimshuffle(variable, order)
    }
    return try join(constant(.int(Int64(axis)), context: typing), padded, context: typing)
  }

  func interpreterTruth(_ value: PyValue) throws -> Bool {
    switch value {
    case .bool(let flag): return flag
    case .int(let number): return number != 0
    default: throw PyException.typeError("broadcastable must be a sequence of booleans")
    }
  }
}

/// The scalar op of `T.round`/`T.iround`'s `mode` (Theano's default `half_to_even`).
private func roundingOp(_ mode: PyValue?) throws -> ScalarOp {
  guard case .str(let name)? = mode else { return .roundHalfToEven }
  switch name {
  case "half_to_even": return .roundHalfToEven
  case "half_away_from_zero": return .roundHalfAwayFromZero
  default: throw PyException(ExceptionTypes.exception, "round mode \(name) is not implemented.")
  }
}
