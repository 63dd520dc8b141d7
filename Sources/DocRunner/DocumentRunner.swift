import CommonMark
import Foundation

/// Runs the Python blocks of one Markdown document and produces the document with outputs.
///
/// Blocks run in order through one executor (one namespace); a block's error does not stop the
/// document. Output blocks are spliced into the author's text by line range.
public struct DocumentRunner: Sendable {
  /// What the run is for.
  public enum Purpose: Sendable, Equatable {
    /// Produce outputs for a copy of the document (`render`): code runs with the document's own
    /// line numbers.
    case render
    /// Produce outputs that replace the document (`update`): code runs with the line numbers it
    /// will have in the updated document, so one update gives a document that `check` accepts
    /// even when outputs quote line numbers (tracebacks, Theano's backtraces).
    case update
    /// Also compare fresh outputs with the recorded `output` blocks.
    case check
  }

  /// Makes an executor per document.
  public let executorFactory: ExecutorFactory
  /// The time limit of blocks that set none, in seconds (`nil`: none).
  public let defaultTimeout: Double?

  /// Creates a runner.
  /// - Parameters:
  ///   - executorFactory: makes a fresh executor for each document.
  ///   - defaultTimeout: the time limit of blocks that set none.
  public init(executorFactory: @escaping ExecutorFactory, defaultTimeout: Double? = nil) {
    self.executorFactory = executorFactory
    self.defaultTimeout = defaultTimeout
  }

  /// Runs a document.
  /// - Parameters:
  ///   - bytes: the document's bytes.
  ///   - path: its path, for messages and reports; its base name names the code in tracebacks.
  ///   - purpose: render or update (outputs only), or check (outputs compared with recorded ones).
  /// - Returns: the outcome; problems are data in it, never thrown.
  public func run(bytes: [UInt8], path: String, purpose: Purpose) -> DocumentOutcome {
    let clock = ContinuousClock.now
    do {
      var outcome = try runThrowing(bytes: bytes, path: path, purpose: purpose)
      outcome.seconds = clock.secondsSince
      return outcome
    } catch let error as RunnerError {
      return .failure(path: path, error: error, seconds: clock.secondsSince)
    } catch {
      return .failure(path: path, error: .unreadable(path: path, reason: "\(error)"), seconds: clock.secondsSince)
    }
  }

  private func runThrowing(bytes: [UInt8], path: String, purpose: Purpose) throws -> DocumentOutcome {
    if let offset = invalidUTF8Offset(bytes) { throw RunnerError.notUTF8(path: path, offset: offset) }
    let source = SourceText(bytes)
    let (frontMatter, frontMatterWarnings) = try FrontMatter.parse(source, path: path)
    let parsed = try ParsedMarkdown(source: source, frontMatter: frontMatter, path: path)
    let discovery = Discovery(document: parsed.document, source: source)
    let problems = frontMatterWarnings + discovery.problems
    var warnings = problems.map { DocumentWarning(path: path, line: $0.line, message: $0.message) }
    if let line = discovery.unclosedFenceLine {
      warnings.append(
        DocumentWarning(path: path, line: line, message: "code fence opened here is never closed; nothing from here on was run"))
    }
    let fileName = URL(fileURLWithPath: path).lastPathComponent
    let context = ExecutionContext(fileName: fileName, path: path, frontMatter: frontMatter.values)
    var executor: any CodeExecutor
    do {
      executor = try executorFactory(context)
    } catch {
      throw RunnerError.executorUnavailable(path: path, message: "\(error)")
    }
    let documentTimeout = frontMatter.values["timeout"].flatMap(Double.init) ?? defaultTimeout
    var outcomes: [BlockOutcome] = []
    var edits: [(block: DiscoveredBlock, edit: OutputSplicer.Edit)] = []
    let splicer = OutputSplicer(source: source)
    var lineShift = 0
    for block in discovery.blocks {
      let outcome = run(
        block, with: &executor, fileName: fileName, lineShift: lineShift, timeout: documentTimeout, purpose: purpose,
        path: path)
      outcomes.append(outcome)
      if let edit = edit(for: block, outcome: outcome) {
        edits.append((block, edit))
        if purpose == .update { lineShift += splicer.lineDelta(after: block, for: edit) }
      }
    }
    let markdown = splicer.apply(edits)
    let html = try HTMLPage(markdown: markdown, frontMatter: frontMatter, fileName: fileName, path: path, blocks: outcomes).render()
    let failed = discovery.unclosedFenceLine != nil || outcomes.contains { $0.status == .error || $0.status == .mismatch }
    return DocumentOutcome(
      path: path, status: failed ? .failed : .ok, seconds: 0, blocks: outcomes, warnings: warnings,
      error: nil, markdown: markdown, html: html)
  }

  private func run(
    _ block: DiscoveredBlock, with executor: inout any CodeExecutor, fileName: String, lineShift: Int,
    timeout: Double?, purpose: Purpose, path: String
  ) -> BlockOutcome {
    var outcome = BlockOutcome(
      index: block.index, line: block.fenceLine, kind: block.kind, options: block.options, status: .skipped,
      output: "", exceptionType: nil, seconds: 0, message: "", diff: "")
    guard !block.options.skip else { return outcome }
    let request = ExecutionRequest(
      code: block.code, kind: block.kind, fileName: fileName, firstLine: block.fenceLine + 1 + lineShift,
      timeout: block.options.timeout ?? timeout, options: block.options)
    let clock = ContinuousClock.now
    let result = executor.execute(request)
    outcome.seconds = clock.secondsSince
    outcome.output = result.output
    outcome.exceptionType = result.exceptionType
    outcome.status = .ok
    let location = "\(path):\(block.fenceLine)"
    switch block.kind {
    case .doctest:
      let failures = result.examples.filter { !$0.matches }
      if !failures.isEmpty {
        outcome.status = .mismatch
        outcome.message = "\(failures.count) of \(result.examples.count) doctest examples failed"
        outcome.diff = failures.map { example in
          UnifiedDiff.make(
            from: example.expected, to: example.got, oldName: "\(path):\(example.line) (expected)",
            newName: "\(path):\(example.line) (got)")
        }.joined()
      }
    case .plain:
      switch (block.options.raises, result.exceptionType) {
      case (nil, let type?):
        outcome.status = .error
        outcome.message = "unexpected \(type)"
      case (let expected?, nil):
        outcome.status = .error
        outcome.message = "expected \(expected.name), but the block raised nothing"
      case (let expected?, let type?) where !expected.matches(result.exceptionLineage):
        outcome.status = .error
        outcome.message = "expected \(expected.name), but the block raised \(type)"
      case (_, _):
        break
      }
      if purpose == .check, outcome.status == .ok, !block.options.noOutput {
        let recorded = block.recordedOutput?.literal ?? ""
        let fresh = OutputSplicer.recordedForm(result.output)
        if recorded != fresh {
          outcome.status = .mismatch
          outcome.message = block.recordedOutput == nil ? "no output block recorded" : "output differs from the recorded output block"
          let recordedLine = block.recordedOutput.map { "\(path):\($0.startLine)" } ?? location
          outcome.diff = UnifiedDiff.make(
            from: recorded, to: fresh, oldName: "\(recordedLine) (recorded)", newName: "\(location) (fresh)")
        }
      }
    }
    return outcome
  }

  /// The change to the document after a block: none for skipped and doctest blocks.
  private func edit(for block: DiscoveredBlock, outcome: BlockOutcome) -> OutputSplicer.Edit? {
    guard block.kind == .plain, outcome.status != .skipped else { return nil }
    if block.options.noOutput || outcome.output.isEmpty { return .remove }
    return .write(outcome.output)
  }

  private func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}

extension ExpectedError {
  /// The name used in messages.
  var name: String {
    switch self {
    case .any: "an error"
    case .type(let type): type
    }
  }
}

extension ContinuousClock.Instant {
  /// Seconds elapsed since this instant.
  var secondsSince: Double {
    let elapsed = ContinuousClock.now - self
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }
}
