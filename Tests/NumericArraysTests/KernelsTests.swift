import Testing

@testable import NumericArrays

/// float64 operands with zeros of both signs, infinities, NaN, subnormals and ordinary values.
private func operands(_ count: Int, seed: UInt64) -> [Double] {
  let specials: [Double] = [0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -3.5, 1e308]
  var state = seed
  return (0..<count).map { i in
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return i % 5 == 0 ? specials[Int(state >> 61)] : Double(Int64(bitPattern: state >> 8)) * 0x1p-40
  }
}

/// The in-place loop (the buffer of `x * y` reused for `+ z`) gives the same results as a new
/// buffer, for every length around the vector widths.
@Test func inPlaceLoopMatchesNewBuffer() throws {
  for count in Array(0...17) + [100] {
    let x = try NDArray(operands(count, seed: 3))
    let y = try NDArray(operands(count, seed: 4))
    let temporary = x.copy()
    let inPlace = try mapBinary(temporary, y, shape: [count], into: temporary) { (a: Double, b: Double) in a - b }
    let expected = try mapBinary(x, y, shape: [count]) { (a: Double, b: Double) in a - b }
    #expect(inPlace.doubles.map(\.bitPattern) == expected.doubles.map(\.bitPattern), "\(count)")
  }
}
