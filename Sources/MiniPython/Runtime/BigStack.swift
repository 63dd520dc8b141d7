import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs interpreter work on a thread with a large stack, so deep (but bounded) Python
/// recursion can never overflow the caller's stack (test runners use small thread stacks).
enum BigStack {
  static let stackSize = 512 << 20

  /// Runs `body` to completion on a fresh thread and returns its result; falls back to the
  /// current thread if no thread can be created.
  static func run<T>(_ body: () -> T) -> T {
    var result: T?
    withoutActuallyEscaping(body) { escapable in
      if let thread = NativeThread.start(stackSize: stackSize, detached: false, { result = escapable() }) {
        pthread_join(thread, nil)
      } else {
        result = escapable()
      }
    }
    return result!
  }
}

/// POSIX threads with a chosen stack size (the interpreter's big stack and generator bodies).
enum NativeThread {
  private final class Body {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
  }

  /// Starts `body` on a new thread of `stackSize` bytes of stack; a `detached` thread cannot be
  /// joined. Returns the thread, or nil (and `body` never runs) when none could be created.
  static func start(stackSize: Int, detached: Bool, _ body: @escaping () -> Void) -> pthread_t? {
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    if detached { pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) }
    #if canImport(Glibc)
      var thread = pthread_t()
    #else
      var thread: pthread_t?
    #endif
    let created = pthread_create(&thread, &attributes, { raw in
      Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().run()
      return nil
    }, context)
    guard created == 0 else {
      Unmanaged<Body>.fromOpaque(context).release()
      return nil
    }
    return thread
  }
}

#if os(Linux)
  /// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not export).
  @_silgen_name("pthread_getattr_np")
  private func getThreadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// Measures the current thread's stack so deep recursion raises `RecursionError` before the
/// stack runs out, whatever thread the interpreter runs on.
enum StackGuard {
  /// Bytes kept free below the limit for native code and the error path.
  static let margin: UInt = 256 << 10

  /// The current stack pointer (approximately).
  @inline(__always) static func stackPointer() -> UInt {
    var marker = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
  }

  /// Stack bounds already measured, by thread (measuring the main thread reads a kernel table).
  static let measured = Mutex<[UInt: (low: UInt, high: UInt)]>([:])

  /// The lowest address of the current thread's stack, when the platform reports it.
  static func lowAddress() -> UInt? {
    #if os(Linux)
      let id = UInt(pthread_self())
      let sp = stackPointer()
      if let b = measured.withLock({ $0[id] }), sp > b.low, sp < b.high { return b.low }
      guard let b = measureBounds() else { return nil }
      measured.withLock { $0[id] = b }
      return b.low
    #else
      return nil
    #endif
  }

  static func measureBounds() -> (low: UInt, high: UInt)? {
    #if os(Linux)
      var attributes = pthread_attr_t()
      guard getThreadAttributes(pthread_self(), &attributes) == 0 else { return nil }
      defer { pthread_attr_destroy(&attributes) }
      var address: UnsafeMutableRawPointer?
      var size = 0
      guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return nil }
      return (UInt(bitPattern: address), UInt(bitPattern: address) + UInt(size))
    #else
      return nil
    #endif
  }
}

extension Interpreter {
  /// Runs `body` on this thread when it has at least `minimumStack` bytes of stack left,
  /// otherwise on a fresh thread with a large stack; sets the recursion guard either way.
  func onSufficientStack<T>(_ body: () -> T) -> T {
    let minimumStack: UInt = 6 << 20
    if let low = StackGuard.lowAddress(), StackGuard.stackPointer() > low + minimumStack {
      let saved = stackLimit
      stackLimit = low + StackGuard.margin
      defer { stackLimit = saved }
      return body()
    }
    return BigStack.run {
      let saved = stackLimit
      stackLimit = (StackGuard.lowAddress() ?? 0) + StackGuard.margin
      defer { stackLimit = saved }
      return body()
    }
  }
}
