import MiniPython
import SymbolicTensor

/// `theano.tensor.nnet`: the neural-network element-wise functions in scope (`sigmoid`,
/// `softplus`).
enum NnetModule {
  static func make(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.tensor.nnet")
    for (name, op) in [("sigmoid", ScalarOp.sigmoid), ("softplus", .softplus)] {
      module.defineFunction(name) { [unowned session] interpreter, arguments in
        try arguments.expect(name, count: 1)
        return try session.building(interpreter) {
          session.wrap(try elemwise(op, [try session.asVariable(arguments.positional[0])], context: session.typing))
        }
      }
    }
    return module
  }
}
