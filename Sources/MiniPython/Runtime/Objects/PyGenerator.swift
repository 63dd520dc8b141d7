/// A generator object: the suspended call of a generator function (`def f(): yield 1`), run as
/// a `Coroutine` on its own thread when first resumed.
final class PyGenerator: PyIteratorObject {
  let coroutine: Coroutine
  let name: String
  let qualname: String
  private(set) var running = false
  /// Set when the body ran to its end or raised (also when closed before starting).
  private var exhausted = false

  init(interp: Interpreter, name: String, qualname: String, body: @escaping (Coroutine) throws -> PyValue) {
    _ = PyGenerator.methodsInstalled
    coroutine = Coroutine(interp: interp, body: body)
    self.name = name
    self.qualname = qualname
    super.init(type: BuiltinTypes.generator)
  }

  deinit {
    if coroutine.started && !coroutine.finished {
      let interp = coroutine.interp
      interp.pendingFinalizers.append(coroutine)
      interp.nextBudgetCheck = 0
    }
  }

  enum Outcome {
    case yielded(PyValue), returned(PyValue)
  }

  /// Resumes the body with `message`; a body that raises rethrows here.
  func resume(_ interp: Interpreter, _ message: Coroutine.Message) throws -> Outcome {
    if running { throw PyException.valueError("generator already executing") }
    if exhausted || coroutine.finished {
      exhausted = true
      if case .raise(let e) = message { throw e }
      return .returned(.none)
    }
    if !coroutine.started {
      switch message {
      case .send(let v) where !v.isNone:
        throw PyException.typeError("can't send non-None value to a just-started generator")
      case .raise(let e):
        exhausted = true
        throw e.matches(ExceptionTypes.stopIteration) ? PyGenerator.stopIterationInside(e) : e
      case .send, .kill: break
      }
    }
    if interp.frameStack.count >= interp.limits.recursionLimit {
      throw PyException(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
    }
    running = true
    let reply = coroutine.resume(message)
    running = false
    switch reply {
    case .yielded(let v): return .yielded(v)
    case .returned(let v):
      exhausted = true
      return .returned(v)
    case .raised(let e):
      exhausted = true
      throw e
    }
  }

  override func next(_ interp: Interpreter) throws -> PyValue? {
    if case .yielded(let v) = try resume(interp, .send(.none)) { return v }
    return nil
  }

  /// `send(v)`: the next yielded value, or `StopIteration(return value)`.
  func send(_ interp: Interpreter, _ v: PyValue) throws -> PyValue {
    try PyGenerator.value(of: try resume(interp, .send(v)))
  }

  static func value(of outcome: Outcome) throws -> PyValue {
    switch outcome {
    case .yielded(let v): return v
    case .returned(let v): throw stopIteration(v)
    }
  }

  static func stopIteration(_ v: PyValue) -> PyException {
    let e = PyException(ExceptionTypes.stopIteration, args: v.isNone ? [] : [v])
    e.object.attributes["value"] = v
    return e
  }

  /// The `RuntimeError` that replaces a `StopIteration` raised inside a generator's body.
  static func stopIterationInside(_ e: PyException) -> PyException {
    let r = PyException.runtimeError("generator raised StopIteration")
    r.object.cause = e.object
    r.object.context = e.object
    r.object.suppressContext = true
    return r
  }

  /// `close()`: raises `GeneratorExit` at the suspended `yield`.
  func close(_ interp: Interpreter) throws {
    if !coroutine.started || coroutine.finished {
      exhausted = true
      return
    }
    if running { throw PyException.valueError("generator already executing") }
    running = true
    defer { running = false }
    try PyGenerator.close(coroutine: coroutine, interp: interp)
    exhausted = true
  }

  /// Closes a suspended coroutine with CPython's rules (used by `close()` and by finalization).
  static func close(coroutine: Coroutine, interp: Interpreter) throws {
    guard coroutine.started, !coroutine.finished else { return }
    let exit = PyException(ExceptionTypes.all["GeneratorExit"]!, args: [])
    switch coroutine.resume(.raise(exit)) {
    case .yielded:
      coroutine.kill()
      throw PyException.runtimeError("generator ignored GeneratorExit")
    case .returned: return
    case .raised(let e):
      if let p = e as? PyException,
        p.matches(ExceptionTypes.all["GeneratorExit"]!) || p.matches(ExceptionTypes.stopIteration)
      {
        return
      }
      throw e
    }
  }

  /// The exception `throw(exc)`, `throw(type, value)` or `throw(type, value, tb)` raises;
  /// `a` holds the generator first.
  static func thrownException(_ interp: Interpreter, _ a: Arguments) throws -> PyException {
    guard a.positional.count >= 2 && a.positional.count <= 4 else {
      throw PyException.typeError("throw expected at least 1 argument, got \(a.positional.count - 1)")
    }
    let spec = a.positional[1]
    var exc: PyBaseExceptionObject
    if let t = spec.object as? PyType, t.isSubtype(of: ExceptionTypes.baseException), a.positional.count >= 3,
      !a.positional[2].isNone
    {
      if let e = a.positional[2].object as? PyBaseExceptionObject {
        exc = e
      } else {
        let args: [PyValue] = a.positional[2].object is PyTuple ? try interp.listOfValues(a.positional[2]) : [a.positional[2]]
        exc = try interp.makeException(try interp.call(spec, Arguments(args)))
      }
    } else if spec.object is PyBaseExceptionObject || (spec.object as? PyType)?.isSubtype(of: ExceptionTypes.baseException) == true {
      if spec.object is PyBaseExceptionObject, a.positional.count >= 3, !a.positional[2].isNone {
        throw PyException.typeError("instance exception may not have a separate value")
      }
      exc = try interp.makeException(spec)
    } else {
      throw PyException.typeError("exceptions must be classes or instances deriving from BaseException, not \(spec.typeName)")
    }
    return PyException(exc)
  }

  /// `throw(exc)`: raises `exc` at the suspended `yield`.
  func throwIn(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try PyGenerator.value(of: try resume(interp, .raise(try PyGenerator.thrownException(interp, a))))
  }

  static let methodsInstalled: Bool = {
    let t = BuiltinTypes.generator
    /// A generator function's generator, or else a generator expression's.
    func receiver(_ a: Arguments, _ name: String) throws -> (PyGenerator?, PyGeneratorExpression?) {
      switch a.positional.first?.object {
      case let g as PyGenerator: return (g, nil)
      case let g as PyGeneratorExpression: return (nil, g)
      default: throw PyException.typeError("descriptor '\(name)' requires a 'generator' object")
      }
    }
    func send(_ interp: Interpreter, _ a: Arguments, _ v: PyValue, _ name: String) throws -> PyValue {
      switch try receiver(a, name) {
      case (let g?, _): return try g.send(interp, v)
      case (_, let g?): return try g.send(interp, v)
      default: return .none
      }
    }
    t.defineMethod("send") { interp, a in
      guard a.positional.count == 2 else {
        _ = try receiver(a, "send")
        throw PyException.typeError("generator.send() takes exactly one argument (\(a.positional.count - 1) given)")
      }
      return try send(interp, a, a.positional[1], "send")
    }
    t.defineMethod("__next__") { interp, a in try send(interp, a, .none, "__next__") }
    t.defineMethod("__iter__") { _, a in a.positional[0] }
    t.defineMethod("close") { interp, a in
      switch try receiver(a, "close") {
      case (let g?, _): try g.close(interp)
      case (_, let g?): try g.close()
      default: break
      }
      return .none
    }
    t.defineMethod("throw") { interp, a in
      switch try receiver(a, "throw") {
      case (let g?, _): return try g.throwIn(interp, a)
      case (_, let g?): try g.throwIn(try PyGenerator.thrownException(interp, a))
      default: return .none
      }
    }
    func names(_ s: PyValue) -> (name: String, qualname: String, running: Bool) {
      switch s.object {
      case let g as PyGenerator: return (g.name, g.qualname, g.running)
      case let g as PyGeneratorExpression: return ("<genexpr>", g.qualname, g.running)
      default: return ("<genexpr>", "<genexpr>", false)
      }
    }
    t.defineProperty("__name__") { _, s in .str(names(s).name) }
    t.defineProperty("__qualname__") { _, s in .str(names(s).qualname) }
    t.defineProperty("gi_running") { _, s in .bool(names(s).running) }
    return true
  }()
}

extension Interpreter {
  /// The value of `yield value` inside the running generator: what `send` passes in (None for
  /// `next`), or the exception `throw`/`close` raise there.
  func yieldValue(_ value: PyValue, frame: Frame) throws -> PyValue {
    switch try suspendGenerator(value, frame: frame) {
    case .send(let v): return v
    case .raise(let e): throw e
    case .kill: throw CoroutineKilled()
    }
  }

  func suspendGenerator(_ value: PyValue, frame: Frame) throws -> Coroutine.Message {
    guard let c = runningCoroutines.last else {
      throw PyException.runtimeError("yield outside a running generator")
    }
    return try c.suspend(value, frame: frame)
  }

  /// `yield from iterable`: delegates to a sub-generator (send, throw and close pass through)
  /// or iterates any other iterable; the value is the sub-generator's return value.
  func yieldFrom(_ iterable: PyValue, frame: Frame) throws -> PyValue {
    let it = try iterator(iterable)
    guard let sub = it as? PyGenerator else {
      while let v = try it.next(self) {
        switch try suspendGenerator(v, frame: frame) {
        case .send(let s):
          if !s.isNone { _ = try callMethod(.object(it), "send", s) }
        case .raise(let e):
          if e.matches(ExceptionTypes.all["GeneratorExit"]!), let close = try? getAttribute(.object(it), "close") {
            _ = try call(close, Arguments())
          }
          throw e
        case .kill: throw CoroutineKilled()
        }
      }
      return .none
    }
    var message = Coroutine.Message.send(.none)
    while true {
      if case .raise(let e) = message, e.matches(ExceptionTypes.all["GeneratorExit"]!) {
        try sub.close(self)
        throw e
      }
      switch try sub.resume(self, message) {
      case .returned(let v): return v
      case .yielded(let v):
        message = try suspendGenerator(v, frame: frame)
        if case .kill = message { throw CoroutineKilled() }
      }
    }
  }
}

extension Interpreter {
  /// The generator object of a call of a generator function whose arguments are bound in `frame`.
  func makeGenerator(_ code: FunctionCode, _ frame: Frame) -> PyGenerator {
    PyGenerator(interp: self, name: code.name, qualname: code.qualname) { c in
      let interp = c.interp
      do {
        return try interp.withFrame(frame) {
          _ = try code.body(frame)
          return frame.returnValue
        }
      } catch let e as PyException where e.matches(ExceptionTypes.stopIteration) {
        throw PyGenerator.stopIterationInside(e)
      }
    }
  }
}
