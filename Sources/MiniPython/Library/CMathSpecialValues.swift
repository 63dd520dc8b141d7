/// CPython's special-value tables of Modules/cmathmodule.c (C99 Annex G): the result of a
/// `cmath` function when a part of its argument is infinite or nan, by the class of each part
/// (-inf, negative, -0, +0, positive, +inf, nan). Written from CPython 3.11 by evaluating each
/// function at a representative of every class (`Tests/MiniPythonTests/Scripts/CMathSpecialValues/generate.py`).
enum CMathSpecialValues {
  enum Entry {
    /// Both parts finite, or a value-dependent case the kernel computes itself.
    case formula
    case value(Double, Double)
    /// CPython sets `errno = EDOM`: `ValueError: math domain error`.
    case domainError
  }

  /// The class of a part (CPython's `special_type`).
  static func index(_ x: Double) -> Int {
    if x.isNaN { return 6 }
    if x.isInfinite { return x > 0 ? 5 : 0 }
    if x == 0 { return x.sign == .minus ? 2 : 3 }
    return x > 0 ? 4 : 1
  }

  /// The table result for `function` at `(x, y)`; nil when the kernel's formula applies.
  static func lookup(_ function: String, _ x: Double, _ y: Double) throws -> ComplexKernels.Parts? {
    if x.isFinite && y.isFinite { return nil }
    switch tables[function]![index(x) * 7 + index(y)] {
    case .formula: return nil
    case .value(let re, let im): return (re, im)
    case .domainError: throw CMathKernels.domainError()
    }
  }

  static let tables: [String: [Entry]] = [
    "sqrt": [
      .value(.infinity, -.infinity), .value(0, -.infinity), .value(0, -.infinity), .value(0, .infinity), .value(0, .infinity), .value(.infinity, .infinity), .value(.nan, .infinity),
      .value(.infinity, -.infinity), .formula, .formula, .formula, .formula, .value(.infinity, .infinity), .value(.nan, .nan),
      .value(.infinity, -.infinity), .formula, .formula, .formula, .formula, .value(.infinity, .infinity), .value(.nan, .nan),
      .value(.infinity, -.infinity), .formula, .formula, .formula, .formula, .value(.infinity, .infinity), .value(.nan, .nan),
      .value(.infinity, -.infinity), .formula, .formula, .formula, .formula, .value(.infinity, .infinity), .value(.nan, .nan),
      .value(.infinity, -.infinity), .value(.infinity, -0.0), .value(.infinity, -0.0), .value(.infinity, 0), .value(.infinity, 0), .value(.infinity, .infinity), .value(.infinity, .nan),
      .value(.infinity, -.infinity), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.infinity, .infinity), .value(.nan, .nan),
    ],
    "exp": [
      .value(0, 0), .formula, .value(0, -0.0), .value(0, 0), .formula, .value(0, 0), .value(0, 0),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .value(.infinity, -0.0), .value(.infinity, 0), .formula, .domainError, .value(.infinity, .nan),
      .value(.nan, .nan), .value(.nan, .nan), .value(.nan, -0.0), .value(.nan, 0), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan),
    ],
    "log": [
      .value(.infinity, -2.356194490192345), .value(.infinity, -3.141592653589793), .value(.infinity, -3.141592653589793), .value(.infinity, 3.141592653589793), .value(.infinity, 3.141592653589793), .value(.infinity, 2.356194490192345), .value(.infinity, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -0.7853981633974483), .value(.infinity, -0.0), .value(.infinity, -0.0), .value(.infinity, 0), .value(.infinity, 0), .value(.infinity, 0.7853981633974483), .value(.infinity, .nan),
      .value(.infinity, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.infinity, .nan), .value(.nan, .nan),
    ],
    "acos": [
      .value(2.356194490192345, .infinity), .value(3.141592653589793, .infinity), .value(3.141592653589793, .infinity), .value(3.141592653589793, -.infinity), .value(3.141592653589793, -.infinity), .value(2.356194490192345, -.infinity), .value(.nan, .infinity),
      .value(1.5707963267948966, .infinity), .formula, .formula, .formula, .formula, .value(1.5707963267948966, -.infinity), .value(.nan, .nan),
      .value(1.5707963267948966, .infinity), .formula, .formula, .formula, .formula, .value(1.5707963267948966, -.infinity), .value(1.5707963267948966, .nan),
      .value(1.5707963267948966, .infinity), .formula, .formula, .formula, .formula, .value(1.5707963267948966, -.infinity), .value(1.5707963267948966, .nan),
      .value(1.5707963267948966, .infinity), .formula, .formula, .formula, .formula, .value(1.5707963267948966, -.infinity), .value(.nan, .nan),
      .value(0.7853981633974483, .infinity), .value(0, .infinity), .value(0, .infinity), .value(0, -.infinity), .value(0, -.infinity), .value(0.7853981633974483, -.infinity), .value(.nan, .infinity),
      .value(.nan, .infinity), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, -.infinity), .value(.nan, .nan),
    ],
    "acosh": [
      .value(.infinity, -2.356194490192345), .value(.infinity, -3.141592653589793), .value(.infinity, -3.141592653589793), .value(.infinity, 3.141592653589793), .value(.infinity, 3.141592653589793), .value(.infinity, 2.356194490192345), .value(.infinity, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -0.7853981633974483), .value(.infinity, -0.0), .value(.infinity, -0.0), .value(.infinity, 0), .value(.infinity, 0), .value(.infinity, 0.7853981633974483), .value(.infinity, .nan),
      .value(.infinity, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.infinity, .nan), .value(.nan, .nan),
    ],
    "asinh": [
      .value(-.infinity, -0.7853981633974483), .value(-.infinity, -0.0), .value(-.infinity, -0.0), .value(-.infinity, 0), .value(-.infinity, 0), .value(-.infinity, 0.7853981633974483), .value(-.infinity, .nan),
      .value(-.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(-.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(-.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(-.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(.infinity, 1.5707963267948966), .value(.nan, .nan),
      .value(.infinity, -0.7853981633974483), .value(.infinity, -0.0), .value(.infinity, -0.0), .value(.infinity, 0), .value(.infinity, 0), .value(.infinity, 0.7853981633974483), .value(.infinity, .nan),
      .value(.infinity, .nan), .value(.nan, .nan), .value(.nan, -0.0), .value(.nan, 0), .value(.nan, .nan), .value(.infinity, .nan), .value(.nan, .nan),
    ],
    "atanh": [
      .value(-0.0, -1.5707963267948966), .value(-0.0, -1.5707963267948966), .value(-0.0, -1.5707963267948966), .value(-0.0, 1.5707963267948966), .value(-0.0, 1.5707963267948966), .value(-0.0, 1.5707963267948966), .value(-0.0, .nan),
      .value(-0.0, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(-0.0, 1.5707963267948966), .value(.nan, .nan),
      .value(-0.0, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(-0.0, 1.5707963267948966), .value(-0.0, .nan),
      .value(0, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(0, 1.5707963267948966), .value(0, .nan),
      .value(0, -1.5707963267948966), .formula, .formula, .formula, .formula, .value(0, 1.5707963267948966), .value(.nan, .nan),
      .value(0, -1.5707963267948966), .value(0, -1.5707963267948966), .value(0, -1.5707963267948966), .value(0, 1.5707963267948966), .value(0, 1.5707963267948966), .value(0, 1.5707963267948966), .value(0, .nan),
      .value(0, -1.5707963267948966), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan), .value(0, 1.5707963267948966), .value(.nan, .nan),
    ],
    "cosh": [
      .domainError, .formula, .value(.infinity, 0), .value(.infinity, -0.0), .formula, .domainError, .value(.infinity, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, 0),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, 0),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .value(.infinity, -0.0), .value(.infinity, 0), .formula, .domainError, .value(.infinity, .nan),
      .value(.nan, .nan), .value(.nan, .nan), .value(.nan, 0), .value(.nan, 0), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan),
    ],
    "sinh": [
      .domainError, .formula, .value(-.infinity, -0.0), .value(-.infinity, 0), .formula, .domainError, .value(.infinity, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(0, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(0, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .value(.infinity, -0.0), .value(.infinity, 0), .formula, .domainError, .value(.infinity, .nan),
      .value(.nan, .nan), .value(.nan, .nan), .value(.nan, -0.0), .value(.nan, 0), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan),
    ],
    "tanh": [
      .value(-1.0, 0), .formula, .value(-1.0, -0.0), .value(-1.0, 0), .formula, .value(-1.0, 0), .value(-1.0, 0),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .value(1.0, 0), .formula, .value(1.0, -0.0), .value(1.0, 0), .formula, .value(1.0, 0), .value(1.0, 0),
      .value(.nan, .nan), .value(.nan, .nan), .value(.nan, -0.0), .value(.nan, 0), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan),
    ],
    "rect": [
      .domainError, .formula, .value(-.infinity, 0), .value(-.infinity, -0.0), .formula, .domainError, .value(.infinity, .nan),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .value(0, 0), .formula, .formula, .formula, .formula, .value(0, 0), .value(0, 0),
      .value(0, 0), .formula, .formula, .formula, .formula, .value(0, 0), .value(0, 0),
      .domainError, .formula, .formula, .formula, .formula, .domainError, .value(.nan, .nan),
      .domainError, .formula, .value(.infinity, -0.0), .value(.infinity, 0), .formula, .domainError, .value(.infinity, .nan),
      .value(.nan, .nan), .value(.nan, .nan), .value(.nan, 0), .value(.nan, 0), .value(.nan, .nan), .value(.nan, .nan), .value(.nan, .nan),
    ],
  ]
}
