import MiniPython
import NumericArrays

/// numpy's ufuncs as module functions (`numpy.exp`, `numpy.add`, ...).
enum Ufuncs {
  static let unary: [(String, UnaryOperation)] = [
    ("negative", .negative), ("positive", .positive), ("absolute", .absolute), ("abs", .absolute),
    ("fabs", .absolute), ("sign", .sign), ("square", .square), ("reciprocal", .reciprocal),
    ("logical_not", .logicalNot), ("invert", .invert), ("bitwise_not", .invert), ("isnan", .isnan),
    ("isinf", .isinf), ("isfinite", .isfinite), ("signbit", .signbit),
  ] + UnaryFloatFunction.allCases.map { ($0.rawValue, UnaryOperation.float($0)) }

  static let binary: [(String, BinaryOperation)] =
    BinaryOperation.allCases.map { ($0.ufuncName, $0) } + [
      ("divide", .trueDivide), ("mod", .remainder), ("arctan2", .arctan2),
    ]

  static func install(on m: PyModule) {
    let parts: [(String, (NDArray) -> NDArray)] = [
      ("real", \.realPart), ("imag", \.imagPart), ("conj", { $0.conjugate() }),
      ("conjugate", { $0.conjugate() }),
    ]
    for (name, part) in parts {
      m.defineFunction(name) { interp, a in
        let p = try a.unpack(name, ["val"])
        return NumPy.wrapResult(part(try Conversion.array(p[0]!, interp)))
      }
    }
    for (name, operation) in unary {
      m.defineFunction(name) { interp, a in
        let p = try a.unpack(name, ["x", "out?", "*", "where?", "dtype?"])
        var x = try Conversion.array(p[0]!, interp)
        if let dtype = try Conversion.dtype(p[3]) { x = x.astype(dtype) }
        if name == "fabs" && x.dtype.isComplex {
          // numpy's fabs has real loops only (`absolute` has complex ones).
          throw PyException.typeError(
            "ufunc 'fabs' not supported for the input types, and the inputs could not be safely "
              + "coerced to any supported types according to the casting rule ''safe''")
        }
        let result = try bridged { try NDArray.apply(operation, x) }
        return try store(result, into: p[1])
      }
    }
    for (name, operation) in binary {
      m.defineFunction(name) { interp, a in
        let p = try a.unpack(name, ["x1", "x2", "out?", "*", "where?", "dtype?"])
        let x = try Conversion.array(p[0]!, interp)
        let y = try Conversion.array(p[1]!, interp)
        let result = try bridged { try NDArray.apply(operation, x, y) }
        return try store(result, into: p[2])
      }
    }
  }

  /// The ufunc result, or written into `out` (returned) when one is given.
  static func store(_ result: NDArray, into out: PyValue?) throws -> PyValue {
    guard let out, !Conversion.isNone(out) else { return NumPy.wrapResult(result) }
    guard let target = out.object as? PyNDArray else {
      throw PyException.typeError("return arrays must be of ArrayType")
    }
    try bridged { try target.array.assign(result) }
    return out
  }
}
