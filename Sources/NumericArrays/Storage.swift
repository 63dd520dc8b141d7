import Foundation

/// An owned, 64-byte aligned buffer shared by an array and its views.
final class Storage {
  let pointer: UnsafeMutableRawPointer
  let byteCount: Int

  /// Buffers from this size on ask the kernel for transparent huge pages, as numpy does, which
  /// saves most first-touch page faults on large temporaries.
  private static let hugePageThreshold = 4 << 20

  init(byteCount: Int) {
    self.byteCount = byteCount
    pointer = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(byteCount, 1), alignment: 64)
    ArrayMemory.allocated(byteCount)
    if byteCount >= Storage.hugePageThreshold {
      let page = 4096
      let start = (Int(bitPattern: pointer) + page - 1) / page * page
      let end = (Int(bitPattern: pointer) + byteCount) / page * page
      if end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) {
        _ = madvise(aligned, end - start, 14)  // MADV_HUGEPAGE
      }
    }
  }

  /// A buffer filled with zero bytes.
  static func zeroed(byteCount: Int) -> Storage {
    let storage = Storage(byteCount: byteCount)
    storage.pointer.initializeMemory(as: UInt8.self, repeating: 0, count: Swift.max(byteCount, 1))
    return storage
  }

  deinit {
    pointer.deallocate()
    ArrayMemory.freed(byteCount)
  }
}
