import Foundation
import Synchronization

/// Set by the watchdog when a run's time budget has ended; the interpreter reads it at every step.
final class DeadlineFlag: Sendable {
  let passed = Atomic<Bool>(false)
}

/// One thread for the whole process that raises the ``DeadlineFlag`` of a running block when its
/// time budget ends.
///
/// The interpreter counts steps and reads the clock only every few thousand of them; on its own
/// that lets a loop whose every step is slow (`s.upper()` of a long string, sorting a long list)
/// run far past its deadline. With the flag, the first step after the deadline checks the budget,
/// whatever the steps cost. Arming and disarming are a lock and a dictionary update; the thread
/// starts with the first armed run and sleeps until the nearest deadline.
final class Watchdog: @unchecked Sendable {
  static let shared = Watchdog()

  private let condition = NSCondition()
  private var deadlines: [ObjectIdentifier: (deadline: Double, flag: DeadlineFlag)] = [:]
  private var started = false

  /// Raises `flag` at `deadline` (a time of ``Interpreter/now()``), replacing its earlier deadline.
  func arm(_ flag: DeadlineFlag, until deadline: Double) {
    condition.lock()
    defer { condition.unlock() }
    deadlines[ObjectIdentifier(flag)] = (deadline, flag)
    if !started {
      started = true
      let thread = Thread { [self] in watch() }
      thread.name = "MiniPython watchdog"
      thread.start()
    }
    condition.signal()
  }

  /// Forgets `flag`'s deadline (its run ended).
  func disarm(_ flag: DeadlineFlag) {
    condition.lock()
    deadlines[ObjectIdentifier(flag)] = nil
    condition.unlock()
  }

  private func watch() {
    condition.lock()
    while true {
      let now = Interpreter.now()
      for (key, entry) in deadlines where entry.deadline <= now {
        entry.flag.passed.store(true, ordering: .relaxed)
        deadlines[key] = nil
      }
      if let next = deadlines.values.map(\.deadline).min() {
        _ = condition.wait(until: Date(timeIntervalSinceNow: next - now))
      } else {
        condition.wait()
      }
    }
  }
}
