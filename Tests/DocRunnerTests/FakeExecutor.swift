import DocRunner
import Synchronization

/// A tiny line language standing in for Python, so the runner is tested without an interpreter.
///
/// Plain blocks: `print TEXT` prints TEXT; `raise TYPE: MESSAGE` raises; `flags` prints the
/// front matter's `theano_flags`; anything else is ignored. Doctest blocks: each `>>> print TEXT`
/// prints TEXT and is compared with the lines after it.
struct FakeExecutor: CodeExecutor {
  let context: ExecutionContext
  let log: RequestLog

  mutating func execute(_ request: ExecutionRequest) -> ExecutionResult {
    log.append(request)
    switch request.kind {
    case .plain: return plain(request.code)
    case .doctest: return doctest(request)
    }
  }

  private func plain(_ code: String) -> ExecutionResult {
    var output = ""
    for line in code.split(separator: "\n") {
      if line.hasPrefix("print ") {
        output += line.dropFirst(6) + "\n"
      } else if line.hasPrefix("raise ") {
        let exception = line.dropFirst(6)
        let type = exception.split(separator: ":").first.map(String.init) ?? String(exception)
        // `ValueError` and `KeyError` derive from `Exception` here, as in Python.
        let lineage = ["ValueError", "KeyError", "TypeError"].contains(type) ? [type, "Exception", "BaseException"] : [type]
        return ExecutionResult(output: output + exception + "\n", exceptionType: type, exceptionLineage: lineage)
      } else if line == "flags" {
        output += (context.frontMatter["theano_flags"] ?? "none") + "\n"
      }
    }
    return ExecutionResult(output: output)
  }

  private func doctest(_ request: ExecutionRequest) -> ExecutionResult {
    var examples: [DoctestExample] = []
    let lines = request.code.split(separator: "\n", omittingEmptySubsequences: false)
    var index = 0
    while index < lines.count {
      let line = lines[index]
      guard line.hasPrefix(">>> ") else {
        index += 1
        continue
      }
      let source = String(line.dropFirst(4))
      let number = request.firstLine + index
      index += 1
      var expected = ""
      while index < lines.count, !lines[index].hasPrefix(">>> "), !lines[index].isEmpty {
        expected += lines[index] + "\n"
        index += 1
      }
      let got = source.hasPrefix("print ") ? source.dropFirst(6) + "\n" : ""
      examples.append(DoctestExample(line: number, source: source, expected: expected, got: got, matches: got == expected))
    }
    return ExecutionResult(output: examples.map(\.got).joined(), examples: examples)
  }
}

/// The requests executors received, across threads.
final class RequestLog: Sendable {
  private let requests = Mutex<[ExecutionRequest]>([])
  private let contexts = Mutex<[ExecutionContext]>([])

  func append(_ request: ExecutionRequest) { requests.withLock { $0.append(request) } }
  func append(_ context: ExecutionContext) { contexts.withLock { $0.append(context) } }
  var all: [ExecutionRequest] { requests.withLock { $0 } }
  var allContexts: [ExecutionContext] { contexts.withLock { $0 } }

  /// A factory of fake executors that log here.
  var factory: ExecutorFactory {
    { context in
      self.append(context)
      return FakeExecutor(context: context, log: self)
    }
  }
}

/// Runs a document given as text through the fake executor.
func run(
  _ text: String, path: String = "notes/doc.md", purpose: DocumentRunner.Purpose = .render,
  log: RequestLog = RequestLog()
) -> DocumentOutcome {
  DocumentRunner(executorFactory: log.factory).run(bytes: Array(text.utf8), path: path, purpose: purpose)
}

/// The document with outputs as text.
func rendered(_ text: String) -> String {
  String(decoding: run(text).markdown ?? [], as: UTF8.self)
}
