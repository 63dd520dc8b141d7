import MiniPython
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// The `theano` package for one interpreter: configuration, Python classes and modules.
///
/// One session serves one document: its flags start from the document's `theano_flags` and
/// change through `theano.config`.
public final class TheanoSession {
  /// The configuration (`theano.config`).
  public var flags: TheanoFlags
  let types: BridgeTypes
  var modulesByName: [String: PyModule] = [:]
  /// The dtypes Python floats may become (`theano.scalar.basic.autocast_float.dtypes`).
  var floatAutocast: [DType] = [.float16, .float32, .float64]
  /// The live Python object of each wrapped variable, so `wrap` keeps Python's identity (`is`).
  var wrappers: [ObjectIdentifier: WeakVariableObject] = [:]
  /// The size of `wrappers` at which entries of released objects are dropped.
  var wrappersPruneSize = 1024
  /// The document's small constants (Theano's `constant_cache`).
  let constants = ConstantCache()

  /// Creates a session with Theano's defaults changed by `theanoFlags` (`a=b,c=d`).
  /// - Throws: a Python `ValueError` for an invalid flag.
  public init(theanoFlags: String = "") throws {
    var flags = TheanoFlags()
    do {
      try flags.apply(theanoFlags)
    } catch {
      throw pythonException(error, types: nil)
    }
    self.flags = flags
    self.types = BridgeTypes()
  }

  /// Registers `theano`, `theano.tensor` and `theano.printing`, and the same modules under the
  /// name `pytensor`, in `interpreter`; the interpreter keeps the session alive.
  public func install(into interpreter: Interpreter) {
    for prefix in ["theano", "pytensor"] {
      for (name, build) in TheanoSession.modules {
        interpreter.registerModule(prefix + name.dropFirst("theano".count)) { _ in
          if name != "theano" { _ = self.submodule("theano", TheanoModule.make) }
          return self.submodule(name, build)
        }
      }
    }
  }

  /// The modules a session provides, by their `theano` names; importing one imports `theano`.
  static let modules: [(name: String, build: @Sendable (TheanoSession) -> PyModule)] = [
    ("theano", TheanoModule.make),
    ("theano.tensor", TensorModule.make),
    ("theano.tensor.nnet", NnetModule.make),
    ("theano.compile", CompileModule.make),
    ("theano.compile.mode", CompileModule.makeMode),
    ("theano.compile.nanguardmode", CompileModule.makeNanGuardMode),
    ("theano.scalar", ScalarModule.make),
    ("theano.scalar.basic", ScalarModule.makeBasic),
    ("theano.printing", PrintingModule.make),
  ]

  /// Makes a session configured by a document's `theano_flags` and installs its modules in
  /// `interpreter` (the entry point the `quire` executable calls).
  /// - Parameters:
  ///   - interpreter: the document's interpreter.
  ///   - theanoFlags: the front matter's `theano_flags` (`optimizer_excluding=...`), if any.
  /// - Returns: the session (for `shapeSummary(name:value:)`).
  /// - Throws: a Python `ValueError` for an invalid flag.
  @discardableResult
  public static func install(into interpreter: Interpreter, theanoFlags: String?) throws -> TheanoSession {
    let session = try TheanoSession(theanoFlags: theanoFlags ?? "")
    session.install(into: interpreter)
    return session
  }

  /// Runs a block of the document (or any code using the session) with the document's state
  /// bound: its constant cache.
  public func withDocumentState<T>(_ body: () throws -> T) rethrows -> T {
    try ConstantCache.$current.withValue(constants, operation: body)
  }

  /// The module `name`, built once and shared by its `theano` and `pytensor` names.
  func submodule(_ name: String, _ build: (TheanoSession) -> PyModule) -> PyModule {
    if let built = modulesByName[name] { return built }
    let made = build(self)
    modulesByName[name] = made
    return made
  }

  /// The typing context of the current flags.
  var typing: TypingContext { flags.typing }
}

/// The Python classes the bridge defines, made once per session.
final class BridgeTypes {
  let tensorVariable = PyType(name: "TensorVariable", module: "theano.tensor.var", base: nil)
  lazy var tensorConstant = PyType(
    name: "TensorConstant", module: "theano.tensor.var", base: tensorVariable)
  let scalarConstant = PyType(name: "ScalarConstant", module: "theano.scalar.basic", base: nil)
  lazy var tensorShared = PyType(
    name: "TensorSharedVariable", module: "theano.tensor.sharedvar", base: tensorVariable)
  lazy var scalarShared = PyType(
    name: "ScalarSharedVariable", module: "theano.tensor.sharedvar", base: tensorVariable)
  let genericShared = PyType(name: "SharedVariable", module: "theano.compile.sharedvalue", base: nil)
  let tensorType = PyType(name: "TensorType", module: "theano.tensor.type", base: nil)
  let apply = PyType(name: "Apply", module: "theano.gof.graph", base: nil)
  let op = PyType(name: "Op", module: "theano.gof.op", base: nil)
  let function = PyType(name: "Function", module: "theano.compile.function_module", base: nil)
  let tag = PyType(name: "ValidatingScratchpad", module: "theano.gof.utils", base: nil)
  let functionMaker = PyType(name: "FunctionMaker", module: "theano.compile.function_module", base: nil)
  let functionGraph = PyType(name: "FunctionGraph", module: "theano.gof.fg", base: nil)
  let config = PyType(name: "TheanoConfigParser", module: "theano.configparser", base: nil)
  let mode = PyType(name: "Mode", module: "theano.compile.mode", base: nil)
  var exceptions: [String: PyType] = [:]
  var opClasses: [String: PyType] = [:]

  /// The Python class of an op (`type(op).__name__` is Theano's class name, `Elemwise`, `Gemv`).
  func opClass(_ op: any Op) -> PyType {
    if let made = opClasses[op.className] { return made }
    let made = PyType(name: op.className, module: "theano.gof.op", base: self.op)
    opClasses[op.className] = made
    return made
  }

  /// The Python class of a Theano exception name (`ValueError`, `theano.gof.fg.MissingInputError`).
  func exceptionType(_ qualified: String) -> PyType {
    if let builtin = ExceptionTypes.all[qualified] { return builtin }
    if let made = exceptions[qualified] { return made }
    let parts = qualified.split(separator: ".")
    let name = String(parts.last ?? "Exception")
    let module = parts.dropLast().joined(separator: ".")
    let base: PyType? =
      name == "AxisError"
      ? ExceptionTypes.all["ValueError"] : name == "ComplexError" ? ExceptionTypes.all["NotImplementedError"] : nil
    let made = ExceptionTypes.define(name, module: module.isEmpty ? "builtins" : module, base: base)
    exceptions[qualified] = made
    return made
  }
}
