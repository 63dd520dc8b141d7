extension Interpreter {
  /// The exception object a `raise` operand denotes (an instance, or a class to instantiate).
  func makeException(_ v: PyValue) throws -> PyBaseExceptionObject {
    if let e = v.object as? PyBaseExceptionObject { return e }
    if let t = v.object as? PyType, t.isSubtype(of: ExceptionTypes.baseException) {
      let inst = try construct(t, Arguments())
      if let e = inst.object as? PyBaseExceptionObject { return e }
    }
    throw PyException.typeError("exceptions must derive from BaseException")
  }

  /// Whether `exc` matches an `except` clause's class or tuple of classes.
  func exceptionMatches(_ exc: PyBaseExceptionObject, _ spec: PyValue) throws -> Bool {
    if let t = spec.object as? PyType {
      guard t.isSubtype(of: ExceptionTypes.baseException) else {
        throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
      }
      return exc.type.isSubtype(of: t)
    }
    if let tuple = spec.object as? PyTuple {
      for item in tuple.items where try exceptionMatches(exc, item) { return true }
      return false
    }
    throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
  }

  /// A `SyntaxError` (or subclass) object for a parse or compile error in `file`.
  func syntaxException(_ info: SyntaxErrorInfo, file: String) -> PyBaseExceptionObject {
    let type: PyType
    switch info.kind {
    case .syntaxError: type = ExceptionTypes.syntaxError
    case .indentationError: type = ExceptionTypes.indentationError
    case .tabError: type = ExceptionTypes.tabError
    }
    let text = sourceLine(file: file, line: info.location.line)
    let details: [PyValue] = [
      .str(file), .int(info.location.line), .int(info.location.column), text.map { .str($0 + "\n") } ?? .none,
    ]
    let e = PyBaseExceptionObject(type: type, args: [.str(info.message), .tuple(details)])
    e.dict = PyDict()
    e.attributes["msg"] = .str(info.message)
    e.attributes["filename"] = .str(file)
    e.attributes["lineno"] = .int(info.location.line)
    e.attributes["offset"] = .int(info.location.column)
    e.attributes["text"] = text.map { .str($0 + "\n") } ?? .none
    e.syntaxInfo = info
    return e
  }

  /// `traceback.format_exception_only(type(e), e)` joined: `ExcType: message\n`, with the
  /// location block of syntax errors.
  public func formatExceptionOnly(_ e: PyException) -> String {
    let obj = e.object
    let message = ExceptionText.safeMessage(of: obj, interp: self)
    if obj.type.isSubtype(of: ExceptionTypes.syntaxError), let info = obj.syntaxInfo {
      let file: String
      if case .str(let f)? = obj.dict?["filename"] { file = f } else { file = "<string>" }
      var s = "  File \"\(file)\", line \(info.location.line)\n"
      if info.display != .locationOnly, let line = sourceLine(file: file, line: info.location.line) {
        let stripped = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
        let indent = line.unicodeScalars.count - stripped.unicodeScalars.count
        let text = String(stripped).trimmingTrailingWhitespace
        s += "    \(text)\n"
        if info.display == .caret {
          let col = max(info.location.column - 1 - indent, 0)
          let width = max((info.endColumn ?? info.location.column + 1) - info.location.column, 1)
          s += "    " + String(repeating: " ", count: col) + String(repeating: "^", count: width) + "\n"
        }
      }
      return s + "\(e.typeName): \(info.message)\n"
    }
    return message.isEmpty ? "\(e.typeName)\n" : "\(e.typeName): \(message)\n"
  }
}

extension String {
  var trimmingTrailingWhitespace: String {
    var s = Substring(self)
    while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s = s.dropLast() }
    return String(s)
  }
}
