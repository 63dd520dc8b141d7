import Interrupts

/// How many elements a long loop handles between two ``Interruption`` checkpoints: tens of
/// microseconds of work, so that a block's time limit stops the loop promptly while the check
/// (a task-local read and one atomic load) costs nothing measurable. A multiple of numpy's
/// reduction buffer, so that pairwise sums cut at chunk boundaries stay bit-identical.
let interruptionChunk = 1 << 16

/// Calls `body` with consecutive ranges covering `0..<count`, each at most
/// ``interruptionChunk`` long, and `poll` (the interruption checkpoint unless the loop must not
/// stop half-way) after each but the last.
@inline(__always)
func forEachChunk(
  _ count: Int, poll: () throws -> Void = Interruption.checkpoint, _ body: (Range<Int>) -> Void
) rethrows {
  if count <= interruptionChunk {
    body(0..<count)
    return
  }
  var start = 0
  while start < count {
    let end = Swift.min(start + interruptionChunk, count)
    body(start..<end)
    start = end
    if start < count { try poll() }
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
