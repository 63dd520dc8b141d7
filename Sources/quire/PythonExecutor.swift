import DocRunner
import MiniPython
import TheanoBridge

/// DocRunner's ``CodeExecutor`` on a MiniPython interpreter: one fresh interpreter (one
/// `__main__` namespace) per document, so documents run in parallel never share state.
struct PythonExecutor: CodeExecutor {
  /// Makes the executor of a document.
  static let factory: ExecutorFactory = { context in
    PythonExecutor(modules: try NativeModules.install(for: context))
  }

  /// The document's interpreter and modules.
  let modules: NativeModules.Installed

  mutating func execute(_ request: ExecutionRequest) -> ExecutionResult {
    modules.theano.withDocumentState { run(request) }
  }

  private func run(_ request: ExecutionRequest) -> ExecutionResult {
    let interpreter = modules.interpreter
    interpreter.limits.maxSeconds = request.timeout ?? .infinity
    switch request.kind {
    case .plain:
      let before = request.options.shapes ? bindings() : [:]
      let result = interpreter.run(request.code, file: request.fileName, firstLine: request.firstLine)
      let shapes = request.options.shapes ? shapeLines(since: before) : ""
      return ExecutionResult(
        output: result.output + shapes, exceptionType: result.errorTypeName,
        exceptionLineage: result.exception.map(Self.lineage))
    case .doctest:
      let result = interpreter.runDoctest(request.code, file: request.fileName, firstLine: request.firstLine)
      let examples = result.examples.map { example in
        DoctestExample(
          line: example.line, source: example.example.source, expected: example.example.want,
          got: example.output, matches: example.matched != false)
      }
      let raised = result.examples.last(where: { $0.exception != nil })?.exception
      return ExecutionResult(
        output: result.output, exceptionType: raised?.typeName, exceptionLineage: raised.map(Self.lineage),
        examples: examples)
    }
  }

  /// The objects bound to names in `__main__`, by name.
  private func bindings() -> [String: ObjectIdentifier] {
    let main = modules.interpreter.mainModule
    var result: [String: ObjectIdentifier] = [:]
    for name in main.names {
      if let object = main[name]?.object { result[name] = ObjectIdentifier(object) }
    }
    return result
  }

  /// The `shapes` lines for the symbolic variables bound (or rebound) since `before`.
  private func shapeLines(since before: [String: ObjectIdentifier]) -> String {
    let main = modules.interpreter.mainModule
    var lines = ""
    for name in main.names {
      guard let value = main[name], let object = value.object, before[name] != ObjectIdentifier(object),
        let line = modules.theano.shapeSummary(name: name, value: value)
      else { continue }
      lines += line + "\n"
    }
    return lines
  }

  /// The qualified names of an exception's class and its bases, as tracebacks spell them.
  private static func lineage(_ exception: PyException) -> [String] {
    exception.type.mro.map { $0.module == "builtins" || $0.module == "__main__" ? $0.name : $0.qualifiedName }
  }
}
