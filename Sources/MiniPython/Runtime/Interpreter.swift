import Foundation

/// Resource limits of one interpreter (per call of `run`).
public struct Limits: Sendable {
  /// Loop iterations plus calls a single run may perform before `TimeoutError`.
  public var maxSteps: Int = 200_000_000
  /// Wall-clock seconds a single run may take before `TimeoutError`.
  public var maxSeconds: Double = 5
  /// The Python call depth that raises `RecursionError` (CPython's default).
  public var recursionLimit: Int = 1000
  /// The largest number of elements (or characters) one container or string may hold.
  public var maxContainerSize: Int = 50_000_000

  /// The defaults.
  public init() {}
}

/// A MiniPython interpreter: a persistent `__main__` namespace, registered native modules,
/// captured output and resource limits.
///
///     let interp = Interpreter()
///     interp.registerModule("geom") { interp in makeGeomModule() }
///     let result = interp.run("import geom\nprint(geom.Vec(1, 2))", file: "doc.md", firstLine: 12)
///
/// Not thread-safe: use one interpreter from one thread at a time.
public final class Interpreter {
  /// The `__main__` module whose namespace persists across runs.
  public let mainModule: PyModule
  /// The `builtins` module.
  public let builtins: PyModule
  /// Resource limits applied to each run.
  public var limits = Limits()
  /// Text written by `print` since the last `takeOutput()`.
  public internal(set) var output = ""

  var modules: [String: PyModule] = [:]
  var moduleFactories: [String: (Interpreter) throws -> PyModule] = [:]
  var frameStack: [Frame] = []
  var handlingStack: [PyBaseExceptionObject] = []
  var steps = 0
  var nextBudgetCheck = 0
  var deadline: Double = .infinity
  /// Raised by the ``Watchdog`` when `deadline` has passed.
  let deadlineFlag = DeadlineFlag()
  var blockName = "<block>"
  /// Source blocks by file name (first line, text), for tracebacks (`linecache`).
  var sourceBlocks: [String: [(firstLine: Int, text: String)]] = [:]
  var reprActive: Set<ObjectIdentifier> = []
  /// How deep native code is inside nested containers (comparisons, hashing of tuples); bounded by
  /// the recursion limit so that a deeply nested value raises `RecursionError`, not a stack overflow.
  var nestingDepth = 0
  /// The stack address below which calls raise `RecursionError` (0: unchecked).
  var stackLimit: UInt = 0
  /// Generators being resumed (innermost last); `yield` suspends the last one.
  var runningCoroutines: [Coroutine] = []
  /// Started generators that have not finished (their threads wait for a resume).
  var liveCoroutines: [ObjectIdentifier: Coroutine] = [:]
  /// Suspended generators whose objects were freed; closed at the next step boundary.
  var pendingFinalizers: [Coroutine] = []

  /// Creates an interpreter with an empty `__main__` and the standard modules registered.
  public init() {
    _ = BuiltinTypes.objectMembersInstalled
    mainModule = PyModule(name: "__main__", isNative: false)
    builtins = PyModule(name: "builtins")
    Builtins.install(into: builtins)
    mainModule["__builtins__"] = .object(builtins)
    modules["builtins"] = builtins
    modules["__main__"] = mainModule
    for (name, factory) in StandardModules.table { moduleFactories[name] = factory }
  }

  deinit { killCoroutines() }

  /// Returns and clears the captured output.
  public func takeOutput() -> String {
    defer { output = "" }
    return output
  }

  /// Appends text to the captured output (what `print` does).
  public func write(_ text: String) throws {
    output += text
    if output.utf8.count > limits.maxContainerSize {
      throw PyException(ExceptionTypes.memoryError, args: [])
    }
  }

  /// Counts one step (loop iteration or call) against the budget; the budget is checked every
  /// 16384 steps and at the first step after the watchdog has seen the deadline pass.
  @inline(__always) func tick() throws {
    steps &+= 1
    if steps >= nextBudgetCheck || deadlineFlag.passed.load(ordering: .relaxed) {
      try checkBudget()
      if !pendingFinalizers.isEmpty { try runFinalizers() }
    }
  }

  /// Checks the budget if the watchdog has seen the deadline pass: for native loops that may
  /// run long between steps (a sort's comparisons), at the cost of one atomic load.
  @inline(__always) func checkDeadline() throws {
    if deadlineFlag.passed.load(ordering: .relaxed) { try checkBudget() }
  }

  /// Checks the running block's step and time budget; native code that works long calls it
  /// between steps.
  /// - Throws: an error that ends the block with `TimeoutError` when the budget is spent (Python
  ///   code cannot catch it).
  public func checkBudget() throws {
    if steps >= limits.maxSteps {
      throw BudgetExceeded(message: "\(blockName) exceeded its budget of \(limits.maxSteps) steps")
    }
    if Interpreter.now() > deadline {
      throw BudgetExceeded(message: "\(blockName) exceeded its time budget of \(Repr.float(limits.maxSeconds)) seconds")
    }
    deadlineFlag.passed.store(false, ordering: .relaxed)
    nextBudgetCheck = min(steps + 16_384, limits.maxSteps)
  }

  static func now() -> Double { ProcessInfo.processInfo.systemUptime }

  func startBudget(name: String) {
    blockName = name
    steps = 0
    nextBudgetCheck = 0
    deadline = Interpreter.now() + limits.maxSeconds
    deadlineFlag.passed.store(false, ordering: .relaxed)
    if deadline.isFinite { Watchdog.shared.arm(deadlineFlag, until: deadline) }
  }

  /// Ends the time budget of the run started by ``startBudget(name:)``.
  func endBudget() {
    if deadline.isFinite { Watchdog.shared.disarm(deadlineFlag) }
  }

  /// Fails with `MemoryError` when a container would exceed the size bound.
  @inline(__always) func checkSize(_ n: Int) throws {
    if n > limits.maxContainerSize { throw PyException(ExceptionTypes.memoryError, args: []) }
  }

  /// Runs `body` with `frame` on the call stack, enforcing the recursion limit and recording
  /// the frame in the traceback of an exception that leaves it.
  func withFrame<T>(_ frame: Frame, _ body: () throws -> T) throws -> T {
    if frameStack.count >= limits.recursionLimit || StackGuard.stackPointer() < stackLimit {
      throw PyException(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
    }
    frameStack.append(frame)
    defer { frameStack.removeLast() }
    do {
      return try body()
    } catch let e as PyException {
      e.object.traceback.append(traceFrame(frame))
      throw e
    }
  }

  func traceFrame(_ frame: Frame) -> TracebackFrame {
    TracebackFrame(
      file: frame.code.file, line: frame.line, function: frame.code.name,
      source: sourceLine(file: frame.code.file, line: frame.line).map(Interpreter.stripped))
  }

  static func stripped(_ s: String) -> String {
    String(s.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
  }

  /// The current Python call stack, outermost first, as `traceback.extract_stack` gives it.
  ///
  /// Native code uses it to report where an object was created (Theano's "Backtrace when the
  /// node is created"); `formatStack()` gives CPython's text.
  public func currentStack() -> [TracebackFrame] {
    frameStack.map(traceFrame)
  }

  /// The current call stack formatted as `traceback.format_stack()` lines joined.
  public func formatStack() -> String {
    currentStack().map(\.formatted).joined()
  }
}
