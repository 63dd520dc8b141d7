import MiniPython
import NumericArrays

/// `theano.scalar` and `theano.scalar.basic`: `autocast_float_as(*dtypes)`, the context manager
/// that changes which dtypes Python floats may become while it is active.
enum ScalarModule {
  static func make(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.scalar")
    let basic = session.submodule("theano.scalar.basic", makeBasic)
    module["basic"] = .object(basic)
    module["autocast_float_as"] = basic["autocast_float_as"]
    return module
  }

  static func makeBasic(_ session: TheanoSession) -> PyModule {
    let module = PyModule(name: "theano.scalar.basic")
    let managerType = PyType(name: "autocast_float_as", module: "theano.scalar.basic", base: nil)
    module.defineFunction("autocast_float_as") { _, arguments in
      let dtypes = try arguments.positional.map { value -> DType in
        guard case .str(let name) = value, let dtype = DType(numpyName: name), !dtype.isComplex else {
          throw PyException.typeError("autocast_float_as takes dtype names")
        }
        return dtype
      }
      return .object(AutocastFloatAs(dtypes, type: managerType))
    }
    managerType.defineMethod("__enter__") { [unowned session] _, arguments in
      let me = try arguments.receiver(as: AutocastFloatAs.self, method: "autocast_float_as.__enter__")
      me.previous = session.floatAutocast
      session.floatAutocast = me.dtypes
      return .none
    }
    managerType.defineMethod("__exit__") { [unowned session] _, arguments in
      let me = try arguments.receiver(as: AutocastFloatAs.self, method: "autocast_float_as.__exit__")
      if let previous = me.previous { session.floatAutocast = previous }
      return .none
    }
    return module
  }
}

/// An `autocast_float_as` context manager: its dtypes, and those it replaced while active.
final class AutocastFloatAs: PyObject {
  let dtypes: [DType]
  var previous: [DType]?

  init(_ dtypes: [DType], type: PyType) {
    self.dtypes = dtypes
    super.init(type: type)
  }
}
