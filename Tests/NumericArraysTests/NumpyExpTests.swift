import Testing

@testable import NumericArrays

/// Inputs that reach every branch of numpy's float64 `exp`: NaNs, infinities, zeros, the overflow
/// and underflow thresholds and their neighbours, near-zero and subnormal inputs, results that are
/// subnormal, and random values over the whole range and over the finite-result range.
private func expInputs() -> [Double] {
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
  let thresholds = [0x1.62e42fefa39efp+9, -0x1.74910d52d3053p+9, 0x1p-54, -0x1p-54, -0x1.6232bdd7abcd2p+9]
  var inputs: [Double] = [.nan, -.nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, 1, -1]
  for t in thresholds { inputs += [t.nextDown, t, t.nextUp] }
  for _ in 0..<20_000 { inputs.append(Double(bitPattern: next())) }
  for _ in 0..<20_000 { inputs.append((Double(next() >> 11) * 0x1p-53 - 0.5) * 1500) }
  for _ in 0..<5_000 { inputs.append(-708 - Double(next() >> 11) * 0x1p-53 * 38) }
  return inputs
}

/// The AVX-512 kernel and the portable loop compute the same bits, for every tail length.
@Test(.enabled(if: CPUFeatures.hasAVX512, "needs AVX-512"))
func vectorExpMatchesScalarExp() {
  let inputs = expInputs()
  for count in Array(0...17) + [inputs.count] {
    var vector = [Double](repeating: 7, count: count + 1)
    var scalar = vector
    inputs.withUnsafeBufferPointer { input in
      vector.withUnsafeMutableBufferPointer { NumpyExp.exp(input.baseAddress!, $0.baseAddress!, count: count) }
      scalar.withUnsafeMutableBufferPointer { NumpyExp.scalarExp(input.baseAddress!, $0.baseAddress!, count: count) }
    }
    let differing = (0...count).filter { vector[$0].bitPattern != scalar[$0].bitPattern }
    #expect(differing.isEmpty, "count \(count): exp(\(differing.prefix(3).map { $0 < count ? inputs[$0] : nil }))")
  }
}
