/// An owned, 64-byte aligned buffer shared by an array and its views.
final class Storage {
  let pointer: UnsafeMutableRawPointer
  let byteCount: Int

  init(byteCount: Int) {
    self.byteCount = byteCount
    pointer = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 64)
  }

  /// A buffer filled with zero bytes.
  static func zeroed(byteCount: Int) -> Storage {
    let storage = Storage(byteCount: byteCount)
    storage.pointer.initializeMemory(as: UInt8.self, repeating: 0, count: max(byteCount, 1))
    return storage
  }

  deinit { pointer.deallocate() }
}
