import Foundation

/// Arithmetic on Python numbers with CPython's results and error messages.
enum Operators {
  static func compareInts(_ op: ComparisonOperator, _ x: Int, _ y: Int) -> Bool {
    switch op {
    case .eq, .is: return x == y
    case .notEq, .isNot: return x != y
    case .lt: return x < y
    case .ltE: return x <= y
    case .gt: return x > y
    case .gtE: return x >= y
    case .in, .notIn: return false
    }
  }

  /// The exact order of a float and an int (-1, 0 or 1; nil for nan, which is unordered),
  /// as CPython's `float_richcompare` (`2.0**53 == 2**53 + 1` is False).
  static func compareFloatInt(_ d: Double, _ i: Int) -> Int? {
    if d.isNaN { return nil }
    if d >= 9_223_372_036_854_775_808.0 { return 1 }
    if d < -9_223_372_036_854_775_808.0 { return -1 }
    let whole = d.rounded(.down)
    let w = Int(whole)
    if w != i { return w < i ? -1 : 1 }
    return d > whole ? 1 : 0
  }

  static func trueDivide(_ x: Int, _ y: Int) -> Double {
    Double(x) / Double(y)
  }

  static func overflow() -> PyException {
    PyException.overflow("integer overflow: results are limited to 64-bit integers")
  }

  /// A number as int or float (bools count as ints); nil for non-numbers.
  enum Number {
    case int(Int), float(Double)
  }

  static func number(_ v: PyValue) -> Number? {
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(d)
    case .none, .str, .object: return nil
    }
  }

  /// `op` on two real numbers; nil when either is not a number.
  static func numeric(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws -> PyValue? {
    guard let x = number(a), let y = number(b) else { return nil }
    switch (x, y) {
    case (.int(let i), .int(let j)):
      if case .bool(let p) = a, case .bool(let q) = b {
        switch op {
        case .bitAnd: return .bool(p && q)
        case .bitOr: return .bool(p || q)
        case .bitXor: return .bool(p != q)
        default: break
        }
      }
      return try intOp(op, i, j)
    case (.int(let i), .float(let d)): return try floatOp(op, Double(i), d)
    case (.float(let d), .int(let j)): return try floatOp(op, d, Double(j))
    case (.float(let d), .float(let e)): return try floatOp(op, d, e)
    }
  }

  static func intOp(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> PyValue? {
    func checked(_ r: (partialValue: Int, overflow: Bool)) throws -> PyValue {
      if r.overflow { throw overflow() }
      return .int(r.partialValue)
    }
    switch op {
    case .add: return try checked(x.addingReportingOverflow(y))
    case .sub: return try checked(x.subtractingReportingOverflow(y))
    case .mult: return try checked(x.multipliedReportingOverflow(by: y))
    case .div:
      if y == 0 { throw PyException.zeroDivision("division by zero") }
      return .float(trueDivide(x, y))
    case .floorDiv:
      if y == 0 { throw PyException.zeroDivision("integer division or modulo by zero") }
      if x == Int.min && y == -1 { throw overflow() }
      let q = x / y
      return .int((x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q)
    case .mod:
      if y == 0 { throw PyException.zeroDivision("integer modulo by zero") }
      if y == -1 { return .int(0) }
      let m = x % y
      return .int((m != 0 && (m < 0) != (y < 0)) ? m + y : m)
    case .pow:
      if y < 0 {
        if x == 0 { throw PyException.zeroDivision("0.0 cannot be raised to a negative power") }
        return .float(Foundation.pow(Double(x), Double(y)))
      }
      var result = 1
      var base = x
      var e = y
      while e > 0 {
        if e & 1 == 1 { result = try checked(result.multipliedReportingOverflow(by: base)).intValue }
        e >>= 1
        if e > 0 { base = try checked(base.multipliedReportingOverflow(by: base)).intValue }
      }
      return .int(result)
    case .lShift:
      if y < 0 { throw PyException.valueError("negative shift count") }
      if x == 0 { return .int(0) }
      if y >= 63 || (x << y) >> y != x { throw overflow() }
      return .int(x << y)
    case .rShift:
      if y < 0 { throw PyException.valueError("negative shift count") }
      return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .matMult: return nil
    }
  }

  static func floatOp(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> PyValue? {
    switch op {
    case .add: return .float(x + y)
    case .sub: return .float(x - y)
    case .mult: return .float(x * y)
    case .div:
      if y == 0 { throw PyException.zeroDivision("float division by zero") }
      return .float(x / y)
    case .floorDiv:
      if y == 0 { throw PyException.zeroDivision("float floor division by zero") }
      return .float(floatDivmod(x, y).0)
    case .mod:
      if y == 0 { throw PyException.zeroDivision("float modulo") }
      return .float(floatDivmod(x, y).1)
    case .pow:
      if x == 0 && y < 0 { throw PyException.zeroDivision("0.0 cannot be raised to a negative power") }
      // A negative base to a finite non-integral power is complex in Python 3 (`float_pow`).
      if x < 0 && x.isFinite && y.isFinite && y != y.rounded(.down) { return try ComplexKernels.power((x, 0), (y, 0)) }
      let r = Foundation.pow(x, y)
      if r.isInfinite && x.isFinite && y.isFinite { throw PyException.overflow("(34, 'Numerical result out of range')") }
      return .float(r)
    case .lShift, .rShift, .bitAnd, .bitOr, .bitXor, .matMult:
      return nil
    }
  }

  /// CPython's `float_divmod`.
  static func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
      if (wx < 0) != (mod < 0) {
        mod += wx
        div -= 1
      }
    } else {
      mod = Double(sign: wx.sign, exponentBitPattern: 0, significandBitPattern: 0)
    }
    var floordiv: Double
    if div != 0 {
      floordiv = div.rounded(.down)
      if div - floordiv > 0.5 { floordiv += 1 }
    } else {
      floordiv = Double(sign: (vx / wx).sign, exponentBitPattern: 0, significandBitPattern: 0)
    }
    return (floordiv, mod)
  }
}

extension PyValue {
  var intValue: Int {
    if case .int(let i) = self { return i }
    return 0
  }
}
