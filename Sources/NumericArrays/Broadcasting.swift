import Interrupts

/// numpy's broadcasting of shapes and the views it produces.
extension NDArray {
  /// The shape `a` and `b` broadcast to.
  /// - Throws: numpy's ValueError `operands could not be broadcast together with shapes (5,4) (3,3) `.
  public static func broadcastShape(_ shapes: [[Int]]) throws -> [Int] {
    let ndim = shapes.map(\.count).max() ?? 0
    var result = [Int](repeating: 1, count: ndim)
    for shape in shapes {
      for (i, length) in shape.enumerated() {
        let axis = ndim - shape.count + i
        if result[axis] == 1 {
          result[axis] = length
        } else if length != 1 && length != result[axis] {
          let listed = shapes.map { shapeText($0) }.joined(separator: " ")
          throw NDArrayError.value("operands could not be broadcast together with shapes \(listed) ")
        }
      }
    }
    return result
  }

  /// A shape as numpy prints it in broadcasting errors: `(5,4)`, `(3,)`, `()`.
  static func shapeText(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
  }

  /// A shape as Python prints a tuple: `(5, 4)`, `(3,)`, `()`.
  public static func shapeTuple(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
  }

  /// The strides of this array seen with a broadcast shape (0 along broadcast axes).
  func stridesBroadcast(to target: [Int]) -> [Int] {
    var result = [Int](repeating: 0, count: target.count)
    let lead = target.count - shape.count
    for axis in 0..<shape.count where shape[axis] != 1 {
      result[lead + axis] = strides[axis]
    }
    return result
  }

  /// A read-only view of this array broadcast to a shape (numpy's `broadcast_to`).
  /// - Throws: ValueError when the shapes are incompatible.
  public func broadcast(to target: [Int]) throws -> NDArray {
    let lead = target.count - shape.count
    guard lead >= 0,
      shape.enumerated().allSatisfy({ $0.element == 1 || $0.element == target[lead + $0.offset] })
    else {
      throw NDArrayError.value(
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
          + "\(NDArray.shapeText(shape))  and requested shape \(NDArray.shapeText(target))")
    }
    return NDArray(
      dtype: dtype, shape: target, strides: stridesBroadcast(to: target), offset: offset,
      storage: storage)
  }
}

/// Merges neighbouring axes that every operand traverses with one stride, and drops axes of
/// length 1, so inner loops run as long as possible.
func coalesce(shape: [Int], strides: [[Int]]) -> (shape: [Int], strides: [[Int]]) {
  var outShape: [Int] = []
  var outStrides: [[Int]] = Array(repeating: [], count: strides.count)
  for axis in 0..<shape.count where shape[axis] != 1 {
    if let last = outShape.last,
      strides.indices.allSatisfy({ strides[$0][axis] * shape[axis] == outStrides[$0].last! })
    {
      outShape[outShape.count - 1] = last * shape[axis]
      for k in strides.indices { outStrides[k][outStrides[k].count - 1] = strides[k][axis] }
    } else {
      outShape.append(shape[axis])
      for k in strides.indices { outStrides[k].append(strides[k][axis]) }
    }
  }
  if outShape.isEmpty {
    return ([1], strides.map { _ in [0] })
  }
  return (outShape, outStrides)
}

/// Calls `body(offsets, count, innerStrides)` for each innermost row of an n-operand strided
/// traversal in row-major order of `shape`. Offsets are in elements from each operand's base.
///
/// Rows longer than ``interruptionChunk`` come in pieces of that length, and `poll` (the
/// interruption checkpoint unless the loop must not stop half-way) runs after each chunk of
/// elements.
@inline(__always)
func forEachRow(
  shape rawShape: [Int], strides rawStrides: [[Int]], poll: () throws -> Void = Interruption.checkpoint,
  _ body: (_ offsets: UnsafeMutableBufferPointer<Int>, _ count: Int, _ inner: [Int]) throws -> Void
) rethrows {
  if rawShape.contains(0) { return }
  let (shape, strides) = coalesce(shape: rawShape, strides: rawStrides)
  let operands = strides.count
  let ndim = shape.count
  let inner = strides.map { $0[ndim - 1] }
  let count = shape[ndim - 1]
  var counters = [Int](repeating: 0, count: ndim)
  try withUnsafeTemporaryAllocation(of: Int.self, capacity: operands) { offsets in
    offsets.initialize(repeating: 0)
    var pending = 0
    while true {
      if count <= interruptionChunk {
        try body(offsets, count, inner)
        pending &+= count
        if pending > interruptionChunk {
          pending = 0
          try poll()
        }
      } else {
        var done = 0
        while done < count {
          let n = Swift.min(interruptionChunk, count - done)
          try body(offsets, n, inner)
          for k in 0..<operands { offsets[k] += n * inner[k] }
          done += n
          try poll()
        }
        for k in 0..<operands { offsets[k] -= count * inner[k] }
      }
      var axis = ndim - 2
      while axis >= 0 {
        counters[axis] += 1
        for k in 0..<operands { offsets[k] += strides[k][axis] }
        if counters[axis] < shape[axis] { break }
        for k in 0..<operands { offsets[k] -= strides[k][axis] * shape[axis] }
        counters[axis] = 0
        axis -= 1
      }
      if axis < 0 { return }
    }
  }
}
