import Interrupts

/// How many elements a long loop handles between two ``Interruption`` checkpoints: tens of
/// microseconds of work, so that a block's time limit stops the loop promptly while the check
/// (a task-local read and one atomic load) costs nothing measurable. A multiple of numpy's
/// reduction buffer, so that pairwise sums cut at chunk boundaries stay bit-identical.
let interruptionChunk = 1 << 16

/// Consecutive ranges covering `0..<count`, each at most ``interruptionChunk`` long, for a flat
/// loop written in place (`while let range = try chunks.next() { for i in range { ... } }`, no
/// closure between the loop and its element function, so that it stays specialised).
struct Chunks {
  let count: Int
  private var start = 0

  init(_ count: Int) { self.count = count }

  /// The next range, after calling `poll` (the interruption checkpoint unless the loop must not
  /// stop half-way) when it is not the first; nil at the end.
  @inline(__always)
  mutating func next(poll: () throws -> Void = Interruption.checkpoint) rethrows -> Range<Int>? {
    guard start < count else { return nil }
    if start > 0 { try poll() }
    let end = Swift.min(start + interruptionChunk, count)
    defer { start = end }
    return start..<end
  }
}

/// Counts elements done by a loop made of many short pieces (rows, outputs of a reduction) and
/// calls the checkpoint after every ``interruptionChunk`` of them.
struct WorkMeter {
  private var pending = 0

  @inline(__always)
  mutating func add(_ elements: Int) throws {
    pending &+= elements
    if pending > interruptionChunk {
      pending = 0
      try Interruption.checkpoint()
    }
  }
}
