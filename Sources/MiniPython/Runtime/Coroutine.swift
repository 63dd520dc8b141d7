import Dispatch
import Interrupts

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The thrown-away unwinding of a suspended generator whose interpreter is being destroyed
/// (not a Python exception: `except` clauses do not catch it).
struct CoroutineKilled: Error {}

/// The body of a generator function running on its own thread, handing control back and forth
/// with the code that resumes it. Only one side runs at a time (strict hand-off through two
/// semaphores), so the interpreter's state is never touched concurrently.
final class Coroutine {
  /// What the resuming side passes in.
  enum Message {
    case send(PyValue), raise(PyException), kill
  }

  /// What the coroutine hands back.
  enum Reply {
    case yielded(PyValue), returned(PyValue), raised(any Error)
  }

  /// The stack of a generator thread (virtual; RecursionError comes from `StackGuard` before it runs out).
  static let stackSize = 64 << 20

  unowned(unsafe) let interp: Interpreter
  private let body: (Coroutine) throws -> PyValue
  private var message = Message.send(.none)
  private var reply = Reply.returned(.none)
  private let toCoroutine = DispatchSemaphore(value: 0)
  private let toCaller = DispatchSemaphore(value: 0)
  private(set) var started = false
  private(set) var finished = false
  /// The coroutine's own stack limit for the recursion guard.
  private var ownStackLimit: UInt = 0
  /// Exceptions being handled inside the coroutine while it is suspended.
  private var savedHandling: [PyBaseExceptionObject] = []
  private var handlingBase = 0
  /// The generator's frame, taken off the call stack while suspended.
  private var suspendedFrame: Frame?

  init(interp: Interpreter, body: @escaping (Coroutine) throws -> PyValue) {
    self.interp = interp
    self.body = body
  }

  /// Runs the coroutine until it yields, returns or raises (caller side).
  func resume(_ m: Message) -> Reply {
    if finished { return .returned(.none) }
    message = m
    let savedLimit = interp.stackLimit
    interp.runningCoroutines.append(self)
    if !started {
      started = true
      interp.liveCoroutines[ObjectIdentifier(self)] = self
      if !startThread() {
        finished = true
        interp.liveCoroutines[ObjectIdentifier(self)] = nil
        interp.runningCoroutines.removeLast()
        return .raised(PyException(ExceptionTypes.memoryError, args: []))
      }
    } else {
      toCoroutine.signal()
    }
    toCaller.wait()
    interp.runningCoroutines.removeLast()
    interp.stackLimit = savedLimit
    if finished { interp.liveCoroutines[ObjectIdentifier(self)] = nil }
    return reply
  }

  /// Hands `value` to the resumer and waits to be resumed (coroutine side). Returns the sent
  /// value, or the exception thrown in.
  func suspend(_ value: PyValue, frame: Frame) throws -> Message {
    let interp = self.interp
    if interp.frameStack.last === frame { interp.frameStack.removeLast() }
    suspendedFrame = frame
    savedHandling = Array(interp.handlingStack[min(handlingBase, interp.handlingStack.count)...])
    interp.handlingStack.removeSubrange(min(handlingBase, interp.handlingStack.count)...)
    reply = .yielded(value)
    toCaller.signal()
    toCoroutine.wait()
    enter()
    if case .kill = message { throw CoroutineKilled() }
    return message
  }

  /// Restores the coroutine's interpreter state after a hand-off to it.
  private func enter() {
    interp.stackLimit = ownStackLimit
    handlingBase = interp.handlingStack.count
    interp.handlingStack.append(contentsOf: savedHandling)
    savedHandling = []
    if let f = suspendedFrame {
      interp.frameStack.append(f)
      suspendedFrame = nil
    }
  }

  private func main() {
    ownStackLimit = (StackGuard.lowAddress() ?? 0) + StackGuard.margin
    enter()
    let result: Reply
    if case .kill = message {
      result = .raised(CoroutineKilled())
    } else {
      do { result = .returned(try interp.interruptible { try body(self) }) } catch { result = .raised(error) }
    }
    reply = result
    finished = true
    toCaller.signal()
  }

  private func startThread() -> Bool {
    NativeThread.start(stackSize: Coroutine.stackSize, detached: true) { self.main() } != nil
  }

  /// Unwinds a suspended coroutine without Python code being able to stop it (interpreter teardown).
  func kill() {
    guard started, !finished else { return }
    interp.steps = interp.limits.maxSteps
    interp.nextBudgetCheck = 0
    while !finished { _ = resume(.kill) }
  }
}

extension Interpreter {
  /// Closes the generators freed since the last check (their `finally` blocks run here, at a
  /// step boundary, rather than inside the release of the last reference).
  func runFinalizers() throws {
    while let c = pendingFinalizers.popLast() {
      // As CPython, an exception in a finalizer is ignored (CPython reports it on stderr).
      do { try PyGenerator.close(coroutine: c, interp: self) } catch is PyException {}
    }
  }

  /// Ends the threads of all suspended generators (their `finally` blocks run under an
  /// exhausted step budget). Call it when done with an interpreter: a suspended generator's
  /// thread keeps its interpreter alive. The generators then behave as finished.
  public func shutdown() {
    killCoroutines()
  }

  func killCoroutines() {
    pendingFinalizers = []
    while let (_, c) = liveCoroutines.first { 
      c.kill()
      liveCoroutines[ObjectIdentifier(c)] = nil
    }
  }
}
