import DocRunner
import MiniPython
import NumPyBridge
import TheanoBridge

/// The one place where a new interpreter gets the modules a document can import beyond
/// MiniPython's standard ones: `numpy` (NumPyBridge) and `theano`/`pytensor` (TheanoBridge),
/// the latter configured by the document's front matter `theano_flags`.
enum NativeModules {
  /// A document's interpreter with every native module installed.
  struct Installed {
    /// The interpreter (one `__main__` namespace for the document).
    let interpreter: Interpreter
    /// The Theano session, for the `shapes` option's summaries.
    let theano: TheanoSession
    /// Ends the document's suspended generators when the last copy goes away.
    let lifetime: Lifetime
  }

  /// Shuts the interpreter down when freed (suspended generator threads keep it alive otherwise).
  final class Lifetime {
    let interpreter: Interpreter
    init(_ interpreter: Interpreter) { self.interpreter = interpreter }
    deinit { interpreter.shutdown() }
  }

  /// Makes an interpreter for a document with every native module installed.
  /// - Parameter context: the document's file name and front matter.
  /// - Throws: when the front matter's `theano_flags` are invalid.
  static func install(for context: ExecutionContext) throws -> Installed {
    let interpreter = Interpreter()
    NumPy.register(in: interpreter)
    let theano = try TheanoSession.install(into: interpreter, theanoFlags: context.frontMatter["theano_flags"])
    return Installed(interpreter: interpreter, theano: theano, lifetime: Lifetime(interpreter))
  }
}
