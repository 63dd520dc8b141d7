import Testing

@testable import NumericArrays

/// Arrays too large for memory are numpy's `_ArrayMemoryError`, never a crash (expected texts
/// from numpy 1.23 on a machine without that much memory).
@Suite struct ArrayMemoryTests {
  @Test func sizesAreWrittenAsNumpyWritesThem() {
    #expect(ArrayMemory.sizeText(80_000_000_000) == "74.5 GiB")
    #expect(ArrayMemory.sizeText(800_000_000_000) == "745. GiB")
    #expect(ArrayMemory.sizeText(8_000_000_000_000) == "7.28 TiB")
    #expect(ArrayMemory.sizeText(1023 * 1024 + 1000) == "1.00 MiB")
    #expect(ArrayMemory.sizeText(512) == "512 bytes")
  }

  @Test func creationBeyondMemoryFails() {
    let message = "Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64"
    #expect(throws: NDArrayError(.arrayMemoryError, message)) { try NDArray.ones([1_000_000_000_000]) }
    #expect(throws: NDArrayError(.arrayMemoryError, message)) {
      try RandomState(seed: 1).randomSample(size: [1_000_000_000_000])
    }
    let int64 = "Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type int64"
    #expect(throws: NDArrayError(.arrayMemoryError, int64)) {
      try NDArray.arange(stop: .int(1_000_000_000_000))
    }
    let tooBig = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
    #expect(throws: NDArrayError(.valueError, tooBig)) { try NDArray.zeros([10_000_000_000, 10_000_000_000]) }
  }

  @Test func resultsBeyondMemoryFail() throws {
    let column = try NDArray.ones([100_000, 1])
    let row = try NDArray.ones([1_000_000])
    let message = "Unable to allocate 745. GiB for an array with shape (100000, 1000000) and data type float64"
    #expect(throws: NDArrayError(.arrayMemoryError, message)) { try NDArray.apply(.multiply, column, row) }
    #expect(throws: NDArrayError(.arrayMemoryError, message)) { try NDArray.dot(column, row.reshaped([1, -1])) }
    #expect(throws: NDArrayError(.arrayMemoryError, message)) { try NDArray.matmul(column, row.reshaped([1, -1])) }
    #expect(
      NDArrayError(.arrayMemoryError, message).description
        == "numpy.core._exceptions._ArrayMemoryError: " + message)
  }
}
