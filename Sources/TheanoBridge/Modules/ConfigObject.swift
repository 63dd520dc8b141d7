import MiniPython
import NumericArrays
import SymbolicTensor

/// `theano.config`: reading and setting the flags of the session.
final class ConfigObject: PyObject {
  unowned let session: TheanoSession

  init(session: TheanoSession) {
    self.session = session
    super.init(type: session.types.config)
    let names = [
      "floatX", "mode", "optimizer", "optimizer_excluding", "optimizer_including",
      "optimizer_requiring", "exception_verbosity", "compute_test_value",
    ]
    for name in names {
      session.types.config.defineProperty(
        name,
        get: { [unowned session] _, _ in .str(session.flags.text(of: name)) },
        set: { [unowned session] _, _, value in
          if name.hasPrefix("optimizer_") && name != "optimizer" {
            throw PyException(
              ExceptionTypes.exception,
              "Can't change the value of this config parameter after initialization!")
          }
          guard case .str(let text) = value else {
            throw PyException.typeError("theano.config.\(name) must be a string")
          }
          try session.bridged { try session.flags.set(name, text) }
        })
    }
  }
}

extension TheanoFlags {
  /// The flag's value as `theano.config` shows it.
  func text(of name: String) -> String {
    switch name {
    case "floatX": return floatX.name
    case "mode": return mode
    case "optimizer": return optimizer
    case "optimizer_excluding": return optimizerExcluding.joined(separator: ":")
    case "optimizer_including": return optimizerIncluding.joined(separator: ":")
    case "optimizer_requiring": return optimizerRequiring.joined(separator: ":")
    case "exception_verbosity": return exceptionVerbosity
    case "compute_test_value": return computeTestValue
    default: return other[name] ?? ""
    }
  }
}
