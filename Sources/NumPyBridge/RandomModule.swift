import MiniPython
import NumericArrays

/// `numpy.random`: the legacy global `RandomState` functions and the `RandomState` class.
enum RandomModule {
  /// A `numpy.random.RandomState` instance.
  final class PyRandomState: PyObject {
    var state = RandomState()
  }

  nonisolated(unsafe) static let randomStateType: PyType = {
    let type = PyType(name: "RandomState", module: "numpy.random.mtrand", base: nil) { PyRandomState(type: $0) }
    type.defineMethod("__init__") { interp, a in
      let p = try a.unpack("RandomState", ["self", "seed?"])
      let this = try a.receiver(as: PyRandomState.self, method: "RandomState")
      try reseed(this.state, p[1], interp)
      return .none
    }
    install(on: { name, body in type.defineMethod(name) { interp, a in
      let this = try a.receiver(as: PyRandomState.self, method: name)
      var rest = a
      rest.positional.removeFirst()
      return try body(this.state, interp, rest)
    } })
    return type
  }()

  static func make(_ interp: Interpreter) throws -> PyModule {
    let m = PyModule(name: "numpy.random")
    let global = RandomState()
    install(on: { name, body in m.defineFunction(name) { interp, a in try body(global, interp, a) } })
    m.defineClass(randomStateType)
    return m
  }

  static func reseed(_ state: RandomState, _ seed: PyValue?, _ interp: Interpreter) throws {
    guard let seed, !Conversion.isNone(seed) else { return try bridged { try state.seed(nil) } }
    if seed.object is PyList || seed.object is PyTuple || seed.object is PyNDArray {
      let words = try Conversion.array(seed, interp).scalars.map(\.intValue)
      return try bridged { try state.seed(array: words) }
    }
    let value = try interp.index(seed)
    try bridged { try state.seed(value) }
  }

  typealias Body = (RandomState, Interpreter, Arguments) throws -> PyValue

  /// The result for `size`: a Python scalar when no size was given, else an ndarray.
  static func result(_ x: NDArray, sized: Bool) throws -> PyValue {
    sized ? NumPy.wrap(x) : Conversion.python(try bridged { try x.item() })
  }

  static func size(_ v: PyValue?, _ interp: Interpreter) throws -> [Int]? {
    guard let v, !Conversion.isNone(v) else { return nil }
    return try Conversion.shape(v, interp)
  }

  static func number(_ v: PyValue?, _ interp: Interpreter, _ fallback: Double) throws -> Double {
    guard let v else { return fallback }
    return try Conversion.array(v, interp).doubles.first ?? fallback
  }

  static func install(on define: (String, @escaping Body) -> Void) {
    define("seed") { state, interp, a in
      let p = try a.unpack("seed", ["seed?"])
      try reseed(state, p[0], interp)
      return .none
    }
    for name in ["random_sample", "random", "sample", "ranf"] {
      define(name) { state, interp, a in
        let p = try a.unpack(name, ["size?"])
        let shape = try size(p[0], interp)
        return try result(try bridged { try state.randomSample(size: shape) }, sized: shape != nil)
      }
    }
    define("rand") { state, interp, a in
      let dims = try a.positional.map { try interp.index($0) }
      return try result(try bridged { try state.randomSample(size: dims.isEmpty ? nil : dims) }, sized: !dims.isEmpty)
    }
    define("randn") { state, interp, a in
      let dims = try a.positional.map { try interp.index($0) }
      return try result(try bridged { try state.standardNormal(size: dims.isEmpty ? nil : dims) }, sized: !dims.isEmpty)
    }
    define("standard_normal") { state, interp, a in
      let p = try a.unpack("standard_normal", ["size?"])
      let shape = try size(p[0], interp)
      return try result(try bridged { try state.standardNormal(size: shape) }, sized: shape != nil)
    }
    define("normal") { state, interp, a in
      let p = try a.unpack("normal", ["loc?", "scale?", "size?"])
      let shape = try size(p[2], interp)
      let (loc, scale) = (try number(p[0], interp, 0), try number(p[1], interp, 1))
      return try result(try bridged { try state.normal(loc: loc, scale: scale, size: shape) }, sized: shape != nil)
    }
    define("uniform") { state, interp, a in
      let p = try a.unpack("uniform", ["low?", "high?", "size?"])
      let shape = try size(p[2], interp)
      let (low, high) = (try number(p[0], interp, 0), try number(p[1], interp, 1))
      return try result(try bridged { try state.uniform(low: low, high: high, size: shape) }, sized: shape != nil)
    }
    define("randint") { state, interp, a in
      let p = try a.unpack("randint", ["low", "high?", "size?", "dtype?"])
      let low = Int64(try interp.index(p[0]!))
      let high = try p[1].flatMap { Conversion.isNone($0) ? nil : Int64(try interp.index($0)) }
      let shape = try size(p[2], interp)
      let dtype = try Conversion.dtype(p[3]) ?? .int64
      let x = try bridged { try state.randint(low: low, high: high, size: shape, dtype: dtype) }
      if shape == nil && dtype != .int64 { return NumPy.wrapResult(x) }
      return try result(x, sized: shape != nil)
    }
    define("binomial") { state, interp, a in
      let p = try a.unpack("binomial", ["n", "p", "size?"])
      let shape = try size(p[2], interp)
      let n = Int64(try interp.index(p[0]!))
      let probability = try number(p[1], interp, 0)
      return try result(try bridged { try state.binomial(n: n, p: probability, size: shape) }, sized: shape != nil)
    }
    define("permutation") { state, interp, a in
      let p = try a.unpack("permutation", ["x"])
      if case .int(let n) = p[0]! { return NumPy.wrap(try bridged { try state.permutation(n) }) }
      return NumPy.wrap(try bridged { try state.permutation(try Conversion.array(p[0]!, interp)) })
    }
    define("shuffle") { state, interp, a in
      let p = try a.unpack("shuffle", ["x"])
      guard let target = p[0]!.object as? PyNDArray else {
        throw PyException.typeError("shuffle of Python lists is not supported here; use an ndarray")
      }
      try bridged { try state.shuffle(target.array) }
      return .none
    }
    define("choice") { state, interp, a in
      let p = try a.unpack("choice", ["a", "size?", "replace?", "p?"])
      let shape = try size(p[1], interp)
      let replace = try Conversion.bool(p[2], interp, default: true)
      let weights = try p[3].flatMap { Conversion.isNone($0) ? nil : try Conversion.array($0, interp).doubles }
      let x: NDArray
      if case .int(let n) = p[0]! {
        x = try bridged { try state.choice(populationSize: n, size: shape, replace: replace, p: weights) }
      } else {
        let population = try Conversion.array(p[0]!, interp)
        x = try bridged { try state.choice(population, size: shape, replace: replace, p: weights) }
      }
      return shape == nil ? NumPy.wrapResult(x) : NumPy.wrap(x)
    }
  }
}
