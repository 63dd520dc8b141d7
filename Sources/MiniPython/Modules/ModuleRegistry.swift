/// The modules every interpreter knows without registration (besides `builtins`).
/// `Library/` adds `math`, `cmath` and `unicodedata` here, and in Python `functools`, `itertools`,
/// `collections`, `operator`, `string`, `copy`, `random`, `dataclasses` and `json`; nothing here touches files, processes, clocks or
/// the environment.
enum StandardModules {
  nonisolated(unsafe) static let table: [String: (Interpreter) throws -> PyModule] = [
    "sys": SysModule.make, "math": MathModule.make, "cmath": CMathModule.make, "__future__": FutureModule.make,
    "unicodedata": UnicodeDataModule.make, "functools": FunctoolsModule.make, "itertools": ItertoolsModule.make,
    "collections": CollectionsModule.make, "operator": OperatorModule.make, "string": StringModule.make,
    "copy": CopyModule.make, "random": RandomModule.make,
    "dataclasses": DataclassesModule.make, "json": JSONModule.make,
  ]
}

extension Interpreter {
  /// Registers a native module; `import name` calls `factory` once, on first import.
  ///
  /// Dotted names register submodules (`theano.tensor`); importing one imports its parents
  /// first and binds it as an attribute of its parent unless the parent already defines that name.
  /// - Parameters:
  ///   - name: the module's dotted name.
  ///   - factory: creates the module (see `PyModule` and `PyType.defineMethod`).
  public func registerModule(_ name: String, factory: @escaping (Interpreter) throws -> PyModule) {
    moduleFactories[name] = factory
    modules[name] = nil
  }

  /// Registers an already built module object.
  public func registerModule(_ module: PyModule) {
    modules[module.name] = module
  }

  /// `import name`: the module object (parents are imported first).
  /// - Throws: `ModuleNotFoundError: No module named 'x'` for modules nobody registered.
  public func importModule(_ name: String) throws -> PyModule {
    if let m = modules[name] { return m }
    let parts = name.split(separator: ".").map(String.init)
    var parent: PyModule?
    if parts.count > 1 {
      parent = try importModule(parts.dropLast().joined(separator: "."))
      if let m = modules[name] { return m }
    }
    guard let factory = moduleFactories[name] else {
      if let p = parent, case .object(let o)? = p[parts.last!], let m = o as? PyModule { return m }
      throw PyException(ExceptionTypes.moduleNotFoundError, "No module named '\(name)'")
    }
    let m = try factory(self)
    modules[name] = m
    if let p = parent, p[parts.last!] == nil { p[parts.last!] = .object(m) }
    return m
  }
}

/// A minimal `sys`: `sys.stdout.write`, `sys.version_info`, `sys.maxsize`; no host access.
enum SysModule {
  static func make(_ interp: Interpreter) throws -> PyModule {
    let m = PyModule(name: "sys")
    let stdoutType = PyType(name: "stdout", module: "sys", base: nil)
    stdoutType.defineMethod("write") { interp, a in
      guard a.positional.count == 2, case .str(let s) = a.positional[1] else {
        throw PyException.typeError("write() argument must be str")
      }
      try interp.write(s)
      return .int(s.unicodeScalars.count)
    }
    stdoutType.defineMethod("flush") { _, _ in .none }
    m["stdout"] = .object(PyObject(type: stdoutType))
    // Warnings and log lines go to stderr, which is not part of a block's output.
    let stderrType = PyType(name: "stderr", module: "sys", base: nil)
    stderrType.defineMethod("write") { _, a in
      guard a.positional.count == 2, case .str(let s) = a.positional[1] else {
        throw PyException.typeError("write() argument must be str")
      }
      return .int(s.unicodeScalars.count)
    }
    stderrType.defineMethod("flush") { _, _ in .none }
    m["stderr"] = .object(PyObject(type: stderrType))
    m["maxsize"] = .int(Int.max)
    m["version_info"] = structSequence(
      "version_info",
      [("major", .int(3)), ("minor", .int(11)), ("micro", .int(0)), ("releaselevel", .str("final")), ("serial", .int(0))])
    m["float_info"] = structSequence(
      "float_info",
      [
        ("max", .float(.greatestFiniteMagnitude)), ("max_exp", .int(1024)), ("max_10_exp", .int(308)),
        ("min", .float(.leastNormalMagnitude)), ("min_exp", .int(-1021)), ("min_10_exp", .int(-307)),
        ("dig", .int(15)), ("mant_dig", .int(53)), ("epsilon", .float(.ulpOfOne)), ("radix", .int(2)),
        ("rounds", .int(1)),
      ])
    m["version"] = .str("3.11.0 (MiniPython)")
    m["argv"] = .list([.str("")])
    m["modules"] = .object(PyDict())
    return m
  }

  /// A struct sequence such as `sys.version_info`: a tuple whose items are also attributes,
  /// printed `sys.version_info(major=3, minor=11, ...)`.
  static func structSequence(_ name: String, _ fields: [(name: String, value: PyValue)]) -> PyValue {
    let type = PyType(name: name, module: "sys", base: BuiltinTypes.tuple)
    for (k, field) in fields.enumerated() {
      type.defineProperty(field.name, get: { _, v in (v.object as? PyTuple)?.items[k] ?? .none })
    }
    type.defineMethod("__repr__") { interp, a in
      guard let t = a.positional.first?.object as? PyTuple else { return .str("sys.\(name)()") }
      var parts: [String] = []
      for (field, value) in zip(fields, t.items) { parts.append(field.name + "=" + (try interp.repr(value))) }
      return .str("sys.\(name)(" + parts.joined(separator: ", ") + ")")
    }
    return .object(PyTuple(fields.map(\.value), type: type))
  }
}

/// `__future__`: the features Python 2-era tutorials import; all are already on in Python 3.
enum FutureModule {
  static func make(_ interp: Interpreter) throws -> PyModule {
    let m = PyModule(name: "__future__")
    let features = [
      "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
      "unicode_literals", "generator_stop", "annotations",
    ]
    let featureType = PyType(name: "_Feature", module: "__future__", base: nil)
    for name in features { m[name] = .object(PyObject(type: featureType)) }
    m["all_feature_names"] = .list(features.map { .str($0) })
    return m
  }
}
