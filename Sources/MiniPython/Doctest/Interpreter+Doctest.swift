/// The outcome of one doctest example.
public struct DoctestExampleResult {
  /// The example as parsed.
  public var example: DoctestExample
  /// The document line of its `>>>` prompt.
  public var line: Int
  /// What it printed, plus `Traceback (most recent call last):\n  ...\nExc: msg\n` if it raised.
  public var output: String
  /// Whether the output matched the expected one (nil when skipped).
  public var matched: Bool?
  /// The exception it raised, if any.
  public var exception: PyException?
  /// `traceback.format_exception_only` of that exception.
  public var errorText: String?
}

/// The outcome of a doctest block.
public struct DoctestResult {
  /// Each example's result.
  public var examples: [DoctestExampleResult]
  /// The examples' outputs concatenated (the block's output).
  public var output: String { examples.map(\.output).joined() }
  /// The expected outputs written in the block, concatenated.
  public var documentedOutput: String { examples.map(\.example.want).joined() }
  /// Whether every example that ran matched.
  public var allMatched: Bool { examples.allSatisfy { $0.matched != false } }
}

extension Interpreter {
  /// Runs a doctest block: each `>>>` example is compiled in 'single' mode and run in
  /// `__main__`; outputs are compared with ELLIPSIS | NORMALIZE_WHITESPACE plus the example's
  /// own `# doctest:` directives (`+SKIP` examples are not run).
  /// - Parameters:
  ///   - block: the block text (prompts included).
  ///   - file: the file name shown in locations.
  ///   - firstLine: the document line of the block's first line.
  public func runDoctest(_ block: String, file: String = "<doctest>", firstLine: Int = 1) -> DoctestResult {
    registerSource(block, file: file, firstLine: firstLine)
    return onSufficientStack {
      DoctestResult(examples: DoctestParser.examples(in: block).map { runExample($0, file: file, firstLine: firstLine) })
    }
  }

  func runExample(_ ex: DoctestExample, file: String, firstLine: Int) -> DoctestExampleResult {
    let line = firstLine + ex.lineOffset
    var result = DoctestExampleResult(example: ex, line: line, output: "", matched: nil)
    if ex.options["SKIP"] == true { return result }
    _ = takeOutput()
    startBudget(name: "the example at \(file):\(line)")
    defer { endBudget() }
    var exception: PyException?
    do {
      let body = try Parser.parseModule(ex.source, firstLine: line)
      if body.count > 1, body.contains(where: { $0.location.line != body[0].location.line }) {
        var e = SyntaxErrorInfo("multiple statements found while compiling a single statement", at: body[0].location)
        e.display = .sourceOnly
        throw e
      }
      let compiler = Compiler(interp: self, globals: mainModule, file: file)
      compiler.interactive = true
      let code = try compiler.compileModule(body)
      let frame = Frame(code: CodeInfo(name: "<module>", file: file, firstLine: line, isModule: true), slotCount: 0,
                        parent: nil, interp: self)
      try execute(frame) { _ = try code(frame) }
    } catch let e as SyntaxErrorInfo {
      exception = PyException(syntaxException(e, file: file))
    } catch {
      exception = error as? PyException
    }
    let got = takeOutput()
    let ellipsis = ex.options["ELLIPSIS"] ?? true
    let normalize = ex.options["NORMALIZE_WHITESPACE"] ?? true
    if let e = exception {
      let text = formatExceptionOnly(e)
      result.exception = e
      result.errorText = text
      result.output = got + "Traceback (most recent call last):\n  ...\n" + text
      let lastLine = text.hasPrefix("  File") ? String(text.split(separator: "\n").last ?? "") + "\n" : text
      if let want = ex.exceptionMessage {
        result.matched = OutputChecker.matches(want: want, got: lastLine, ellipsis: ellipsis, normalizeWhitespace: normalize)
        if result.matched == false, ex.options["IGNORE_EXCEPTION_DETAIL"] == true {
          result.matched = exceptionName(want) == exceptionName(lastLine)
        }
      } else {
        result.matched = false
      }
    } else {
      result.output = got
      result.matched = OutputChecker.matches(want: ex.want, got: got, ellipsis: ellipsis, normalizeWhitespace: normalize)
    }
    return result
  }

  func exceptionName(_ line: String) -> Substring {
    let head = line.prefix(while: { $0 != ":" })
    return head.split(separator: ".").last ?? head
  }
}
