/// Standard modules written in Python and run by the interpreter itself on first import
/// (`functools`, `itertools`): their functions and classes are ordinary Python objects whose
/// `__module__` is the module's name, and they raise CPython's messages explicitly.
enum PythonSourceModule {
  /// Runs `source` in a fresh module called `name`.
  static func run(_ name: String, source: String, in interp: Interpreter) throws -> PyModule {
    let module = PyModule(name: name)
    let file = "<\(name)>"
    do {
      let compiler = Compiler(interp: interp, globals: module, file: file)
      let code = try compiler.compileModule(try Parser.parseModule(source))
      let frame = Frame(
        code: CodeInfo(name: "<module>", file: file, firstLine: 1, isModule: true), slotCount: 0, parent: nil,
        interp: interp)
      _ = try interp.withFrame(frame) { try code(frame) }
    } catch let e as SyntaxErrorInfo {
      throw PyException(interp.syntaxException(e, file: file))
    }
    return module
  }
}
