import MiniPython
import NumericArrays

/// numpy's non-ufunc functions: reductions, products, shape functions, comparisons.
enum Functions {
  /// Calls an ndarray method on the array of the first argument (`numpy.sum(a, axis=0)`).
  static func delegate(_ m: PyModule, _ name: String, method: String? = nil) {
    m.defineFunction(name) { interp, a in
      guard let first = a.positional.first else {
        throw PyException.typeError("\(name)() missing 1 required positional argument: 'a'")
      }
      let receiver = NumPy.arrayIfNumpy(first) != nil ? first : NumPy.wrap(try Conversion.array(first, interp))
      var rest = a
      rest.positional.removeFirst()
      return try interp.callMethod(receiver, method ?? name, rest)
    }
  }

  static func arrays(_ v: PyValue, _ interp: Interpreter) throws -> [NDArray] {
    if let list = v.object as? PyList { return try list.items.map { try Conversion.array($0, interp) } }
    if let tuple = v.object as? PyTuple { return try tuple.items.map { try Conversion.array($0, interp) } }
    let x = try Conversion.array(v, interp)
    return try bridged { try (0..<(x.shape.first ?? 0)).map { try x.get([.int($0)]) } }
  }

  /// The items of a list or tuple.
  static func sequence(_ v: PyValue) throws -> [PyValue] {
    if let list = v.object as? PyList { return list.items }
    if let tuple = v.object as? PyTuple { return tuple.items }
    throw PyException.typeError("'\(v.typeName)' object is not iterable")
  }

  static func install(on m: PyModule) {
    for name in ["sum", "prod", "mean", "std", "var", "max", "min", "argmax", "argmin", "all", "any", "cumsum",
      "cumprod", "reshape", "transpose", "squeeze", "ravel", "nonzero", "copy", "round", "clip", "swapaxes"] {
      delegate(m, name)
    }
    for (alias, method) in [("amax", "max"), ("amin", "min"), ("around", "round"), ("round_", "round"), ("product", "prod")] {
      delegate(m, alias, method: method)
    }
    m.defineFunction("dot") { interp, a in
      let p = try a.unpack("dot", ["a", "b", "out?"])
      let x = try Conversion.array(p[0]!, interp)
      let y = try Conversion.array(p[1]!, interp)
      return NumPy.wrapResult(try bridged { try NDArray.dot(x, y) })
    }
    m.defineFunction("matmul") { interp, a in
      let p = try a.unpack("matmul", ["x1", "x2", "out?"])
      let x = try Conversion.array(p[0]!, interp)
      let y = try Conversion.array(p[1]!, interp)
      return NumPy.wrapResult(try bridged { try NDArray.matmul(x, y) })
    }
    m.defineFunction("outer") { interp, a in
      let p = try a.unpack("outer", ["a", "b", "out?"])
      let x = try Conversion.array(p[0]!, interp)
      let y = try Conversion.array(p[1]!, interp)
      return NumPy.wrap(try bridged { try NDArray.outer(x, y) })
    }
    m.defineFunction("tensordot") { interp, a in
      let p = try a.unpack("tensordot", ["a", "b", "axes?"])
      let x = try Conversion.array(p[0]!, interp)
      let y = try Conversion.array(p[1]!, interp)
      let axes = p[2] ?? .int(2)
      if case .int(let n) = axes { return NumPy.wrapResult(try bridged { try NDArray.tensordot(x, y, axes: n) }) }
      let pair = try Functions.sequence(axes)
      guard pair.count == 2 else { throw PyException.valueError("axes must be an integer or a pair of sequences") }
      let lists = try pair.map { v -> [Int] in
        if case .int(let i) = v { return [i] }
        return try Functions.sequence(v).map { try interp.index($0) }
      }
      return NumPy.wrapResult(try bridged { try NDArray.tensordot(x, y, aAxes: lists[0], bAxes: lists[1]) })
    }
    m.defineFunction("concatenate") { interp, a in
      let p = try a.unpack("concatenate", ["arrays", "axis?", "out?"])
      let parts = try arrays(p[0]!, interp)
      if let axis = p[1], Conversion.isNone(axis) {
        return NumPy.wrap(try bridged { try NDArray.concatenate(parts.map { $0.raveled() }) })
      }
      let axis = try p[1].map { try interp.index($0) } ?? 0
      return NumPy.wrap(try bridged { try NDArray.concatenate(parts, axis: axis) })
    }
    m.defineFunction("stack") { interp, a in
      let p = try a.unpack("stack", ["arrays", "axis?", "out?"])
      let axis = try p[1].map { try interp.index($0) } ?? 0
      return NumPy.wrap(try bridged { try NDArray.stack(try arrays(p[0]!, interp), axis: axis) })
    }
    m.defineFunction("vstack") { interp, a in
      let parts = try arrays(a.positional.first ?? .none, interp)
      return NumPy.wrap(try bridged {
        try NDArray.concatenate(parts.map { $0.ndim < 2 ? try $0.reshaped([1, -1]) : $0 }, axis: 0)
      })
    }
    m.defineFunction("hstack") { interp, a in
      let parts = try arrays(a.positional.first ?? .none, interp)
      return NumPy.wrap(try bridged {
        try NDArray.concatenate(parts.map { $0.ndim == 0 ? try $0.reshaped([1]) : $0 }, axis: parts.first?.ndim == 1 ? 0 : 1)
      })
    }
    m.defineFunction("expand_dims") { interp, a in
      let p = try a.unpack("expand_dims", ["a", "axis"])
      let x = try Conversion.array(p[0]!, interp)
      return NumPy.wrap(try bridged { try x.expandingDims(try interp.index(p[1]!)) })
    }
    m.defineFunction("where") { interp, a in
      let p = try a.unpack("where", ["condition", "x?", "y?"])
      let condition = try Conversion.array(p[0]!, interp)
      guard let x = p[1], let y = p[2] else {
        return .tuple(condition.nonzero().map(NumPy.wrap))
      }
      let chosen = try bridged {
        try NDArray.where(condition, try Conversion.array(x, interp), try Conversion.array(y, interp))
      }
      return NumPy.wrapResult(chosen)
    }
    m.defineFunction("allclose") { interp, a in
      let p = try a.unpack("allclose", ["a", "b", "rtol?", "atol?", "equal_nan?"])
      let (x, y) = (try Conversion.array(p[0]!, interp), try Conversion.array(p[1]!, interp))
      let rtol = try p[2].map { try Conversion.array($0, interp).doubles[0] } ?? 1e-05
      let atol = try p[3].map { try Conversion.array($0, interp).doubles[0] } ?? 1e-08
      let equalNaN = try Conversion.bool(p[4], interp, default: false)
      return .bool(try bridged { try NDArray.allclose(x, y, rtol: rtol, atol: atol, equalNaN: equalNaN) })
    }
    m.defineFunction("isclose") { interp, a in
      let p = try a.unpack("isclose", ["a", "b", "rtol?", "atol?", "equal_nan?"])
      let (x, y) = (try Conversion.array(p[0]!, interp), try Conversion.array(p[1]!, interp))
      let rtol = try p[2].map { try Conversion.array($0, interp).doubles[0] } ?? 1e-05
      let atol = try p[3].map { try Conversion.array($0, interp).doubles[0] } ?? 1e-08
      let equalNaN = try Conversion.bool(p[4], interp, default: false)
      return NumPy.wrapResult(try bridged { try NDArray.isclose(x, y, rtol: rtol, atol: atol, equalNaN: equalNaN) })
    }
    m.defineFunction("array_equal") { interp, a in
      let p = try a.unpack("array_equal", ["a1", "a2", "equal_nan?"])
      let (x, y) = (try Conversion.array(p[0]!, interp), try Conversion.array(p[1]!, interp))
      return .bool(try bridged { try NDArray.arrayEqual(x, y) })
    }
    m.defineFunction("shape") { interp, a in ArrayMethods.tuple(try Conversion.array(a.positional[0], interp).shape) }
    m.defineFunction("ndim") { interp, a in .int(try Conversion.array(a.positional[0], interp).ndim) }
    m.defineFunction("iscomplexobj") { interp, a in
      .bool(try Conversion.array(try a.unpack("iscomplexobj", ["x"])[0]!, interp).dtype.isComplex)
    }
    m.defineFunction("isrealobj") { interp, a in
      .bool(!(try Conversion.array(try a.unpack("isrealobj", ["x"])[0]!, interp).dtype.isComplex))
    }
    m.defineFunction("size") { interp, a in .int(try Conversion.array(a.positional[0], interp).size) }
    m.defineFunction("result_type") { interp, a in
      let operands = try a.positional.map { v -> NDArray in
        if case .some(.some(let dtype)) = try? Conversion.dtype(v) { return try bridged { try NDArray.zeros([1], dtype: dtype) } }
        return try Conversion.array(v, interp)
      }
      return .object(PyDType(NDArray.resultType(operands)))
    }
    m.defineFunction("promote_types") { _, a in
      let p = try a.unpack("promote_types", ["type1", "type2"])
      guard let x = try Conversion.dtype(p[0]), let y = try Conversion.dtype(p[1]) else { return .none }
      return .object(PyDType(x.promoted(with: y)))
    }
  }
}
