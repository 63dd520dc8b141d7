#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Iterative release of nested containers (CPython's "trashcan"): without it, freeing a list
/// nested a million levels deep recurses through a million `deinit`s and overflows the stack.
///
/// A container's `deinit` hands its elements to `retire`; while a drain is running on the
/// thread, nested deallocations only enqueue, so the depth of `deinit` calls stays bounded.
enum Trashcan {
  final class State {
    var pending: [PyValue] = []
    var draining = false
  }

  static let key: pthread_key_t = {
    var k = pthread_key_t()
    pthread_key_create(&k) { p in if let p { Unmanaged<State>.fromOpaque(p).release() } }
    return k
  }()

  static var state: State {
    if let p = pthread_getspecific(key) { return Unmanaged<State>.fromOpaque(p).takeUnretainedValue() }
    let s = State()
    pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
    return s
  }

  /// Moves `items` (a dying container's elements) to this thread's queue when they hold
  /// containers; they are then released one at a time by the outermost drain on the thread.
  static func retire(_ items: inout [PyValue]) {
    guard items.contains(where: isContainer) else { return }
    let s = state
    s.pending.append(contentsOf: items)
    items = []
    if s.draining { return }
    s.draining = true
    while let v = s.pending.popLast() { _ = v }
    s.draining = false
  }

  private static func isContainer(_ v: PyValue) -> Bool {
    guard case .object(let o) = v else { return false }
    return o is PyList || o is PyTuple || o is PyDict
  }
}
