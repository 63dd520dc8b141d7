/// `str.format` and `str.format_map`: the replacement-field grammar of CPython's
/// Objects/stringlib/unicode_format.h, with its error messages.
enum StrFormat {
  /// `str.format(*args, **kwargs)`.
  static func method(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let template = try BuiltinMethodTables.receiver(a)
    var state = State(positional: Array(a.positional.dropFirst()), keyword: { name in
      a.keywords.last { $0.name == name }?.value
    })
    return .str(try render(template, interp, &state, depth: 2))
  }

  /// `str.format_map(mapping)`.
  static func formatMap(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try MethodArguments.positional(a, "str.format_map", 1...1)
    let template = try BuiltinMethodTables.receiver(a)
    var failure: Error?
    var state = State(positional: [], keyword: { name in
      do { return try interp.getItem(v[0], .str(name)) } catch {
        failure = error
        return nil
      }
    })
    do { return .str(try render(template, interp, &state, depth: 2)) } catch {
      throw failure ?? error
    }
  }

  /// The arguments and the automatic-numbering state of one `format` call.
  struct State {
    let positional: [PyValue]
    let keyword: (String) -> PyValue?
    /// nil until the first field decides between automatic and manual numbering.
    var automatic: Bool?
    var nextIndex = 0
  }

  static func render(_ template: String, _ interp: Interpreter, _ state: inout State, depth: Int) throws -> String {
    if depth <= 0 { throw PyException.valueError("Max string recursion exceeded") }
    let s = Array(template.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < s.count {
      let c = s[i]
      i += 1
      if c != "{" && c != "}" {
        out.append(c)
        continue
      }
      let atEnd = i >= s.count
      if c == "}" {
        if atEnd || s[i] != "}" { throw PyException.valueError("Single '}' encountered in format string") }
        out.append("}")
        i += 1
        continue
      }
      if atEnd { throw PyException.valueError("Single '{' encountered in format string") }
      if s[i] == "{" {
        out.append("{")
        i += 1
        continue
      }
      let field = try parseField(s, &i)
      var value = try resolve(field.name, interp, &state)
      switch field.conversion {
      case nil: break
      case "r"?: value = .str(try interp.repr(value))
      case "s"?: value = .str(try interp.str(value))
      case "a"?: value = .str(Repr.ascii(try interp.repr(value)))
      case let other?: throw PyException.valueError("Unknown conversion specifier \(other)")
      }
      let spec = field.specNeedsExpanding ? try render(field.spec, interp, &state, depth: depth - 1) : field.spec
      out.appendScalars(try interp.format(value, spec: spec).unicodeScalars)
    }
    return String(out)
  }

  struct Field {
    var name: [Unicode.Scalar]
    var conversion: Unicode.Scalar?
    var spec: String
    var specNeedsExpanding: Bool
  }

  /// Parses a replacement field after its `{`, leaving `i` after the closing `}`.
  static func parseField(_ s: [Unicode.Scalar], _ i: inout Int) throws -> Field {
    var field = Field(name: [], conversion: nil, spec: "", specNeedsExpanding: false)
    var terminator: Unicode.Scalar?
    while i < s.count {
      let c = s[i]
      i += 1
      if c == "{" { throw PyException.valueError("unexpected '{' in field name") }
      if c == "[" {
        field.name.append(c)
        while i < s.count && s[i] != "]" {
          field.name.append(s[i])
          i += 1
        }
        continue
      }
      if c == "}" || c == ":" || c == "!" {
        terminator = c
        break
      }
      field.name.append(c)
    }
    guard var t = terminator else { throw PyException.valueError("expected '}' before end of string") }
    if t == "!" {
      guard i < s.count else {
        throw PyException.valueError("end of string while looking for conversion specifier")
      }
      field.conversion = s[i]
      i += 1
      guard i < s.count, s[i] == ":" || s[i] == "}" else {
        throw PyException.valueError("expected ':' after conversion specifier")
      }
      t = s[i]
      i += 1
    }
    if t == ":" {
      var depth = 1
      var spec = String.UnicodeScalarView()
      while i < s.count {
        let c = s[i]
        i += 1
        if c == "{" {
          field.specNeedsExpanding = true
          depth += 1
        } else if c == "}" {
          depth -= 1
          if depth == 0 {
            field.spec = String(spec)
            return field
          }
        }
        spec.append(c)
      }
      throw PyException.valueError("unmatched '{' in format spec")
    }
    return field
  }

  /// Looks up `0`, `name`, `0.attr`, `name[key][0]`...
  static func resolve(_ name: [Unicode.Scalar], _ interp: Interpreter, _ state: inout State) throws -> PyValue {
    var end = 0
    while end < name.count && name[end] != "." && name[end] != "[" { end += 1 }
    let first = String(String.UnicodeScalarView(name[0..<end]))
    var value: PyValue
    if first.isEmpty {
      if state.automatic == false {
        throw PyException.valueError(
          "cannot switch from manual field specification to automatic field numbering")
      }
      state.automatic = true
      value = try positional(state.nextIndex, state)
      state.nextIndex += 1
    } else if let index = Int(first), first.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }) {
      if state.automatic == true {
        throw PyException.valueError(
          "cannot switch from automatic field numbering to manual field specification")
      }
      state.automatic = false
      value = try positional(index, state)
    } else {
      guard let v = state.keyword(first) else { throw PyException.keyError(.str(first)) }
      value = v
    }
    var i = end
    while i < name.count {
      if name[i] == "." {
        i += 1
        let start = i
        while i < name.count && name[i] != "." && name[i] != "[" { i += 1 }
        if start == i { throw PyException.valueError("Empty attribute in format string") }
        value = try interp.getAttribute(value, String(String.UnicodeScalarView(name[start..<i])))
      } else if name[i] == "[" {
        i += 1
        let start = i
        while i < name.count && name[i] != "]" { i += 1 }
        if i >= name.count { throw PyException.valueError("Missing ']' in format string") }
        let keyText = String(String.UnicodeScalarView(name[start..<i]))
        if keyText.isEmpty { throw PyException.valueError("Empty attribute in format string") }
        i += 1
        let key: PyValue = Int(keyText).map { keyText.allSatisfy(\.isNumber) ? .int($0) : .str(keyText) } ?? .str(keyText)
        value = try interp.getItem(value, key)
        if i < name.count && name[i] != "." && name[i] != "[" {
          throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier")
        }
      } else {
        throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier")
      }
    }
    return value
  }

  private static func positional(_ index: Int, _ state: State) throws -> PyValue {
    guard index < state.positional.count else {
      throw PyException.indexError("Replacement index \(index) out of range for positional args tuple")
    }
    return state.positional[index]
  }
}
