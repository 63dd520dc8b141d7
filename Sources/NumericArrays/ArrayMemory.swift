import Foundation
import Synchronization

/// The bound on the memory that array buffers may hold, process-wide.
///
/// Documents are untrusted: `numpy.ones(10**12)` must be a Python `MemoryError`, not a crash of
/// the host. Every buffer is counted while it lives, and operations that create arrays whose
/// size the caller chooses (creation functions, broadcasting, products, fancy indexing, random
/// draws) ask ``reserve(shape:dtype:)`` first, which fails as numpy does when the array would not
/// fit: `numpy.core._exceptions._ArrayMemoryError: Unable to allocate 74.5 GiB for an array with
/// shape (100000, 100000) and data type float64`.
public enum ArrayMemory {
  private static let live = Atomic<Int>(0)
  private static let bound = Atomic<Int>(defaultLimit)

  /// Half of the machine's physical memory.
  public static let defaultLimit = Int(clamping: ProcessInfo.processInfo.physicalMemory / 2)

  /// The most bytes array buffers may hold at once.
  public static var limit: Int {
    get { bound.load(ordering: .relaxed) }
    set { bound.store(newValue, ordering: .relaxed) }
  }

  /// The bytes array buffers hold now.
  public static var liveBytes: Int { live.load(ordering: .relaxed) }

  /// Checks that a new array of this shape and dtype fits.
  /// - Throws: ValueError `array is too big; ...` when its byte size overflows, as numpy's;
  ///   ``NDArrayError/Kind-swift.enum/arrayMemoryError`` when it would pass the limit.
  public static func reserve(shape: [Int], dtype: DType) throws {
    guard shape.allSatisfy({ $0 >= 0 }) else {
      throw NDArrayError.value("negative dimensions are not allowed")
    }
    var bytes = dtype.itemSize
    for length in shape {
      let (product, overflow) = bytes.multipliedReportingOverflow(by: length)
      guard !overflow else {
        throw NDArrayError.value(
          "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
      }
      bytes = product
    }
    guard bytes > limit - liveBytes else { return }
    throw NDArrayError(
      .arrayMemoryError,
      "Unable to allocate \(sizeText(bytes)) for an array with shape \(NDArray.shapeTuple(shape)) and data type "
        + dtype.name)
  }

  static func allocated(_ bytes: Int) { live.add(bytes, ordering: .relaxed) }
  static func freed(_ bytes: Int) { live.subtract(bytes, ordering: .relaxed) }

  /// A byte count as numpy's `_ArrayMemoryError` writes it: `74.5 GiB`, `745. GiB`, `7.28 TiB`.
  static func sizeText(_ bytes: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    var unit = Swift.max(Int.bitWidth - bytes.leadingZeroBitCount - 1, 1) / 10
    var value = Double(bytes) / Double(1 << (unit * 10))
    if value.rounded(.toNearestOrEven) == 1024 {
      unit += 1
      value /= 1024
    }
    if unit == 0 { return String(format: "%.0f bytes", value) }
    if value.rounded(.toNearestOrEven) < 1000 { return String(format: "%#.3g ", value) + units[unit] }
    return String(format: "%#.0f ", value) + units[unit]
  }
}
