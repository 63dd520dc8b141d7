import Foundation

/// The element loops of ufuncs on `complex64` and `complex128`, as numpy 1.23's `loops.c.src`
/// computes them (in the part type: `float` for complex64).
extension NDArray {
  static func complexBinary<C: ComplexMath>(
    _: C.Type, _ operation: BinaryOperation, _ x: NDArray, _ y: NDArray, _ shape: [Int]
  ) throws -> NDArray {
    switch operation {
    case .add: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in C(real: a.real + b.real, imag: a.imag + b.imag) }
    case .subtract:
      return try mapBinary(x, y, shape: shape) { (a: C, b: C) in C(real: a.real - b.real, imag: a.imag - b.imag) }
    case .multiply:
      return try mapBinary(x, y, shape: shape) { (a: C, b: C) in
        C(real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real)
      }
    case .trueDivide: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in complexDivide(a, b) }
    case .equal: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in a.real == b.real && a.imag == b.imag }
    case .notEqual: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in a.real != b.real || a.imag != b.imag }
    case .less: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in lexicographicLess(a, b, orEqual: false) }
    case .lessEqual: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in lexicographicLess(a, b, orEqual: true) }
    case .greater: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in lexicographicLess(b, a, orEqual: false) }
    case .greaterEqual:
      return try mapBinary(x, y, shape: shape) { (a: C, b: C) in lexicographicLess(b, a, orEqual: true) }
    case .maximum:
      return try mapBinary(x, y, shape: shape) { (a: C, b: C) in hasNaN(a) || lexicographicLess(b, a, orEqual: true) ? a : b }
    case .minimum:
      return try mapBinary(x, y, shape: shape) { (a: C, b: C) in hasNaN(a) || lexicographicLess(a, b, orEqual: true) ? a : b }
    case .fmax:
      return try mapBinary(x, y, shape: shape) { (a: C, b: C) in hasNaN(b) || lexicographicLess(b, a, orEqual: true) ? a : b }
    case .fmin:
      return try mapBinary(x, y, shape: shape) { (a: C, b: C) in hasNaN(b) || lexicographicLess(a, b, orEqual: true) ? a : b }
    case .logicalAnd: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in a.boolValue && b.boolValue }
    case .logicalOr: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in a.boolValue || b.boolValue }
    case .logicalXor: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in a.boolValue != b.boolValue }
    case .power: return try mapBinary(x, y, shape: shape) { (a: C, b: C) in complexPower(a, b) }
    case .floorDivide, .remainder, .fmod, .arctan2, .hypot, .bitwiseAnd, .bitwiseOr, .bitwiseXor,
      .leftShift, .rightShift:
      throw unsupportedLoop(operation, C.dtype)
    }
  }

  /// The product of two complex values, as numpy's `multiply` loop computes it.
  static func complexProduct<C: ComplexElement>(_ a: C, _ b: C) -> C {
    C(real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real)
  }

  /// numpy's complex division (Smith's method; a zero divisor gives infinities or nans).
  static func complexDivide<C: ComplexElement>(_ a: C, _ b: C) -> C {
    let (br, bi) = (b.real, b.imag)
    if br.magnitude >= bi.magnitude {
      if br == 0 && bi == 0 { return C(real: a.real / br.magnitude, imag: a.imag / br.magnitude) }
      let ratio = bi / br
      let scale = 1 / (br + bi * ratio)
      return C(real: (a.real + a.imag * ratio) * scale, imag: (a.imag - a.real * ratio) * scale)
    }
    let ratio = br / bi
    let scale = 1 / (bi + br * ratio)
    return C(real: (a.real * ratio + a.imag) * scale, imag: (a.imag * ratio - a.real) * scale)
  }

  /// numpy's ordering of complex values: by real part, then by imaginary part.
  static func lexicographicLess<C: ComplexElement>(_ a: C, _ b: C, orEqual: Bool) -> Bool {
    a.real < b.real || (a.real == b.real && (orEqual ? a.imag <= b.imag : a.imag < b.imag))
  }

  static func hasNaN<C: ComplexElement>(_ a: C) -> Bool { a.real.isNaN || a.imag.isNaN }
}

extension NDArray {
  /// A unary ufunc on a complex array: numpy's complex loops; `absolute` gives the part type.
  /// - Throws: numpy's TypeError for ufuncs without complex loops (`floor`, `invert`, ...).
  static func complexUnary(_ operation: UnaryOperation, _ x: NDArray) throws -> NDArray {
    switch x.dtype {
    case .complex64: return try complexUnary(Complex64.self, operation, x)
    default: return try complexUnary(Complex128.self, operation, x.converted(to: .complex128))
    }
  }

  private static func complexUnary<C: ComplexMath>(
    _: C.Type, _ operation: UnaryOperation, _ x: NDArray
  ) throws -> NDArray {
    switch operation {
    case .negative: return try mapUnary(x) { (a: C) in C(real: -a.real, imag: -a.imag) }
    case .positive: return try mapUnary(x) { (a: C) in a }
    case .square:
      return try mapUnary(x) { (a: C) in C(real: a.real * a.real - a.imag * a.imag, imag: a.real * a.imag + a.imag * a.real) }
    case .reciprocal: return try mapUnary(x) { (a: C) in complexReciprocal(a) }
    case .sign:
      return try mapUnary(x) { (a: C) -> C in
        let zero = C(real: 0, imag: 0)
        if lexicographicLess(zero, a, orEqual: false) { return C(real: 1, imag: 0) }
        if lexicographicLess(a, zero, orEqual: false) { return C(real: -1, imag: 0) }
        return C(real: a.real == 0 && a.imag == 0 ? 0 : .nan, imag: 0)
      }
    case .absolute: return try mapUnary(x) { (a: C) in complexMagnitude(a) }
    case .logicalNot: return try mapUnary(x) { (a: C) in !a.boolValue }
    case .isnan: return try mapUnary(x) { (a: C) in a.real.isNaN || a.imag.isNaN }
    case .isinf: return try mapUnary(x) { (a: C) in a.real.isInfinite || a.imag.isInfinite }
    case .isfinite: return try mapUnary(x) { (a: C) in a.real.isFinite && a.imag.isFinite }
    case .float(let function):
      if let f = complexFunction(function, C.self) { return try mapUnary(x, f) }
      throw unsupportedComplexLoop(operation)
    case .invert, .signbit:
      throw unsupportedComplexLoop(operation)
    }
  }

  private static func unsupportedComplexLoop(_ operation: UnaryOperation) -> NDArrayError {
    NDArrayError.type(
      "ufunc '\(operation.ufuncName)' not supported for the input types, and the inputs could not "
        + "be safely coerced to any supported types according to the casting rule ''safe''")
  }

  /// numpy 1.23's AVX-512 complex `absolute`: `larger * sqrt(fma(ratio, ratio, 1))`, infinite
  /// when a part is infinite, nan when a part is nan.
  static func complexMagnitude<C: ComplexElement>(_ a: C) -> C.Part {
    if a.real.isInfinite || a.imag.isInfinite { return .infinity }
    if a.real.isNaN || a.imag.isNaN { return .nan }
    let larger = Swift.max(a.real.magnitude, a.imag.magnitude)
    let smaller = Swift.min(a.real.magnitude, a.imag.magnitude)
    if larger == 0 { return 0 }
    let ratio = smaller / larger
    return (C.Part(1).addingProduct(ratio, ratio)).squareRoot() * larger
  }

  /// numpy's complex `reciprocal` (scaled by the larger part, like its division).
  static func complexReciprocal<C: ComplexElement>(_ a: C) -> C {
    if a.imag.magnitude <= a.real.magnitude {
      let ratio = a.imag / a.real
      let denominator = a.real + a.imag * ratio
      return C(real: 1 / denominator, imag: -ratio / denominator)
    }
    let ratio = a.real / a.imag
    let denominator = a.real * ratio + a.imag
    return C(real: ratio / denominator, imag: -1 / denominator)
  }

  /// The real parts of a complex array as a view (numpy's `.real`: writing to it writes the
  /// array), or the array itself for real dtypes.
  public var realPart: NDArray { partView(imaginary: false) ?? self }

  /// The imaginary parts of a complex array as a view (`.imag`), or zeros of the dtype for
  /// real dtypes.
  public var imagPart: NDArray {
    partView(imaginary: true) ?? ((try? NDArray.zeros(shape, dtype: dtype)) ?? self)
  }

  /// A view of one part of every complex element: the part dtype over the same buffer, with
  /// strides and offset counted in parts (two per element).
  private func partView(imaginary: Bool) -> NDArray? {
    let part: DType
    switch dtype {
    case .complex64: part = .float32
    case .complex128: part = .float64
    default: return nil
    }
    return NDArray(
      dtype: part, shape: shape, strides: strides.map { $0 * 2 }, offset: offset * 2 + (imaginary ? 1 : 0),
      storage: storage)
  }

  /// A complex128 array from real and imaginary parts (broadcast together, converted to float64):
  /// Python's `complex(x, y)` element by element.
  /// - Throws: ValueError when the shapes do not broadcast.
  public static func complex(real: NDArray, imag: NDArray) throws -> NDArray {
    let shape = try broadcastShape([real.shape, imag.shape])
    let result = try zeros(shape, dtype: .complex128)
    try result.realPart.assign(real.astype(.float64))
    try result.imagPart.assign(imag.astype(.float64))
    return result
  }

  /// The complex conjugate (numpy's `conjugate`); real arrays are returned as they are.
  public func conjugate() -> NDArray {
    switch dtype {
    case .complex64: return mapUnary(self, poll: {}) { (a: Complex64) in Complex64(real: a.real, imag: -a.imag) }
    case .complex128: return mapUnary(self, poll: {}) { (a: Complex128) in Complex128(real: a.real, imag: -a.imag) }
    default: return self
    }
  }
}

/// numpy 1.23's complex pairwise summation (`CDOUBLE_pairwise_sum`): `n` counts parts (twice
/// the elements); blocks of up to 128 parts use four element accumulators.
func complexPairwiseSum<C: ComplexElement>(_ p: UnsafePointer<C>, _ n: Int, _ stride: Int) -> (C.Part, C.Part) {
  if n < 8 {
    var (rr, ri): (C.Part, C.Part) = (0, 0)
    for i in Swift.stride(from: 0, to: n, by: 2) {
      rr += p[i / 2 * stride].real
      ri += p[i / 2 * stride].imag
    }
    return (rr, ri)
  }
  if n <= 128 {
    var r = (0..<4).flatMap { [p[$0 * stride].real, p[$0 * stride].imag] }
    var i = 8
    while i < n - n % 8 {
      for k in 0..<4 {
        r[2 * k] += p[(i / 2 + k) * stride].real
        r[2 * k + 1] += p[(i / 2 + k) * stride].imag
      }
      i += 8
    }
    var rr = (r[0] + r[2]) + (r[4] + r[6])
    var ri = (r[1] + r[3]) + (r[5] + r[7])
    while i < n {
      rr += p[i / 2 * stride].real
      ri += p[i / 2 * stride].imag
      i += 2
    }
    return (rr, ri)
  }
  var n2 = n / 2
  n2 -= n2 % 8
  let (rr1, ri1) = complexPairwiseSum(p, n2, stride)
  let (rr2, ri2) = complexPairwiseSum(p + n2 / 2 * stride, n - n2, stride)
  return (rr1 + rr2, ri1 + ri2)
}

extension NDArray {
  /// numpy's `add.reduce` of a complex array: pairwise along a reduced innermost axis (per buffer
  /// of 8192 elements, in memory order for a full reduction), sequential across outer axes.
  static func complexSum<C: ComplexElement>(_: C.Type, _ layout: ReductionLayout) throws -> NDArray {
    func add(_ total: inout C, _ parts: (C.Part, C.Part)) {
      total = C(real: total.real + parts.0, imag: total.imag + parts.1)
    }
    if layout.keptShape.isEmpty && layout.reducedCount > 0 {
      let ordered = NDArray(
        dtype: C.dtype, shape: layout.reducedShape, strides: layout.reducedStrides,
        offset: layout.view.offset, storage: layout.view.storage)
      let (_, runs) = coalesce(shape: layout.reducedShape, strides: [layout.reducedStrides])
      let flat = runs[0].count == 1 ? ordered : ordered.copy()
      let stride = runs[0].count == 1 ? runs[0][0] : 1
      let source = flat.base(C.self)
      var total = C.zero
      var start = 0
      var meter = WorkMeter()
      while start < layout.reducedCount {
        let n = Swift.min(reductionBufferSize, layout.reducedCount - start)
        add(&total, complexPairwiseSum(source + start * stride, 2 * n, stride))
        start += n
        try meter.add(n)
      }
      return NDArray(element: total)
    }
    let result = NDArray(uninitializedShape: layout.keptShape, dtype: C.dtype)
    let source = layout.view.base(C.self)
    let output = result.base(C.self)
    var meter = WorkMeter()
    for o in 0..<layout.outputCount {
      try meter.add(layout.reducedCount)
      var total = C.zero
      try layout.forEachRun(output: o) { offset, count, stride in
        if layout.innermostIsReduced {
          var start = 0
          while start < count {
            let n = Swift.min(reductionBufferSize, count - start)
            add(&total, complexPairwiseSum(source + offset + start * stride, 2 * n, stride))
            start += n
          }
        } else {
          for i in 0..<count { add(&total, (source[offset + i * stride].real, source[offset + i * stride].imag)) }
        }
      }
      output[o] = total
    }
    return result
  }
}
