import Interrupts
import Testing

@testable import NumericArrays

/// Long array loops stop at the interruption check installed around them, and cutting them into
/// chunks changes no result bit.
@Suite(.serialized) struct ArrayInterruptionTests {
  private struct Stop: Error {}

  /// Pseudo-random values in [-1, 1) of a given shape and dtype.
  private func values(_ shape: [Int], dtype: DType = .float64, seed: UInt64) throws -> NDArray {
    var state = seed
    let count = shape.reduce(1, *)
    let doubles = (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(Int64(bitPattern: state) >> 11) * 0x1p-52
    }
    return try NDArray(doubles, shape: shape).astype(dtype)
  }

  private func bits(_ array: NDArray) -> [UInt64] {
    if array.dtype.isComplex { return bits(array.realPart) + bits(array.imagPart) }
    return array.doubles.map(\.bitPattern)
  }

  @Test func elementwiseOpsReductionsAndRangesStopAtTheCheck() throws {
    let big = try values([300_000], seed: 1)
    let matrix = try values([600, 600], seed: 2)
    var calls = 0
    let stop = { calls += 1; throw Stop() }
    #expect(throws: Interrupted.self) { try Interruption.during(stop) { try NDArray.apply(.float(.exp), big) } }
    #expect(throws: Interrupted.self) { try Interruption.during(stop) { try NDArray.apply(.multiply, big, big) } }
    #expect(throws: Interrupted.self) { try Interruption.during(stop) { try big.sum() } }
    #expect(throws: Interrupted.self) {
      try Interruption.during(stop) { try matrix.transposed.sum(axes: [1]) }
    }
    #expect(throws: Interrupted.self) { try Interruption.during(stop) { try NDArray.arange(stop: .int(300_000)) } }
    #expect(calls == 5)
  }

  @Test func shortLoopsNeverCallTheCheck() throws {
    let small = try values([interruptionChunk], seed: 3)
    try Interruption.during({ throw Stop() }) {
      _ = try NDArray.apply(.float(.sin), small)
      _ = try NDArray.apply(.add, small, small)
      _ = try small.sum()
    }
  }

  @Test func aStoppedCheckKeepsStoppingWithoutBeingCalledAgain() throws {
    var calls = 0
    try Interruption.during({ calls += 1; throw Stop() }) {
      #expect(throws: Interrupted.self) { try Interruption.checkpoint() }
      #expect(throws: Interrupted.self) { try Interruption.checkpoint() }
    }
    #expect(calls == 1)
  }

  /// A cast writes into a new array and cannot throw: it never stops half-way.
  @Test func castsAndAssignmentsDoNotStop() throws {
    let big = try values([300_000], seed: 4)
    let target = try NDArray.zeros([300_000])
    try Interruption.during({ throw Stop() }) {
      #expect(big.astype(.float32).size == 300_000)
      try target.assign(big)
    }
    #expect(bits(target) == bits(big))
  }

  /// An in-place ufunc computes into a temporary first: stopped, it leaves its target as it was.
  @Test func aStoppedInPlaceOpLeavesItsTargetUnchanged() throws {
    let target = try values([300_000], seed: 6)
    let before = bits(target)
    #expect(throws: Interrupted.self) {
      try Interruption.during({ throw Stop() }) { try NDArray.applyInPlace(.multiply, target, target) }
    }
    #expect(bits(target) == before)
  }

  /// Rows longer than a chunk are summed pairwise per 8192-element buffer, as in one piece.
  @Test func chunkedRowSumsAreBitIdentical() throws {
    let x = try values([3, 5 * interruptionChunk + 777], dtype: .float32, seed: 5)
    let rows = try x.sum(axes: [1])
    for row in 0..<3 {
      let whole = try x.slice(axis: 0, start: row, count: 1).reshaped([-1]).sum()
      #expect(rows.doubles[row].bitPattern == whole.doubles[0].bitPattern)
    }
  }
}
