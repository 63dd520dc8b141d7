import MiniPython
import NumericArrays

/// The attributes and methods of `numpy.ndarray`, shared with the numpy scalar types.
enum ArrayMethods {
  /// The array behind an ndarray or numpy scalar receiver.
  static func array(_ v: PyValue) throws -> NDArray {
    guard let a = NumPy.arrayIfNumpy(v) else {
      throw PyException.typeError("descriptor requires a 'numpy.ndarray' object but received a '\(v.typeName)'")
    }
    return a
  }

  static func tuple(_ values: [Int]) -> PyValue { .tuple(values.map { .int($0) }) }

  static func install(on type: PyType, scalar: Bool) {
    type.defineProperty("shape") { _, v in tuple(try array(v).shape) }
    type.defineProperty("ndim") { _, v in .int(try array(v).ndim) }
    type.defineProperty("size") { _, v in .int(try array(v).size) }
    type.defineProperty("itemsize") { _, v in .int(try array(v).itemSize) }
    type.defineProperty("nbytes") { _, v in .int(try array(v).byteCount) }
    type.defineProperty("strides") { _, v in tuple(try array(v).byteStrides) }
    type.defineProperty("dtype") { _, v in .object(PyDType(try array(v).dtype)) }
    type.defineProperty("T") { _, v in wrap(try array(v).transposed, scalar) }
    // `.real` of a real array or scalar is the object itself (numpy's `array_real_get`).
    type.defineProperty("real") { _, v in
      let a = try array(v)
      return a.dtype.isComplex ? wrap(a.realPart, scalar) : v
    }
    type.defineProperty("imag") { _, v in wrap(try array(v).imagPart, scalar) }
    for name in ["conj", "conjugate"] {
      type.defineMethod(name) { _, a in wrap(try array(a.receiver).conjugate(), scalar) }
    }
    type.defineMethod("__repr__") { _, a in
      let x = try array(a.receiver)
      return .str(scalar ? NDArray.scalarRepr(try bridged { try x.item() }, dtype: x.dtype) : x.numpyRepr)
    }
    type.defineMethod("__str__") { _, a in
      let x = try array(a.receiver)
      return .str(scalar ? NDArray.scalarStr(try bridged { try x.item() }, dtype: x.dtype) : x.numpyStr)
    }
    installConversions(on: type, scalar: scalar)
    installReductions(on: type)
    installShapes(on: type, scalar: scalar)
  }

  /// An array result of a method: ndarray methods return arrays, scalar methods scalars.
  static func wrap(_ x: NDArray, _ scalar: Bool) -> PyValue { scalar ? NumPy.wrapResult(x) : NumPy.wrap(x) }

  private static func installConversions(on type: PyType, scalar: Bool) {
    type.defineMethod("astype") { interp, a in
      let p = try a.unpack("astype", ["self", "dtype"])
      guard let dtype = try Conversion.dtype(p[1]) else { return wrap(try array(a.receiver).copy(), scalar) }
      return wrap(try array(a.receiver).astype(dtype), scalar)
    }
    type.defineMethod("copy") { _, a in wrap(try array(a.receiver).copy(), scalar) }
    type.defineMethod("tolist") { _, a in Conversion.python(try array(a.receiver).toList()) }
    type.defineMethod("item") { interp, a in
      let x = try array(a.receiver)
      if a.positional.count > 1 {
        return Conversion.python(try bridged { try x.item(try interp.index(a.positional[1])) })
      }
      return Conversion.python(try bridged { try x.item() })
    }
    type.defineMethod("fill") { interp, a in
      let p = try a.unpack("fill", ["self", "value"])
      try bridged { try array(a.receiver).assign(try Conversion.array(p[1]!, interp)) }
      return .none
    }
    type.defineMethod("__bool__") { _, a in .bool(try bridged { try array(a.receiver).truthValue() }) }
    type.defineMethod("__len__") { _, a in
      let x = try array(a.receiver)
      guard x.ndim > 0 else { throw PyException.typeError("len() of unsized object") }
      return .int(x.shape[0])
    }
    type.defineMethod("__float__") { _, a in
      let x = try array(a.receiver)
      guard x.size == 1 else { throw PyException.typeError("only size-1 arrays can be converted to Python scalars") }
      return .float(try bridged { try x.item() }.doubleValue)
    }
    if !scalar {
      type.defineMethod("__complex__") { _, a in
        let x = try array(a.receiver)
        guard x.size == 1 else { throw PyException.typeError("only length-1 arrays can be converted to Python scalars") }
        let item = try bridged { try x.item() }
        if case .complex(let re, let im) = item { return .complex(re, im) }
        return .complex(item.doubleValue, 0)
      }
    }
    type.defineMethod("__int__") { _, a in
      let x = try array(a.receiver)
      guard x.size == 1 else { throw PyException.typeError("only size-1 arrays can be converted to Python scalars") }
      return .int(try bridged { try x.item() }.intValue)
    }
    type.defineMethod("__iter__") { _, a in
      let x = try array(a.receiver)
      guard x.ndim > 0 else { throw PyException.typeError("iteration over a 0-d array") }
      let items = try bridged { try (0..<x.shape[0]).map { NumPy.wrapResult(try x.get([.int($0)])) } }
      return .object(SequenceIterator(items))
    }
    type.defineMethod("__getitem__") { interp, a in
      let x = try array(a.receiver)
      let indices = try Conversion.indices(a.positional[1], interp)
      return NumPy.wrapResult(try bridged { try x.get(indices) })
    }
    type.defineMethod("__setitem__") { interp, a in
      let x = try array(a.receiver)
      let indices = try Conversion.indices(a.positional[1], interp)
      let value = try Conversion.array(a.positional[2], interp)
      try bridged { try x.set(indices, to: value) }
      return .none
    }
    type.defineMethod("__contains__") { interp, a in
      let x = try array(a.receiver)
      let item = try Conversion.array(a.positional[1], interp)
      return .bool(try bridged { try NDArray.apply(.equal, x, item).anyTrue })
    }
  }

  private static func installReductions(on type: PyType) {
    typealias Reduction = (NDArray, [Int]?, Bool) throws -> NDArray
    let reductions: [(String, Reduction)] = [
      ("sum", { try $0.sum(axes: $1, keepDims: $2) }), ("prod", { try $0.prod(axes: $1, keepDims: $2) }),
      ("mean", { try $0.mean(axes: $1, keepDims: $2) }), ("max", { try $0.max(axes: $1, keepDims: $2) }),
      ("min", { try $0.min(axes: $1, keepDims: $2) }), ("all", { try $0.all(axes: $1, keepDims: $2) }),
      ("any", { try $0.any(axes: $1, keepDims: $2) }),
    ]
    for (name, reduce) in reductions {
      type.defineMethod(name) { interp, a in
        let p = try a.unpack(name, ["self", "axis?", "dtype?", "out?", "keepdims?"])
        let axes = try Conversion.axes(p[1], interp)
        let keep = try Conversion.bool(p[4], interp, default: false)
        var x = try array(a.receiver)
        if let dtype = try Conversion.dtype(p[2]) { x = x.astype(dtype) }
        return NumPy.wrapResult(try bridged { try reduce(x, axes, keep) })
      }
    }
    for (name, isStd) in [("std", true), ("var", false)] {
      type.defineMethod(name) { interp, a in
        let p = try a.unpack(name, ["self", "axis?", "dtype?", "out?", "ddof?", "keepdims?"])
        let axes = try Conversion.axes(p[1], interp)
        let ddof = try p[4].map { try interp.index($0) } ?? 0
        let keep = try Conversion.bool(p[5], interp, default: false)
        let x = try array(a.receiver)
        return NumPy.wrapResult(try bridged {
          isStd ? try x.standardDeviation(axes: axes, keepDims: keep, ddof: ddof)
            : try x.variance(axes: axes, keepDims: keep, ddof: ddof)
        })
      }
    }
    for (name, isMax) in [("argmax", true), ("argmin", false)] {
      type.defineMethod(name) { interp, a in
        let p = try a.unpack(name, ["self", "axis?", "out?", "*", "keepdims?"])
        let axis = try p[1].flatMap { Conversion.isNone($0) ? nil : try interp.index($0) }
        let keep = try Conversion.bool(p[3], interp, default: false)
        let x = try array(a.receiver)
        return NumPy.wrapResult(try bridged {
          isMax ? try x.argmax(axis: axis, keepDims: keep) : try x.argmin(axis: axis, keepDims: keep)
        })
      }
    }
    for (name, isSum) in [("cumsum", true), ("cumprod", false)] {
      type.defineMethod(name) { interp, a in
        let p = try a.unpack(name, ["self", "axis?", "dtype?", "out?"])
        let axis = try p[1].flatMap { Conversion.isNone($0) ? nil : try interp.index($0) }
        var x = try array(a.receiver)
        if let dtype = try Conversion.dtype(p[2]) { x = x.astype(dtype) }
        return NumPy.wrap(try bridged { isSum ? try x.cumsum(axis: axis) : try x.cumprod(axis: axis) })
      }
    }
  }

  private static func installShapes(on type: PyType, scalar: Bool) {
    type.defineMethod("reshape") { interp, a in
      let shape = try Conversion.shape(arguments: Array(a.positional.dropFirst()), interp)
      return wrap(try bridged { try array(a.receiver).reshaped(shape) }, false)
    }
    type.defineMethod("transpose") { interp, a in
      let x = try array(a.receiver)
      let rest = Array(a.positional.dropFirst())
      if rest.isEmpty || (rest.count == 1 && Conversion.isNone(rest[0])) { return wrap(x.transposed, scalar) }
      let axes = try Conversion.shape(arguments: rest, interp)
      return wrap(try bridged { try x.transposed(axes) }, scalar)
    }
    type.defineMethod("swapaxes") { interp, a in
      let p = try a.unpack("swapaxes", ["self", "axis1", "axis2"])
      let x = try array(a.receiver)
      return wrap(try bridged { try x.swappingAxes(try interp.index(p[1]!), try interp.index(p[2]!)) }, scalar)
    }
    type.defineMethod("flatten") { _, a in NumPy.wrap(try array(a.receiver).flattened()) }
    type.defineMethod("ravel") { _, a in NumPy.wrap(try array(a.receiver).raveled()) }
    type.defineMethod("squeeze") { interp, a in
      let p = try a.unpack("squeeze", ["self", "axis?"])
      let axes = try Conversion.axes(p[1], interp)
      return wrap(try bridged { try array(a.receiver).squeezed(axes: axes) }, scalar)
    }
    type.defineMethod("nonzero") { _, a in .tuple(try array(a.receiver).nonzero().map(NumPy.wrap)) }
    type.defineMethod("dot") { interp, a in
      let p = try a.unpack("dot", ["self", "b"])
      let other = try Conversion.array(p[1]!, interp)
      return NumPy.wrapResult(try bridged { try NDArray.dot(try array(a.receiver), other) })
    }
    type.defineMethod("clip") { interp, a in
      let p = try a.unpack("clip", ["self", "min?", "max?"])
      let bound = { (v: PyValue?) -> NDArray? in
        guard let v, !Conversion.isNone(v) else { return nil }
        return try Conversion.array(v, interp)
      }
      return NumPy.wrapResult(try bridged { try NDArray.clip(try array(a.receiver), min: bound(p[1]), max: bound(p[2])) })
    }
    type.defineMethod("round") { interp, a in
      let p = try a.unpack("round", ["self", "decimals?"])
      let decimals = try p[1].map { try interp.index($0) } ?? 0
      return NumPy.wrapResult(try bridged { try array(a.receiver).rounded(decimals: decimals) })
    }
  }
}
