/// numpy functions composed from ufuncs: `where`, `clip`, `round`, `isclose`, `allclose`,
/// `array_equal`.
extension NDArray {
  /// numpy's `where(condition, x, y)`: broadcast selection with promoted dtype.
  /// - Throws: broadcasting ValueErrors.
  public static func `where`(_ condition: NDArray, _ x: NDArray, _ y: NDArray) throws -> NDArray {
    let dtype = resultType([x, y])
    let shape = try broadcastShape([condition.shape, x.shape, y.shape])
    if shape.isEmpty {
      // A 0-d mask is not an index of a 0-d array: select on one-element views.
      let one = [1]
      return try `where`(condition.reshaped(one), x.reshaped(one), y.reshaped(one)).reshaped([])
    }
    try ArrayMemory.reserve(shape: shape, dtype: dtype)
    let otherwise = try NDArray.apply(.logicalNot, condition).broadcast(to: shape)
    let result = try x.converted(to: dtype).broadcast(to: shape).copy()
    let other = try y.converted(to: dtype).broadcast(to: shape)
    try result.set([.array(otherwise)], to: other.get([.array(otherwise)]))
    return result
  }

  /// numpy's `where(condition)`: `nonzero`.
  public static func `where`(_ condition: NDArray) -> [NDArray] { condition.nonzero() }

  /// numpy's `clip(a, a_min, a_max)`: `minimum(maximum(a, a_min), a_max)`, either bound optional.
  /// - Throws: ValueError `One of max or min must be given` when both are nil.
  public static func clip(_ a: NDArray, min lower: NDArray?, max upper: NDArray?) throws -> NDArray {
    guard lower != nil || upper != nil else { throw NDArrayError.value("One of max or min must be given") }
    var result = a
    if let lower { result = try apply(.maximum, result, lower) }
    if let upper { result = try apply(.minimum, result, upper) }
    return result
  }

  /// numpy's `round(a, decimals)` (`around`): half to even; scaled by 10^decimals for floats;
  /// the real and imaginary parts separately for complex arrays.
  public func rounded(decimals: Int = 0) throws -> NDArray {
    if dtype.isComplex {
      let result = copy()
      try result.realPart.assign(realPart.rounded(decimals: decimals))
      try result.imagPart.assign(imagPart.rounded(decimals: decimals))
      return result
    }
    if !dtype.isFloatingPoint {
      guard decimals < 0 else { return copy() }
      return try astype(.float64).rounded(decimals: decimals).astype(dtype)
    }
    if decimals == 0 { return try NDArray.apply(.float(.rint), self) }
    let factor = NDArray(scalar: .float(powerOfTen(Swift.abs(decimals))))
    if decimals > 0 {
      let scaled = try NDArray.apply(.multiply, self, factor)
      return try NDArray.apply(.trueDivide, NDArray.apply(.float(.rint), scaled), factor)
    }
    let scaled = try NDArray.apply(.trueDivide, self, factor)
    return try NDArray.apply(.multiply, NDArray.apply(.float(.rint), scaled), factor)
  }

  /// numpy's `isclose(a, b, rtol, atol, equal_nan)`.
  public static func isclose(
    _ a: NDArray, _ b: NDArray, rtol: Double = 1e-05, atol: Double = 1e-08, equalNaN: Bool = false
  ) throws -> NDArray {
    let x = a.dtype.isFloatingPoint ? a : a.astype(.float64)
    let y = b.dtype.isFloatingPoint ? b : b.astype(.float64)
    let difference = try apply(.absolute, apply(.subtract, x, y))
    let tolerance = try apply(
      .add, NDArray(scalar: .float(atol)), apply(.multiply, NDArray(scalar: .float(rtol)), apply(.absolute, y)))
    let finite = try apply(.logicalAnd, apply(.isfinite, x), apply(.isfinite, y))
    var close = try apply(.logicalAnd, apply(.lessEqual, difference, tolerance), finite)
    close = try apply(.logicalOr, close, apply(.logicalAnd, apply(.logicalNot, finite), apply(.equal, x, y)))
    if equalNaN {
      close = try apply(.logicalOr, close, apply(.logicalAnd, apply(.isnan, x), apply(.isnan, y)))
    }
    return close
  }

  /// numpy's `allclose`.
  public static func allclose(
    _ a: NDArray, _ b: NDArray, rtol: Double = 1e-05, atol: Double = 1e-08, equalNaN: Bool = false
  ) throws -> Bool {
    try isclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN).allTrue
  }

  /// numpy's `array_equal`: same shape and equal elements.
  public static func arrayEqual(_ a: NDArray, _ b: NDArray) throws -> Bool {
    guard a.shape == b.shape else { return false }
    return try apply(.equal, a, b).allTrue
  }
}

/// numpy's `power_of_ten` used by `round`.
private func powerOfTen(_ n: Int) -> Double {
  let table: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
  if n < 9 { return table[n] }
  var result = 1e9
  for _ in 9..<n { result *= 10 }
  return result
}
