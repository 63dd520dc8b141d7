import Foundation
import MiniPython
import NumericArrays

/// The `numpy` module: creation functions, ufuncs, reductions, shape functions, constants, dtypes.
enum NumPyModule {
  static func make(_ interp: Interpreter) throws -> PyModule {
    let m = PyModule(name: "numpy")
    m.defineClass(NumPyTypes.ndarray)
    m.defineClass(NumPyTypes.dtypeType)
    m.defineClass(NumPyTypes.generic)
    for (dtype, type) in NumPyTypes.scalarTypes { m[dtype == .bool ? "bool_" : dtype.name] = .object(type) }
    for (alias, dtype) in [("float_", DType.float64), ("double", .float64), ("single", .float32), ("half", .float16),
      ("int_", .int64), ("intc", .int32), ("byte", .int8), ("ubyte", .uint8), ("short", .int16), ("bool8", .bool),
      ("complex_", .complex128), ("cdouble", .complex128), ("cfloat", .complex128), ("csingle", .complex64)] {
      m[alias] = .object(NumPyTypes.scalarType(dtype))
    }
    // numpy 1.23's deprecated aliases of the builtins.
    m["float"] = .object(BuiltinTypes.float)
    m["int"] = .object(BuiltinTypes.int)
    m["bool"] = .object(BuiltinTypes.bool)
    m["AxisError"] = .object(Errors.axisError)
    m["pi"] = .float(Double.pi)
    m["e"] = .float(M_E)
    m["inf"] = .float(.infinity)
    m["nan"] = .float(.nan)
    m["newaxis"] = PyValue.none
    m["__version__"] = .str("1.23.5")
    Creation.install(on: m)
    Ufuncs.install(on: m)
    Functions.install(on: m)
    ComplexFunctions.install(on: m)
    let random = try RandomModule.make(interp)
    interp.registerModule(random)
    m["random"] = .object(random)
    return m
  }
}

/// `array`, `asarray`, `zeros`, `ones`, `empty`, `full`, the `*_like` functions, `arange`,
/// `linspace`, `eye`, `identity`.
enum Creation {
  static func install(on m: PyModule) {
    m.defineFunction("array") { interp, a in
      let p = try a.unpack("array", ["object", "dtype?", "*", "copy?", "order?", "subok?", "ndmin?"])
      let dtype = try Conversion.dtype(p[1])
      var x = try Conversion.array(p[0]!, interp, dtype: dtype)
      if NumPy.arrayIfNumpy(p[0]!) != nil && dtype == nil { x = x.copy() }
      let ndmin = try p[5].map { try interp.index($0) } ?? 0
      if x.ndim < ndmin { x = try bridged { try x.reshaped(Array(repeating: 1, count: ndmin - x.ndim) + x.shape) } }
      return NumPy.wrap(x)
    }
    m.defineFunction("asarray") { interp, a in
      let p = try a.unpack("asarray", ["a", "dtype?", "order?"])
      let dtype = try Conversion.dtype(p[1])
      if let existing = NumPy.arrayIfNumpy(p[0]!), p[0]!.object is PyNDArray, dtype == nil || dtype == existing.dtype {
        return p[0]!
      }
      return NumPy.wrap(try bridged { try Conversion.array(p[0]!, interp, dtype: dtype) })
    }
    for name in ["zeros", "ones", "empty"] {
      m.defineFunction(name) { interp, a in
        let p = try a.unpack(name, ["shape", "dtype?", "order?"])
        let shape = try Conversion.shape(p[0]!, interp)
        let dtype = try Conversion.dtype(p[1]) ?? .float64
        return NumPy.wrap(try bridged { name == "ones" ? try NDArray.ones(shape, dtype: dtype) : try NDArray.zeros(shape, dtype: dtype) })
      }
      m.defineFunction(name + "_like") { interp, a in
        let p = try a.unpack(name + "_like", ["a", "dtype?", "order?", "subok?", "shape?"])
        let source = try Conversion.array(p[0]!, interp)
        let dtype = try Conversion.dtype(p[1]) ?? source.dtype
        let shape = try p[4].map { try Conversion.shape($0, interp) } ?? source.shape
        return NumPy.wrap(try bridged { name == "ones" ? try NDArray.ones(shape, dtype: dtype) : try NDArray.zeros(shape, dtype: dtype) })
      }
    }
    m.defineFunction("full") { interp, a in
      let p = try a.unpack("full", ["shape", "fill_value", "dtype?", "order?"])
      let shape = try Conversion.shape(p[0]!, interp)
      let fill = try Conversion.array(p[1]!, interp)
      let dtype = try Conversion.dtype(p[2]) ?? fill.dtype
      return NumPy.wrap(try bridged { try NDArray.full(shape, try fill.item(), dtype: dtype) })
    }
    m.defineFunction("full_like") { interp, a in
      let p = try a.unpack("full_like", ["a", "fill_value", "dtype?"])
      let source = try Conversion.array(p[0]!, interp)
      let fill = try Conversion.array(p[1]!, interp)
      let dtype = try Conversion.dtype(p[2]) ?? source.dtype
      return NumPy.wrap(try bridged { try NDArray.full(source.shape, try fill.item(), dtype: dtype) })
    }
    m.defineFunction("arange") { interp, a in
      let p = try a.unpack("arange", ["start", "stop?", "step?", "dtype?"])
      func scalar(_ v: PyValue) throws -> Scalar {
        guard let s = Conversion.scalar(v) ?? (try? NumPy.arrayIfNumpy(v)?.item()) ?? nil else {
          throw PyException.typeError("unsupported operand type(s) for -: '\(v.typeName)' and 'int'")
        }
        return s
      }
      let dtype = try Conversion.dtype(p[3])
      let stopGiven = p[1].map { !Conversion.isNone($0) } ?? false
      let start = stopGiven ? try scalar(p[0]!) : .int(0)
      let stop = stopGiven ? try scalar(p[1]!) : try scalar(p[0]!)
      let step = try p[2].map(scalar) ?? .int(1)
      return NumPy.wrap(try bridged { try NDArray.arange(start: start, stop: stop, step: step, dtype: dtype) })
    }
    m.defineFunction("linspace") { interp, a in
      let p = try a.unpack("linspace", ["start", "stop", "num?", "endpoint?", "retstep?", "dtype?"])
      let start = try Conversion.array(p[0]!, interp).doubles.first ?? 0
      let stop = try Conversion.array(p[1]!, interp).doubles.first ?? 0
      let num = try p[2].map { try interp.index($0) } ?? 50
      let endpoint = try Conversion.bool(p[3], interp, default: true)
      let dtype = try Conversion.dtype(p[5]) ?? .float64
      return NumPy.wrap(try bridged {
        try NDArray.linspace(start: start, stop: stop, num: num, endpoint: endpoint, dtype: dtype)
      })
    }
    m.defineFunction("eye") { interp, a in
      let p = try a.unpack("eye", ["N", "M?", "k?", "dtype?"])
      let n = try interp.index(p[0]!)
      let columns = try p[1].flatMap { Conversion.isNone($0) ? nil : try interp.index($0) }
      let k = try p[2].map { try interp.index($0) } ?? 0
      let dtype = try Conversion.dtype(p[3]) ?? .float64
      return NumPy.wrap(try bridged { try NDArray.eye(n, columns, k: k, dtype: dtype) })
    }
    m.defineFunction("identity") { interp, a in
      let p = try a.unpack("identity", ["n", "dtype?"])
      let dtype = try Conversion.dtype(p[1]) ?? .float64
      return NumPy.wrap(try bridged { try NDArray.identity(try interp.index(p[0]!), dtype: dtype) })
    }
  }
}
