import MiniPython
import NumericArrays

/// numpy's helpers for complex values written in Python there (`numpy.angle`, `iscomplex`,
/// `isreal`), with the same steps.
enum ComplexFunctions {
  static func install(on m: PyModule) {
    m.defineFunction("angle") { interp, a in
      let p = try a.unpack("angle", ["z", "deg?"])
      let z = try Conversion.array(p[0]!, interp)
      let (imag, real) = z.dtype.isComplex ? (z.imagPart, z.realPart) : (NDArray(scalar: .int(0)), z)
      var angle = try bridged { try NDArray.apply(.arctan2, imag, real) }
      if let deg = p[1], try interp.truthy(deg) {
        angle = try bridged { try NDArray.apply(.multiply, angle, NDArray(scalar: .float(180 / Double.pi))) }
      }
      return NumPy.wrapResult(angle)
    }
    m.defineFunction("iscomplex") { interp, a in
      let x = try Conversion.array(try a.unpack("iscomplex", ["x"])[0]!, interp)
      if x.dtype.isComplex {
        return NumPy.wrapResult(try bridged { try NDArray.apply(.notEqual, x.imagPart, NDArray(scalar: .int(0))) })
      }
      return NumPy.wrapResult(try bridged { try NDArray.zeros(x.shape, dtype: .bool) })
    }
    m.defineFunction("isreal") { interp, a in
      let x = try Conversion.array(try a.unpack("isreal", ["x"])[0]!, interp)
      return NumPy.wrapResult(try bridged { try NDArray.apply(.equal, x.imagPart, NDArray(scalar: .int(0))) })
    }
  }
}
