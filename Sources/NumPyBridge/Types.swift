import Foundation
import MiniPython
import NumericArrays

/// The Python classes of the bridge: `numpy.ndarray`, `numpy.dtype` and the scalar types.
enum NumPyTypes {
  nonisolated(unsafe) static let ndarray: PyType = {
    let type = PyType(name: "ndarray", module: "numpy", base: nil)
    ArrayMethods.install(on: type, scalar: false)
    ArrayOperators.install(on: type, inPlace: true)
    return type
  }()

  /// `numpy.generic`: the base of the scalar types, with the array methods.
  nonisolated(unsafe) static let generic: PyType = {
    let type = PyType(name: "generic", module: "numpy", base: nil)
    ArrayMethods.install(on: type, scalar: true)
    ArrayOperators.install(on: type, inPlace: false)
    ScalarProtocol.install(on: type)
    return type
  }()

  nonisolated(unsafe) static let scalarTypes: [DType: PyType] = {
    var types: [DType: PyType] = [:]
    for dtype in DType.allCases {
      let type = PyType(name: dtype == .bool ? "bool_" : dtype.name, module: "numpy", base: generic)
      type.defineStaticMethod("__new__") { interp, a in
        let p = try a.unpack(type.name, ["cls", "x?"])
        return try bridged {
          guard let x = p[1] else { return NumPy.wrapResult(NDArray(scalar: .int(0), dtype: dtype)) }
          if case .str(let text) = x {
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
              throw PyException.valueError("could not convert string to float: '\(text)'")
            }
            return NumPy.wrapResult(NDArray(scalar: .float(value), dtype: dtype))
          }
          return NumPy.wrapResult(try Conversion.array(x, interp, dtype: dtype))
        }
      }
      if dtype.isComplex { ScalarProtocol.installComplex(on: type) }
      types[dtype] = type
    }
    return types
  }()

  static func scalarType(_ dtype: DType) -> PyType { scalarTypes[dtype] ?? generic }

  static func dtype(ofScalarType type: PyType) -> DType? {
    scalarTypes.first { $0.value === type }?.key
  }

  /// `numpy.dtype`: `dtype('float32')`, with `name`, `itemsize`, `kind`, `char`, `type`.
  nonisolated(unsafe) static let dtypeType: PyType = {
    let type = PyType(name: "dtype", module: "numpy", base: nil)
    func this(_ v: PyValue) -> DType { (v.object as? PyDType)?.dtype ?? .float64 }
    type.defineStaticMethod("__new__") { _, a in
      let p = try a.unpack("dtype", ["cls", "dtype"])
      guard let dtype = try Conversion.dtype(p[1]) else { return .object(PyDType(.float64)) }
      return .object(PyDType(dtype))
    }
    type.defineMethod("__repr__") { _, a in .str("dtype('\(this(a.receiver).name)')") }
    type.defineMethod("__str__") { _, a in .str(this(a.receiver).name) }
    type.defineMethod("__eq__") { _, a in
      guard let other = try? Conversion.dtype(a.positional[1]) else { return .bool(false) }
      return .bool(other == this(a.receiver))
    }
    type.defineMethod("__ne__") { _, a in
      guard let other = try? Conversion.dtype(a.positional[1]) else { return .bool(true) }
      return .bool(other != this(a.receiver))
    }
    type.defineMethod("__hash__") { _, a in .int(this(a.receiver).name.hashValue) }
    type.defineProperty("name") { _, v in .str(this(v).name) }
    type.defineProperty("itemsize") { _, v in .int(this(v).itemSize) }
    type.defineProperty("kind") { _, v in .str(String(this(v).kind)) }
    type.defineProperty("char") { _, v in .str(String(this(v).typeChar)) }
    type.defineProperty("type") { _, v in .object(scalarType(this(v))) }
    return type
  }()
}

/// Python number protocol of numpy scalars: `float(x)`, `int(x)`, `bool(x)`, indexing, hashing.
enum ScalarProtocol {
  /// `complex(x)` of `complex64`/`complex128` scalars (numpy's other scalars have no `__complex__`).
  static func installComplex(on type: PyType) {
    type.defineMethod("__complex__") { _, a in
      guard let s = a.receiver.object as? PyNumpyScalar else { return .complex(0, 0) }
      if case .complex(let re, let im) = s.item { return .complex(re, im) }
      return .complex(s.item.doubleValue, 0)
    }
  }

  static func install(on type: PyType) {
    func value(_ v: PyValue) -> Scalar { (v.object as? PyNumpyScalar)?.item ?? .int(0) }
    type.defineMethod("__float__") { _, a in .float(value(a.receiver).doubleValue) }
    type.defineMethod("__int__") { _, a in
      let v = value(a.receiver)
      if case .float(let d) = v {
        guard d.isFinite else { throw PyException.overflow("cannot convert float infinity to integer") }
        return .int(Int(d))
      }
      return .int(v.intValue)
    }
    type.defineMethod("__index__") { _, a in
      guard let s = a.receiver.object as? PyNumpyScalar, !s.value.dtype.isFloatingPoint else {
        throw PyException.typeError("'\(a.receiver.typeName)' object cannot be interpreted as an integer")
      }
      return .int(value(a.receiver).intValue)
    }
    type.defineMethod("__hash__") { _, a in
      let d = value(a.receiver).doubleValue
      return .int(d == d.rounded() && d.magnitude < 1e18 ? Int(d) : d.hashValue)
    }
  }
}
