/// `str.maketrans` and `str.translate`.
enum StrTranslate {
  /// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
  static func maketrans(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let given = a.positional
    let table = PyDict()
    if given.count == 1 {
      guard case .object(let d as PyDict) = given[0] else {
        throw PyException.typeError("if you give only one argument to maketrans it must be a dict")
      }
      for (key, value) in d.items {
        switch key {
        case .str(let s):
          let scalars = Array(s.unicodeScalars)
          guard scalars.count == 1 else {
            throw PyException.valueError("string keys in translate table must be of length 1")
          }
          table[PyKey(.int(Int(scalars[0].value)))] = value
        case .int, .bool: table[PyKey(key)] = value
        case .none, .float, .object:
          throw PyException.typeError("keys in translate table must be strings or integers")
        }
      }
      return .object(table)
    }
    guard given.count == 2 || given.count == 3 else {
      throw PyException.typeError("maketrans() takes at most 3 arguments (\(given.count) given)")
    }
    let from = Array(try MethodArguments.str(given[0]).unicodeScalars)
    let to = Array(try MethodArguments.str(given[1]).unicodeScalars)
    guard from.count == to.count else {
      throw PyException.valueError("the first two maketrans arguments must have equal length")
    }
    for (f, t) in zip(from, to) { table[PyKey(.int(Int(f.value)))] = .int(Int(t.value)) }
    if given.count == 3 {
      for c in try MethodArguments.str(given[2]).unicodeScalars { table[PyKey(.int(Int(c.value)))] = PyValue.none }
    }
    return .object(table)
  }

  /// `str.translate(table)`: each code point looked up with `table[ord(c)]`.
  static func translate(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try MethodArguments.positional(a, "str.translate", 1...1)
    var out = String.UnicodeScalarView()
    for c in try BuiltinMethodTables.receiver(a).unicodeScalars {
      let mapped: PyValue
      do { mapped = try interp.getItem(v[0], .int(Int(c.value))) } catch let e as PyException
      where e.matches(ExceptionTypes.lookupError) {
        out.append(c)
        continue
      }
      switch mapped {
      case .none: continue
      case .str(let s): out.appendScalars(s.unicodeScalars)
      case .int(let i):
        guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, i))), i >= 0 else {
          throw PyException.valueError("character mapping must be in range(0x110000)")
        }
        out.append(scalar)
      case .bool, .float, .object:
        throw PyException.typeError("character mapping must return integer, None or str")
      }
    }
    return .str(String(out))
  }
}
