#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs interpreter work on a thread with a large stack, so deep (but bounded) Python
/// recursion can never overflow the caller's stack (test runners use small thread stacks).
enum BigStack {
  static let stackSize = 512 << 20

  private final class Job {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  /// Runs `body` to completion on a fresh thread and returns its result; falls back to the
  /// current thread if no thread can be created.
  static func run<T>(_ body: () -> T) -> T {
    var result: T?
    withoutActuallyEscaping(body) { escapable in
      let job = Job { result = escapable() }
      let context = Unmanaged.passRetained(job).toOpaque()
      var attributes = pthread_attr_t()
      pthread_attr_init(&attributes)
      defer { pthread_attr_destroy(&attributes) }
      pthread_attr_setstacksize(&attributes, stackSize)
      #if canImport(Glibc)
        var thread = pthread_t()
      #else
        var thread: pthread_t?
      #endif
      let created = pthread_create(&thread, &attributes, { raw in
        let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
        job.body()
        return nil
      }, context)
      if created == 0 {
        #if canImport(Glibc)
          pthread_join(thread, nil)
        #else
          pthread_join(thread!, nil)
        #endif
      } else {
        Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
      }
    }
    return result!
  }
}
