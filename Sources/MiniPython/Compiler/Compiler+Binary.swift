extension Compiler {
  /// A binary operation with inline fast paths for int and float operands.
  func compileBinary(_ l: @escaping Eval, _ op: BinaryOperator, _ r: @escaping Eval) -> Eval {
    switch op {
    case .add:
      return { f in
        let a = try l(f)
        let b = try r(f)
        switch (a, b) {
        case (.int(let x), .int(let y)):
          let (s, o) = x.addingReportingOverflow(y)
          if !o { return .int(s) }
        case (.float(let x), .float(let y)): return .float(x + y)
        case (.float(let x), .int(let y)): return .float(x + Double(y))
        case (.int(let x), .float(let y)): return .float(Double(x) + y)
        default: break
        }
        return try f.interp.binary(op, a, b)
      }
    case .sub:
      return { f in
        let a = try l(f)
        let b = try r(f)
        switch (a, b) {
        case (.int(let x), .int(let y)):
          let (s, o) = x.subtractingReportingOverflow(y)
          if !o { return .int(s) }
        case (.float(let x), .float(let y)): return .float(x - y)
        case (.float(let x), .int(let y)): return .float(x - Double(y))
        case (.int(let x), .float(let y)): return .float(Double(x) - y)
        default: break
        }
        return try f.interp.binary(op, a, b)
      }
    case .mult:
      return { f in
        let a = try l(f)
        let b = try r(f)
        switch (a, b) {
        case (.int(let x), .int(let y)):
          let (s, o) = x.multipliedReportingOverflow(by: y)
          if !o { return .int(s) }
        case (.float(let x), .float(let y)): return .float(x * y)
        case (.float(let x), .int(let y)): return .float(x * Double(y))
        case (.int(let x), .float(let y)): return .float(Double(x) * y)
        default: break
        }
        return try f.interp.binary(op, a, b)
      }
    case .div:
      return { f in
        let a = try l(f)
        let b = try r(f)
        switch (a, b) {
        case (.float(let x), .float(let y)) where y != 0: return .float(x / y)
        case (.int(let x), .int(let y)) where y != 0: return .float(Operators.trueDivide(x, y))
        case (.float(let x), .int(let y)) where y != 0: return .float(x / Double(y))
        case (.int(let x), .float(let y)) where y != 0: return .float(Double(x) / y)
        default: break
        }
        return try f.interp.binary(op, a, b)
      }
    case .mod:
      return { f in
        let a = try l(f)
        let b = try r(f)
        if case .int(let x) = a, case .int(let y) = b, y > 0 {
          let m = x % y
          return .int(m < 0 ? m + y : m)
        }
        return try f.interp.binary(op, a, b)
      }
    case .floorDiv:
      return { f in
        let a = try l(f)
        let b = try r(f)
        if case .int(let x) = a, case .int(let y) = b, y > 0 {
          let q = x / y
          return .int((x % y != 0 && x < 0) ? q - 1 : q)
        }
        return try f.interp.binary(op, a, b)
      }
    case .matMult, .pow, .lShift, .rShift, .bitOr, .bitXor, .bitAnd:
      return { f in
        let a = try l(f)
        let b = try r(f)
        return try f.interp.binary(op, a, b)
      }
    }
  }
}
