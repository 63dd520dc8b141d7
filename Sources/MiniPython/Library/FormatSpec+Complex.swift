/// Formatting of `complex` values with a format spec, as CPython's `format_complex_internal`
/// (Python/formatter_unicode.c).
extension FormatSpec {
  /// `format(value, spec)` for a `complex`: each part formatted as a float (the imaginary part
  /// always signed unless the real part is omitted), then padded as a whole. Without a type the
  /// result is `repr`-like: parentheses, no real part when it is `+0`.
  static func format(complex z: (real: Double, imag: Double), spec text: String, limit: Int = .max) throws(PyException) -> String {
    let spec = try FormatSpec(parsing: text, defaultAlignment: .right, typeName: "complex", limit: limit)
    if spec.fill == "0" {
      throw PyException.valueError("Zero padding is not allowed in complex format specifier")
    }
    if spec.alignment == .afterSign {
      throw PyException.valueError("'=' alignment flag is not allowed in complex format specifier")
    }
    if let t = spec.type, !"eEfFgGn".contains(t) {
      throw PyException.valueError("Unknown format code '\(t)' for object of type 'complex'")
    }
    var part = spec
    part.fill = " "
    part.alignment = .left
    part.width = 0
    var skipReal = false
    var parens = false
    if spec.type == nil {
      if z.real == 0 && z.real.sign == .plus { skipReal = true } else { parens = true }
    }
    let realText = skipReal ? "" : try part.formatFloat(z.real, typeName: "complex", addDotZero: false)
    if !skipReal { part.sign = .always }
    let imagText = try part.formatFloat(z.imag, typeName: "complex", addDotZero: false)
    let body = (parens ? "(" : "") + realText + imagText + "j" + (parens ? ")" : "")
    return spec.pad(body, defaultAlignment: .right)
  }
}
