/// The generator object of a generator expression (`(x * x for x in xs)`): it runs without a
/// coroutine, one element per `next`, yet has the `generator` type and its methods. Its body
/// never catches, so `close()` just finishes it, `throw(e)` raises `e` (finishing it) and
/// `send(v)` is `next` once started.
final class PyGeneratorExpression: PyIteratorObject {
  let qualname: String
  private let step: (Interpreter) throws -> PyValue?
  private var started = false
  private var finished = false
  private(set) var running = false

  /// A generator expression whose `step` returns the next element, or nil at its end.
  init(qualname: String, step: @escaping (Interpreter) throws -> PyValue?) {
    _ = PyGenerator.methodsInstalled
    self.qualname = qualname
    self.step = step
    super.init(type: BuiltinTypes.generator)
  }

  override func next(_ interp: Interpreter) throws -> PyValue? {
    if finished { return nil }
    if running { throw PyException.valueError("generator already executing") }
    started = true
    running = true
    defer { running = false }
    do {
      if let v = try step(interp) { return v }
      finished = true
      return nil
    } catch let e as PyException where e.matches(ExceptionTypes.stopIteration) {
      finished = true
      throw PyGenerator.stopIterationInside(e)
    } catch {
      finished = true
      throw error
    }
  }

  /// `send(v)`: the next element (the value is ignored), or `StopIteration` at the end.
  func send(_ interp: Interpreter, _ v: PyValue) throws -> PyValue {
    if !started && !finished && !v.isNone {
      throw PyException.typeError("can't send non-None value to a just-started generator")
    }
    guard let x = try next(interp) else { throw PyGenerator.stopIteration(.none) }
    return x
  }

  /// `close()`: `GeneratorExit` at the suspended element ends the expression.
  func close() throws {
    if running { throw PyException.valueError("generator already executing") }
    finished = true
  }

  /// `throw(e)`: `e` raised where the expression is suspended, which nothing catches.
  func throwIn(_ exception: PyException) throws -> Never {
    if running { throw PyException.valueError("generator already executing") }
    let wasFinished = finished
    finished = true
    if !wasFinished && exception.matches(ExceptionTypes.stopIteration) {
      throw PyGenerator.stopIterationInside(exception)
    }
    throw exception
  }
}
