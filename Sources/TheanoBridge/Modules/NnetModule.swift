import MiniPython
import SymbolicGraph
import SymbolicTensor

/// `theano.tensor.nnet`: the neural-network element-wise functions in scope (`sigmoid`,
/// `softplus`).
enum NnetModule {
  static func make(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.tensor.nnet")
    for (name, op) in [
      ("sigmoid", ScalarOp.sigmoid), ("softplus", .softplus), ("ultra_fast_sigmoid", .ultraFastSigmoid),
    ] {
      module.defineFunction(name) { [unowned session] interpreter, arguments in
        try arguments.expect(name, count: 1)
        return try session.building(interpreter) {
          session.wrap(try elemwise(op, [try session.asVariable(arguments.positional[0])], context: session.typing))
        }
      }
    }
    module.defineFunction("hard_sigmoid") { [unowned session] interpreter, arguments in
      try arguments.expect("hard_sigmoid", count: 1)
      return try session.building(interpreter) {
        let context = session.typing
        let x = try session.asVariable(arguments.positional[0])
        let scaled = try elemwise(.mul, [x, try session.asVariable(.float(0.2))], context: context)
        let shifted = try elemwise(.add, [scaled, try session.asVariable(.float(0.5))], context: context)
        return session.wrap(
          try elemwise(
            .clip, [shifted, try session.asVariable(.int(0)), try session.asVariable(.int(1))],
            context: context))
      }
    }
    module.defineFunction("softmax") { [unowned session] interpreter, arguments in
      try arguments.expect("softmax", count: 1)
      return try session.building(interpreter) {
        session.wrap(try softmax(try session.asVariable(arguments.positional[0])))
      }
    }
    module.defineFunction("relu") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack("relu", ["x", "alpha?"])
      return try session.building(interpreter) {
        session.wrap(try session.relu(try session.asVariable(values[0]!), alpha: values[1] ?? .int(0)))
      }
    }
    module.defineFunction("binary_crossentropy") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack("binary_crossentropy", ["output", "target"])
      return try session.building(interpreter) {
        let output = try session.asVariable(values[0]!)
        let target = try session.asVariable(values[1]!)
        let one = { try session.asVariable(.float(1.0)) }
        let context = session.typing
        let positive = try elemwise(.mul, [target, try elemwise(.log, [output], context: context)], context: context)
        let negative = try elemwise(
          .mul,
          [try elemwise(.sub, [try one(), target], context: context),
           try elemwise(.log, [try elemwise(.sub, [try one(), output], context: context)], context: context)],
          context: context)
        return session.wrap(
          try elemwise(.neg, [try elemwise(.add, [positive, negative], context: context)], context: context))
      }
    }
    module.defineFunction("categorical_crossentropy") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack("categorical_crossentropy", ["coding_dist", "true_dist"])
      return try session.building(interpreter) {
        let coding = try session.asVariable(values[0]!)
        let truth = try session.asVariable(values[1]!)
        if truth.ndim == coding.ndim {
          let context = session.typing
          let product = try elemwise(.mul, [truth, try elemwise(.log, [coding], context: context)], context: context)
          return session.wrap(
            try elemwise(.neg, [try sum(product, axis: [coding.ndim - 1])], context: context))
        }
        guard truth.ndim == coding.ndim - 1 else {
          throw PyException.typeError("rank mismatch between coding and true distributions")
        }
        return session.wrap(try CrossentropyCategorical1Hot()(coding, truth))
      }
    }
    return module
  }
}

extension TheanoSession {
  /// Theano's `relu`: `0.5 * (x + abs(x))`, or `f1 * x + f2 * abs(x)` with
  /// `f1 = 0.5 * (1 + alpha)`, `f2 = 0.5 * (1 - alpha)`.
  func relu(_ x: Variable, alpha: PyValue) throws -> Variable {
    let half = try asVariable(.float(0.5))
    let magnitude = try elemwise(.abs, [x], context: typing)
    var isZero = false
    switch alpha {
    case .int(0): isZero = true
    case .float(let value) where value == 0: isZero = true
    default: break
    }
    if isZero {
      return try elemwise(.mul, [half, try elemwise(.add, [x, magnitude], context: typing)], context: typing)
    }
    let slope = try asVariable(alpha)
    let one = try asVariable(.int(1))
    let f1 = try elemwise(.mul, [half, try elemwise(.add, [one, slope], context: typing)], context: typing)
    let f2 = try elemwise(.mul, [try asVariable(.float(0.5)), try elemwise(.sub, [try asVariable(.int(1)), slope], context: typing)], context: typing)
    return try elemwise(
      .add,
      [try elemwise(.mul, [f1, x], context: typing), try elemwise(.mul, [f2, magnitude], context: typing)],
      context: typing)
  }
}
