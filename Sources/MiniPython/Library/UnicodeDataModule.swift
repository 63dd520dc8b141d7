/// The `unicodedata` module's character names: `name`, `lookup` and `unidata_version`
/// (``UnicodeNames``, Unicode 14.0 as in CPython 3.11).
enum UnicodeDataModule {
  /// Creates the `unicodedata` module object.
  static func make(_ interp: Interpreter) -> PyModule {
    let module = PyModule(name: "unicodedata")
    module["unidata_version"] = .str(UnicodeNames.version)
    module["name"] = .object(PyBuiltinFunction(name: "name", body: name))
    module["lookup"] = .object(PyBuiltinFunction(name: "lookup", body: lookup))
    return module
  }

  /// `name(chr, default)`: the character's name, else `default`, else `ValueError: no such name`.
  static func name(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.noKeywords("unicodedata.name")
    let count = a.positional.count
    guard count == 1 || count == 2 else {
      let bound = count == 0 ? "at least 1 argument" : "at most 2 arguments"
      throw PyException.typeError("name expected \(bound), got \(count)")
    }
    let v = a.positional[0]
    guard case .str(let s) = v, s.unicodeScalars.count == 1, let scalar = s.unicodeScalars.first else {
      throw PyException.typeError("name() argument 1 must be a unicode character, not \(v.typeName)")
    }
    if let n = UnicodeNames.name(of: scalar) { return .str(n) }
    if count == 2 { return a.positional[1] }
    throw PyException.valueError("no such name")
  }

  /// `lookup(name)`: the character (or named sequence) called `name`, else `KeyError`.
  static func lookup(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.expect("unicodedata.lookup", count: 1)
    guard case .str(let name) = a.positional[0] else {
      throw PyException.typeError("a bytes-like object is required, not '\(a.positional[0].typeName)'")
    }
    if name.utf8.count > UnicodeNames.maximumLength { throw PyException.keyError(.str("name too long")) }
    guard let text = UnicodeNames.lookup(name, namedSequences: true) else {
      throw PyException.keyError(.str("undefined character name '\(name)'"))
    }
    return .str(text)
  }
}
