import Foundation

extension Builtins {
  /// [abs](https://docs.python.org/3/library/functions.html#abs)
  static func abs(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try one("abs", a)
    switch v {
    case .int(let i):
      if i == Int.min { throw Operators.overflow() }
      return .int(Swift.abs(i))
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(Swift.abs(d))
    case .object(let o):
      if let c = o as? PyComplex { return .float(try ComplexKernels.magnitude((c.real, c.imag))) }
      if let h = interp.hook(o.type, "__abs__") { return try interp.call(h, Arguments([v])) }
    case .none, .str: break
    }
    throw PyException.typeError("bad operand type for abs(): '\(v.typeName)'")
  }

  /// [round](https://docs.python.org/3/library/functions.html#round)
  static func round(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try a.unpack("round", ["number", "ndigits?"])
    let x = p[0]!
    var ndigits: Int?
    if let n = p[1], !(n.isNone) { ndigits = try interp.index(n) }
    switch x {
    case .int(let i):
      guard let nd = ndigits, nd < 0 else { return .int(i) }
      if nd < -18 {
        // Only 10**19 (beyond 64 bits) is a nonzero multiple of 10**-nd within reach.
        if nd == -19 && i.magnitude > 5_000_000_000_000_000_000 { throw Operators.overflow() }
        return .int(0)
      }
      var pow10 = 1
      for _ in 0..<(-nd) { pow10 *= 10 }
      let q = try Operators.intOp(.floorDiv, i, pow10)!.intValue
      let r = try Operators.intOp(.mod, i, pow10)!.intValue
      var result = q
      if r * 2 > pow10 || (r * 2 == pow10 && q % 2 != 0) { result += 1 }
      let (rounded, overflow) = result.multipliedReportingOverflow(by: pow10)
      if overflow { throw Operators.overflow() }
      return .int(rounded)
    case .bool(let b):
      return .int(b ? 1 : 0)
    case .float(let d):
      guard let nd = ndigits else {
        if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyException.overflow("cannot convert float infinity to integer") }
        let r = d.rounded(.toNearestOrEven)
        guard let i = Int(exactly: r) else { throw Operators.overflow() }
        return .int(i)
      }
      return .float(roundFloat(d, nd))
    default:
      if let o = x.object, let h = interp.hook(o.type, "__round__") {
        return try interp.call(h, Arguments(p[1].map { [x, $0] } ?? [x]))
      }
      throw PyException.typeError("type \(x.typeName) doesn't define __round__ method")
    }
  }

  /// Correctly rounded `round(x, n)` (half-even on the exact binary value, as CPython's dtoa-based
  /// `double_round`, including its limits: beyond 323 digits `x` is already exact, below -308
  /// the result is zero).
  static func roundFloat(_ d: Double, _ nd: Int) -> Double {
    if !d.isFinite || d == 0 || nd > 323 { return d }
    if nd < -308 { return d < 0 ? -0.0 : 0.0 }
    if nd >= 0 {
      let y = roundFloatExactly(d, nd) ?? roundFloatThroughDecimal(d, nd)
      return y == 0 ? (d < 0 ? -0.0 : 0.0) : y
    }
    let p = Foundation.pow(10.0, Double(-nd))
    let y = (d / p).rounded(.toNearestOrEven) * p
    return y == 0 ? (d < 0 ? -0.0 : 0.0) : y
  }

  /// Powers of ten that doubles hold exactly.
  private static let exactPowersOfTen: [Double] = (0..<22).reduce(into: [1]) { powers, _ in powers.append(powers.last! * 10) }

  /// `round(d, nd)` without text when `d * 10^nd` stays below 2^50: the product's exact value is
  /// `p + e` (`e` from a fused multiply-add), rounded half-even to the integer `n`, and `n / 10^nd`
  /// is the correctly rounded value of that decimal; nil when out of that range.
  private static func roundFloatExactly(_ d: Double, _ nd: Int) -> Double? {
    guard nd <= 22 else { return nil }
    let scale = exactPowersOfTen[nd]
    let p = d * scale
    guard p.magnitude < 0x1p50 else { return nil }
    let e = (-p).addingProduct(d, scale)
    var n = p.rounded(.toNearestOrEven)
    // Only a product that rounded to exactly halfway can have its rounding changed by `e`.
    let fraction = p - n
    if fraction == 0.5 && e > 0 {
      n += 1
    } else if fraction == -0.5 && e < 0 {
      n -= 1
    }
    return n / scale
  }

  /// `round(d, nd)` through glibc's correctly rounded `printf("%.*f")` and `strtod`, as CPython
  /// goes through dtoa; the buffer holds the longest result (309 integer digits and 323 decimals).
  private static func roundFloatThroughDecimal(_ d: Double, _ nd: Int) -> Double {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 700) { buffer -> Double in
      let length = withVaList([Int32(nd), d]) { vsnprintf(buffer.baseAddress, buffer.count, "%.*f", $0) }
      return length > 0 && Int(length) < buffer.count ? strtod(buffer.baseAddress!, nil) : d
    }
  }

  /// [divmod](https://docs.python.org/3/library/functions.html#divmod)
  static func divmod(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    try a.expect("divmod", count: 2)
    let (x, y) = (a.positional[0], a.positional[1])
    if case .int = x, case .int(let j) = y {
      if j == 0 { throw PyException.zeroDivision("integer division or modulo by zero") }
    }
    if case .float = x, let d = y.numericValue, d == 0 { throw PyException.zeroDivision("float divmod()") }
    if case .float = y, y.numericValue == 0 { throw PyException.zeroDivision("float divmod()") }
    if x.isComplex || y.isComplex, x.complexParts != nil, y.complexParts != nil {
      throw PyException.typeError("unsupported operand type(s) for divmod(): '\(x.typeName)' and '\(y.typeName)'")
    }
    if let o = x.object, let h = interp.hook(o.type, "__divmod__") { return try interp.call(h, Arguments([x, y])) }
    return .tuple([try interp.binary(.floorDiv, x, y), try interp.binary(.mod, x, y)])
  }

  /// [pow](https://docs.python.org/3/library/functions.html#pow)
  static func pow(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try a.unpack("pow", ["base", "exp", "mod?"])
    if let m = p[2], !m.isNone {
      if p[0]!.isComplex || p[1]!.isComplex || m.isComplex,
        p[0]!.complexParts != nil, p[1]!.complexParts != nil, m.complexParts != nil {
        throw PyException.valueError("complex modulo")
      }
      guard case .int(let base) = p[0]!, case .int(let e) = p[1]!, case .int(let mod) = m else {
        throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers")
      }
      if mod == 0 { throw PyException.valueError("pow() 3rd argument cannot be 0") }
      return .int(try modularPower(base, e, mod))
    }
    return try interp.binary(.pow, p[0]!, p[1]!)
  }

  /// `pow(base, e, mod)` with 128-bit intermediate products (no overflow trap); a negative
  /// exponent uses the modular inverse; the result has the sign of `mod`, as in Python.
  static func modularPower(_ base: Int, _ e: Int, _ mod: Int) throws -> Int {
    let m = mod.magnitude
    func mulmod(_ x: UInt, _ y: UInt) -> UInt { m.dividingFullWidth(x.multipliedFullWidth(by: y)).remainder }
    let rem = base.magnitude % m
    var b = base < 0 && rem != 0 ? m - rem : rem
    if e < 0 {
      // Extended Euclid on 128-bit integers: b * inverse ≡ 1 (mod m).
      var (r0, r1) = (Int128(m), Int128(b))
      var (t0, t1) = (Int128(0), Int128(1))
      while r1 != 0 {
        let q = r0 / r1
        (r0, r1) = (r1, r0 - q * r1)
        (t0, t1) = (t1, t0 - q * t1)
      }
      if r0 != 1 { throw PyException.valueError("base is not invertible for the given modulus") }
      b = UInt(t0 < 0 ? t0 + Int128(m) : t0)
    }
    var result: UInt = 1 % m
    var exponent = e.magnitude
    while exponent > 0 {
      if exponent & 1 == 1 { result = mulmod(result, b) }
      b = mulmod(b, b)
      exponent >>= 1
    }
    if mod < 0 && result != 0 { return -Int(m - result) }
    return Int(result)
  }

  /// [chr](https://docs.python.org/3/library/functions.html#chr)
  static func chr(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let i = try interp.index(try one("chr", a))
    guard i >= 0, i < 0x110000 else { throw PyException.valueError("chr() arg not in range(0x110000)") }
    guard let u = Unicode.Scalar(UInt32(i)) else { return .str("\u{FFFD}") }
    return .str(String(u))
  }

  /// [ord](https://docs.python.org/3/library/functions.html#ord)
  static func ord(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let v = try one("ord", a)
    guard case .str(let s) = v else {
      throw PyException.typeError("ord() expected string of length 1, but \(v.typeName) found")
    }
    let scalars = s.unicodeScalars
    guard scalars.count == 1 else {
      throw PyException.typeError("ord() expected a character, but string of length \(scalars.count) found")
    }
    return .int(Int(scalars.first!.value))
  }

  static func radix(_ interp: Interpreter, _ a: Arguments, _ name: String, _ base: Int, _ prefix: String) throws -> PyValue {
    let i = try interp.index(try one(name, a))
    return .str((i < 0 ? "-" : "") + prefix + String(i.magnitude, radix: base))
  }

  /// [hex](https://docs.python.org/3/library/functions.html#hex)
  static func hex(_ interp: Interpreter, _ a: Arguments) throws -> PyValue { try radix(interp, a, "hex", 16, "0x") }
  /// [bin](https://docs.python.org/3/library/functions.html#bin)
  static func bin(_ interp: Interpreter, _ a: Arguments) throws -> PyValue { try radix(interp, a, "bin", 2, "0b") }
  /// [oct](https://docs.python.org/3/library/functions.html#oct)
  static func oct(_ interp: Interpreter, _ a: Arguments) throws -> PyValue { try radix(interp, a, "oct", 8, "0o") }
}

extension PyValue {
  /// True for `None`.
  public var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}
