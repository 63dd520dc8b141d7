import MiniPython
import SymbolicTensor

/// `theano.compile` and `theano.compile.mode`: mode objects (`get_default_mode()`, `FAST_RUN`,
/// `FAST_COMPILE`, `Mode`) with `including`/`excluding`/`requiring`.
enum CompileModule {
  static func make(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.compile")
    module["mode"] = .object(session.submodule("theano.compile.mode", makeMode))
    module["nanguardmode"] = .object(
      session.submodule("theano.compile.nanguardmode", makeNanGuardMode))
    return module
  }

  /// `theano.compile.nanguardmode`: `NanGuardMode(nan_is_error, inf_is_error, big_is_error,
  /// optimizer='default')`, each check on unless turned off.
  static func makeNanGuardMode(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.compile.nanguardmode")
    let guardType = PyType(name: "NanGuardMode", module: "theano.compile.nanguardmode", base: session.types.mode)
    module.defineFunction("NanGuardMode") { [unowned session] interpreter, arguments in
      let values = try arguments.unpack(
        "NanGuardMode", ["nan_is_error?", "inf_is_error?", "big_is_error?", "optimizer?", "linker?"])
      let flags = try values[0..<3].map { value -> Bool in
        switch value {
        case nil, .none?: return true
        case let given?: return try interpreter.truthy(given)
        }
      }
      var optimizer = session.flags.optimizer
      if case .str(let text)? = values[3], text != "default" { optimizer = text }
      let checks = try session.bridged {
        try NanGuard(nanIsError: flags[0], infIsError: flags[1], bigIsError: flags[2])
      }
      return .object(
        ModeObject(Mode(query: Mode.query(optimizer: optimizer), linker: .nanGuard(checks)), type: guardType))
    }
    return module
  }

  static func makeMode(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.compile.mode")
    let modeType = session.types.mode
    let edits: [(String, (Mode, [String]) -> Mode)] = [
      ("excluding", { mode, names in var copy = mode; copy.query = copy.query.excluding(names); return copy }),
      ("including", { mode, names in var copy = mode; copy.query = copy.query.including(names); return copy }),
      ("requiring", { mode, names in
        var copy = mode
        var query = copy.query
        query.require.formUnion(names)
        copy.query = query
        return copy
      }),
    ]
    for (name, edit) in edits {
      modeType.defineMethod(name) { _, arguments in
        let me = try arguments.receiver(as: ModeObject.self, method: "Mode.\(name)")
        let names = try arguments.positional.dropFirst().map { value -> String in
          guard case .str(let text) = value else { throw PyException.typeError("\(name) takes names") }
          return text
        }
        return .object(ModeObject(edit(me.mode, names), type: modeType))
      }
    }
    module.defineFunction("get_default_mode") { [unowned session] _, _ in
      .object(ModeObject(try session.bridged { try Mode.named(nil, flags: session.flags) }, type: modeType))
    }
    for name in ["FAST_RUN", "FAST_COMPILE"] {
      if let mode = try? Mode.named(name, flags: session.flags) {
        module[name] = .object(ModeObject(mode, type: modeType))
      }
    }
    return module
  }
}
