/// `complex(real, imag)` and `complex('1+2j')`, as CPython 3.11's `complex_new_impl` and
/// `complex_from_string_inner` (Objects/complexobject.c), with their error messages.
enum ComplexConstructor {
  static func make(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let t = a.receiver.object as? PyType ?? BuiltinTypes.complex
    let z = try value(interp, a, exact: t === BuiltinTypes.complex)
    guard t !== BuiltinTypes.complex, let parts = z.complexValue else { return z }
    let o = PyComplex(real: parts.real, imag: parts.imag, type: t)
    if !t.isImmutable { o.dict = PyDict() }
    return .object(o)
  }

  /// The complex value of `complex(real, imag)`; with `exact`, a `complex` argument alone is
  /// returned as it is.
  private static func value(_ interp: Interpreter, _ a: Arguments, exact: Bool) throws -> PyValue {
    let given = a.positional.count - 1 + a.keywords.count
    if given > 2 { throw PyException.typeError("complex() takes at most 2 arguments (\(given) given)") }
    let p = try Constructors.args(a).unpack("complex", ["real?", "imag?"])
    let r = p[0] ?? .int(0)
    let i = p[1]
    if exact && i == nil && r.object?.type === BuiltinTypes.complex { return r }
    if case .str(let s) = r {
      if i != nil { throw PyException.typeError("complex() can't take second arg if first is a string") }
      return try parse(s)
    }
    if let i, case .str = i { throw PyException.typeError("complex() second arg can't be a string") }
    guard let cr = try operand(interp, r, allowComplexHook: true) else {
      throw PyException.typeError("complex() first argument must be a string or a number, not '\(r.typeName)'")
    }
    var ci: (real: Double, imag: Double) = (cr.imag, 0)
    var imagIsComplex = false
    if let i {
      guard let c = try operand(interp, i, allowComplexHook: false) else {
        throw PyException.typeError("complex() second argument must be a number, not '\(i.typeName)'")
      }
      ci = c
      imagIsComplex = i.isComplex
    }
    var real = cr.real
    var imag = ci.real
    if imagIsComplex { real -= ci.imag }
    if i != nil && (r.isComplex || cr.imag != 0) { imag += cr.imag }
    return .complex(real, imag)
  }

  /// A constructor argument as complex parts: a number, or an object with `__complex__`
  /// (first argument only), `__float__` or `__index__`; nil when it is none of these.
  static func operand(
    _ interp: Interpreter, _ v: PyValue, allowComplexHook: Bool
  ) throws -> (real: Double, imag: Double)? {
    if let parts = v.complexParts { return parts }
    guard let o = v.object else { return nil }
    if allowComplexHook, let h = interp.hook(o.type, "__complex__") {
      let r = try interp.call(h, Arguments([v]))
      guard let c = r.complexValue else {
        throw PyException.typeError("__complex__ returned non-complex (type \(r.typeName))")
      }
      return c
    }
    if let h = interp.hook(o.type, "__float__") {
      let r = try interp.call(h, Arguments([v]))
      guard case .float(let d) = r else {
        throw PyException.typeError("\(o.type.name).__float__ returned non-float (type \(r.typeName))")
      }
      return (d, 0)
    }
    if interp.hook(o.type, "__index__") != nil { return (Double(try interp.index(v)), 0) }
    return nil
  }

  /// `complex(text)`: `<float>`, `<float>j`, `<float><signed-float>j`, `<float><sign>j`,
  /// `<sign>j` or `j`, optionally in parentheses and surrounded by whitespace.
  static func parse(_ text: String) throws -> PyValue {
    var chars = Array(text.unicodeScalars)
    if chars.contains("_") {
      var cleaned: [Unicode.Scalar] = []
      for (k, c) in chars.enumerated() {
        if c == "_" {
          guard k > 0, k + 1 < chars.count, isDigit(chars[k - 1]), isDigit(chars[k + 1]) else {
            throw PyException.valueError("could not convert string to complex: \(Repr.string(text))")
          }
        } else {
          cleaned.append(c)
        }
      }
      chars = cleaned
    }
    let malformed = PyException.valueError("complex() arg is a malformed string")
    var pos = 0
    func at(_ k: Int) -> Unicode.Scalar? { k < chars.count ? chars[k] : nil }
    func skipSpaces() { while let c = at(pos), c.properties.isWhitespace { pos += 1 } }
    func isJ(_ c: Unicode.Scalar?) -> Bool { c == "j" || c == "J" }
    skipSpaces()
    var bracket = false
    if at(pos) == "(" {
      bracket = true
      pos += 1
      skipSpaces()
    }
    var x = 0.0
    var y = 0.0
    if let (z, end) = scanFloat(chars, from: pos) {
      pos = end
      if at(pos) == "+" || at(pos) == "-" {
        x = z
        if let (w, end2) = scanFloat(chars, from: pos) {
          y = w
          pos = end2
        } else {
          y = at(pos) == "+" ? 1 : -1
          pos += 1
        }
        guard isJ(at(pos)) else { throw malformed }
        pos += 1
      } else if isJ(at(pos)) {
        pos += 1
        y = z
      } else {
        x = z
      }
    } else {
      if at(pos) == "+" || at(pos) == "-" {
        y = at(pos) == "+" ? 1 : -1
        pos += 1
      } else {
        y = 1
      }
      guard isJ(at(pos)) else { throw malformed }
      pos += 1
    }
    skipSpaces()
    if bracket {
      guard at(pos) == ")" else { throw malformed }
      pos += 1
      skipSpaces()
    }
    guard pos == chars.count else { throw malformed }
    return .complex(x, y)
  }

  private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

  /// The longest prefix of `chars[from...]` that `PyOS_string_to_double` reads (an optional
  /// sign, then decimal digits with an optional point and exponent, or `inf`, `infinity`,
  /// `nan` in any case); nil when there is none.
  private static func scanFloat(_ chars: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
    var k = start
    var negative = false
    if k < chars.count, chars[k] == "+" || chars[k] == "-" {
      negative = chars[k] == "-"
      k += 1
    }
    let rest = String(String.UnicodeScalarView(chars[k..<min(chars.count, k + 8)])).lowercased()
    for (word, value) in [("infinity", Double.infinity), ("inf", .infinity), ("nan", .nan)] where rest.hasPrefix(word) {
      return (negative ? -value : value, k + word.count)
    }
    let digitsStart = k
    var digits = 0
    while k < chars.count, isDigit(chars[k]) { k += 1; digits += 1 }
    if k < chars.count, chars[k] == "." {
      k += 1
      while k < chars.count, isDigit(chars[k]) { k += 1; digits += 1 }
    }
    guard digits > 0 else { return nil }
    if k < chars.count, chars[k] == "e" || chars[k] == "E" {
      var e = k + 1
      if e < chars.count, chars[e] == "+" || chars[e] == "-" { e += 1 }
      if e < chars.count, isDigit(chars[e]) {
        while e < chars.count, isDigit(chars[e]) { e += 1 }
        k = e
      }
    }
    let literal = String(String.UnicodeScalarView(chars[digitsStart..<k]))
    guard let d = Double(literal) else { return nil }
    return (negative ? -d : d, k)
  }
}
