import Interrupts

/// The outcome of running a block (notebook semantics).
public struct RunResult {
  /// What the block prints: its stdout, then `repr` of a final non-None expression value or the
  /// `ExcType: message` lines of an exception (`traceback.format_exception_only`).
  public var output: String
  /// Only what was written to stdout.
  public var stdout: String
  /// The value of the final expression statement, when there is one and it is not None.
  public var value: PyValue?
  /// The exception that ended the block, if any.
  public var exception: PyException?
  /// `traceback.format_exception_only` of the exception.
  public var errorText: String?
  /// The exception's type name, module-qualified unless builtin (`theano.gof.fg.MissingInputError`).
  public var errorTypeName: String? { exception?.typeName }
  /// Where the exception was raised, outermost frame first (`File "doc.md", line 3, in f`).
  public var traceback: [TracebackFrame] { exception.map { Array($0.object.traceback.reversed()) } ?? [] }
}

extension Interpreter {
  /// Records a block's text for tracebacks (`linecache`); lines are extracted on demand.
  func registerSource(_ source: String, file: String, firstLine: Int) {
    var blocks = sourceBlocks[file] ?? []
    blocks.removeAll { $0.firstLine == firstLine }
    blocks.append((firstLine, source))
    sourceBlocks[file] = blocks
  }

  /// The text of a line of a registered block, with a doctest prompt removed.
  func sourceLine(file: String, line: Int) -> String? {
    guard let blocks = sourceBlocks[file] else { return nil }
    for (first, text) in blocks.reversed() where line >= first {
      var n = first
      for l in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if n == line {
          let stripped = l.drop(while: { $0 == " " })
          if stripped.hasPrefix(">>> ") || stripped.hasPrefix("... ") { return String(stripped.dropFirst(4)) }
          if stripped == ">>>" || stripped == "..." { return "" }
          return String(l)
        }
        n += 1
      }
    }
    return nil
  }

  /// Runs a block in `__main__` with notebook semantics.
  /// - Parameters:
  ///   - source: the code.
  ///   - file: the file name shown in locations (the document's base name).
  ///   - firstLine: the document line of the code's first line.
  /// - Returns: the output and any exception; never throws.
  public func run(_ source: String, file: String = "<string>", firstLine: Int = 1) -> RunResult {
    registerSource(source, file: file, firstLine: firstLine)
    return onSufficientStack { runOnThisThread(source, file: file, firstLine: firstLine) }
  }

  func runOnThisThread(_ source: String, file: String, firstLine: Int) -> RunResult {
    _ = takeOutput()
    startBudget(name: "the block at \(file):\(firstLine)")
    defer { endBudget() }
    var value: PyValue?
    var exception: PyException?
    do {
      let body = try Parser.parseModule(source, firstLine: firstLine)
      let compiler = Compiler(interp: self, globals: mainModule, file: file)
      var stmts = body
      var last: Eval?
      var lastLine = firstLine
      if case .expr(let e)? = body.last?.kind {
        stmts.removeLast()
        last = try compiler.compileExpr(e)
        lastLine = e.location.line
      }
      let code = try compiler.compileModule(stmts)
      let frame = Frame(code: CodeInfo(name: "<module>", file: file, firstLine: firstLine, isModule: true), slotCount: 0,
                        parent: nil, interp: self)
      value = try execute(frame) {
        _ = try code(frame)
        guard let last else { return nil }
        frame.line = lastLine
        return try last(frame)
      }
    } catch let e as SyntaxErrorInfo {
      exception = PyException(syntaxException(e, file: file))
    } catch {
      exception = error as? PyException
    }
    if case .none? = value { value = nil }
    let stdout = takeOutput()
    var output = stdout
    var errorText: String?
    if value != nil && exception == nil {
      do {
        output += try repr(value!) + "\n"
      } catch let e as PyException {
        exception = e
      } catch {
        exception = PyException.runtimeError("\(error)")
      }
    }
    if let e = exception {
      let text = formatExceptionOnly(e)
      errorText = text
      output += text
      value = nil
    }
    return RunResult(output: output, stdout: stdout, value: value, exception: exception, errorText: errorText)
  }

  /// Runs `body` in a module frame, turning budget overruns and Swift errors into Python exceptions.
  ///
  /// Native work the body starts (array kernels, graph compiling and running) stops at its
  /// ``Interruption`` checkpoints once the block's time budget has passed.
  func execute<T>(_ frame: Frame, _ body: () throws -> T) throws -> T {
    handlingStack = []
    do {
      return try interruptible { try withFrame(frame, body) }
    } catch let e as PyException {
      throw e
    } catch let b as BudgetExceeded {
      let e = PyException(ExceptionTypes.timeoutError, b.message)
      e.object.traceback.append(traceFrame(frame))
      throw e
    } catch {
      throw PyException(ExceptionTypes.all["SystemError"]!, "\(error)")
    }
  }

  /// Runs `body` with this interpreter's deadline as the ``Interruption`` check, so that native
  /// code stops soon after the deadline, and with a stop of that check seen as the budget error.
  func interruptible<T>(_ body: () throws -> T) throws -> T {
    do {
      return try Interruption.during({ [unowned self] in try checkDeadline() }, body)
    } catch let interrupted as Interrupted {
      throw interrupted.reason
    }
  }

  /// Prints a non-None value's repr, as `sys.displayhook` does in interactive mode.
  func displayHook(_ v: PyValue) throws {
    if case .none = v { return }
    builtins["_"] = .none
    try write(try repr(v) + "\n")
    builtins["_"] = v
  }
}
