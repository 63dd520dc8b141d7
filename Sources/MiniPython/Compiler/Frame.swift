/// What a compiled statement tells the enclosing statement list to do next.
enum Flow {
  case normal, breakLoop, continueLoop, returnValue
}

/// A compiled expression.
typealias Eval = (Frame) throws -> PyValue
/// A compiled statement.
typealias Exec = (Frame) throws -> Flow
/// A compiled assignment target.
typealias Store = (Frame, PyValue) throws -> Void

/// The activation of a module body, function call, class body or comprehension.
final class Frame {
  /// Local variables by slot (nil while unbound).
  var slots: ContiguousArray<PyValue?>
  /// The lexically enclosing function frame (closures read outer variables through it).
  let parent: Frame?
  unowned(unsafe) let interp: Interpreter
  let code: CodeInfo
  /// The line being executed (for tracebacks).
  var line: Int
  var returnValue: PyValue = .none
  /// The namespace of a class body being executed.
  var classNamespace: PyDict?
  /// Exceptions being handled by `except` clauses (innermost last), for bare `raise` and `__context__`.
  var handling: [PyBaseExceptionObject] = []

  init(code: CodeInfo, slotCount: Int, parent: Frame?, interp: Interpreter) {
    self.code = code
    slots = ContiguousArray(repeating: nil, count: slotCount)
    self.parent = parent
    self.interp = interp
    line = code.firstLine
  }

  /// The frame that functions defined here close over (class bodies are skipped, as in Python).
  var closureFrame: Frame? { classNamespace != nil ? parent : (code.isModule ? nil : self) }

  /// The frame `depth` lexical levels up.
  @inline(__always) func ancestor(_ depth: Int) -> Frame {
    var f = self
    for _ in 0..<depth { f = f.parent.unsafelyUnwrapped }
    return f
  }
}

/// Static facts about a code block, shared by all its frames.
final class CodeInfo {
  /// The function name shown in tracebacks (`<module>`, `f`, `<lambda>`, `<listcomp>`).
  let name: String
  let file: String
  let firstLine: Int
  let isModule: Bool

  init(name: String, file: String, firstLine: Int, isModule: Bool) {
    self.name = name
    self.file = file
    self.firstLine = firstLine
    self.isModule = isModule
  }
}

/// A compiled function body with its parameter layout.
final class FunctionCode {
  let info: CodeInfo
  var name: String { info.name }
  let qualname: String
  /// Positional parameter names (positional-only first), then keyword-only names.
  let positionalNames: [String]
  let positionalOnlyCount: Int
  let kwOnlyNames: [String]
  /// Slots: positional params are 0..<n, then vararg, kw-only, kwarg.
  let varargSlot: Int?
  let kwargSlot: Int?
  let slotCount: Int
  let doc: String?
  var body: Exec = { _ in .normal }
  /// A generator function: a call returns a generator object instead of running the body.
  var isGenerator = false

  init(info: CodeInfo, qualname: String, positionalNames: [String], positionalOnlyCount: Int, kwOnlyNames: [String],
       varargSlot: Int?, kwargSlot: Int?, slotCount: Int, doc: String?) {
    self.info = info
    self.qualname = qualname
    self.positionalNames = positionalNames
    self.positionalOnlyCount = positionalOnlyCount
    self.kwOnlyNames = kwOnlyNames
    self.varargSlot = varargSlot
    self.kwargSlot = kwargSlot
    self.slotCount = slotCount
    self.doc = doc
  }
}
