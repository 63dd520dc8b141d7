/// Element-type generic bodies of reductions, dispatched once per call.
struct ProductFold: ThrowingElementVisitor {
  let layout: ReductionLayout
  func visit<T: ArrayElement>(_: T.Type) throws -> NDArray {
    switch T.dtype {
    case .bool: return try NDArray.fold(Bool.self, layout, initial: true) { $0 && $1 }
    case .int64: return try NDArray.fold(Int64.self, layout, initial: 1) { $0 &* $1 }
    case .uint64: return try NDArray.fold(UInt64.self, layout, initial: 1) { $0 &* $1 }
    case .float16: return try NDArray.fold(Float16.self, layout, initial: 1) { $0 * $1 }
    case .float32: return try NDArray.fold(Float.self, layout, initial: 1) { $0 * $1 }
    case .float64: return try NDArray.fold(Double.self, layout, initial: 1) { $0 * $1 }
    case .complex64: return try NDArray.fold(Complex64.self, layout, initial: .one) { NDArray.complexProduct($0, $1) }
    case .complex128: return try NDArray.fold(Complex128.self, layout, initial: .one) { NDArray.complexProduct($0, $1) }
    case .int8: return try NDArray.fold(Int8.self, layout, initial: 1) { $0 &* $1 }
    case .uint8: return try NDArray.fold(UInt8.self, layout, initial: 1) { $0 &* $1 }
    case .int16: return try NDArray.fold(Int16.self, layout, initial: 1) { $0 &* $1 }
    case .uint16: return try NDArray.fold(UInt16.self, layout, initial: 1) { $0 &* $1 }
    case .int32: return try NDArray.fold(Int32.self, layout, initial: 1) { $0 &* $1 }
    case .uint32: return try NDArray.fold(UInt32.self, layout, initial: 1) { $0 &* $1 }
    }
  }
}

struct ExtremumFold: ThrowingElementVisitor {
  let layout: ReductionLayout
  let isMax: Bool
  func visit<T: ArrayElement>(_: T.Type) throws -> NDArray {
    switch T.dtype {
    case .bool: return try NDArray.fold(Bool.self, layout, initial: nil) { isMax ? ($0 || $1) : ($0 && $1) }
    case .int8: return try integer(Int8.self)
    case .uint8: return try integer(UInt8.self)
    case .int16: return try integer(Int16.self)
    case .uint16: return try integer(UInt16.self)
    case .int32: return try integer(Int32.self)
    case .uint32: return try integer(UInt32.self)
    case .int64: return try integer(Int64.self)
    case .uint64: return try integer(UInt64.self)
    case .float16: return try float(Float16.self)
    case .float32: return try float(Float.self)
    case .float64: return try float(Double.self)
    case .complex64: return try complex(Complex64.self)
    case .complex128: return try complex(Complex128.self)
    }
  }

  private func integer<I: IntegerElement>(_: I.Type) throws -> NDArray {
    isMax
      ? try NDArray.fold(I.self, layout, initial: nil) { Swift.max($0, $1) }
      : try NDArray.fold(I.self, layout, initial: nil) { Swift.min($0, $1) }
  }

  private func float<F: FloatElement>(_: F.Type) throws -> NDArray {
    isMax
      ? try NDArray.fold(F.self, layout, initial: nil) { $0 >= $1 || $0.isNaN ? $0 : $1 }
      : try NDArray.fold(F.self, layout, initial: nil) { $0 <= $1 || $0.isNaN ? $0 : $1 }
  }

  /// numpy's complex `maximum`/`minimum` reduction: lexicographic order, NaN propagates.
  private func complex<C: ComplexElement>(_: C.Type) throws -> NDArray {
    isMax
      ? try NDArray.fold(C.self, layout, initial: nil) { NDArray.hasNaN($0) || NDArray.lexicographicLess($1, $0, orEqual: true) ? $0 : $1 }
      : try NDArray.fold(C.self, layout, initial: nil) { NDArray.hasNaN($0) || NDArray.lexicographicLess($0, $1, orEqual: true) ? $0 : $1 }
  }
}

/// numpy's `argmax`/`argmin` loops: first extreme index, NaN wins and stops the search.
struct ArgExtremum: ThrowingElementVisitor {
  let layout: ReductionLayout
  let isMax: Bool
  func visit<T: ArrayElement>(_: T.Type) throws -> NDArray {
    let result = NDArray(uninitializedShape: layout.keptShape, dtype: .int64)
    let output = result.base(Int64.self)
    let source = layout.view.base(T.self)
    let stride = layout.reducedStrides.first ?? 0
    let count = layout.reducedCount
    var meter = WorkMeter()
    for o in 0..<layout.outputCount {
      try meter.add(count)
      let base = layout.keptOffset(o)
      var best = source[base].doubleValue
      var bestIndex = 0
      if !best.isNaN {
        for i in 1..<Swift.max(count, 1) {
          let value = source[base + i * stride].doubleValue
          let better = isMax ? !(value <= best) : !(value >= best)
          if better {
            best = value
            bestIndex = i
            if value.isNaN { break }
          }
        }
      }
      output[o] = Int64(bestIndex)
    }
    return result
  }
}

/// In-place running sums or products along one axis of a contiguous array.
struct Accumulate: ThrowingElementVisitor {
  let array: NDArray
  let axis: Int
  let product: Bool
  func visit<T: ArrayElement>(_: T.Type) throws {
    switch T.dtype {
    case .int64: try run(Int64.self, product ? { $0 &* $1 } : { $0 &+ $1 })
    case .uint64: try run(UInt64.self, product ? { $0 &* $1 } : { $0 &+ $1 })
    case .float16: try run(Float16.self, product ? { $0 * $1 } : { $0 + $1 })
    case .float32: try run(Float.self, product ? { $0 * $1 } : { $0 + $1 })
    case .float64: try run(Double.self, product ? { $0 * $1 } : { $0 + $1 })
    case .complex64: try runComplex(Complex64.self)
    case .complex128: try runComplex(Complex128.self)
    case .bool, .int8, .uint8, .int16, .uint16, .int32, .uint32:
      break  // Accumulation types are 64-bit integers, floats or complex.
    }
  }

  /// numpy's complex `add`/`multiply` loops, part by part.
  private func runComplex<C: ComplexElement>(_: C.Type) throws {
    if product {
      try run(C.self) { NDArray.complexProduct($0, $1) }
    } else {
      try run(C.self) { C(real: $0.real + $1.real, imag: $0.imag + $1.imag) }
    }
  }

  private func run<E: ArrayElement>(_: E.Type, _ combine: (E, E) -> E) throws {
    let pointer = array.base(E.self)
    let length = array.shape[axis]
    let step = array.strides[axis]
    var otherShape = array.shape
    var otherStrides = array.strides
    otherShape.remove(at: axis)
    otherStrides.remove(at: axis)
    if length == 0 { return }
    var meter = WorkMeter()
    try forEachRow(shape: otherShape, strides: [otherStrides]) { offsets, count, inner in
      for r in 0..<count {
        try meter.add(length)
        let start = offsets[0] + r * inner[0]
        var running = pointer[start]
        for i in 1..<length {
          running = combine(running, pointer[start + i * step])
          pointer[start + i * step] = running
        }
      }
    }
  }
}
