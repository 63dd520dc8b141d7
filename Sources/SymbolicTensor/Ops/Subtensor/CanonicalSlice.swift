import NumericArrays
import SymbolicGraph

/// An integer in Theano's slice arithmetic (`get_canonical_form_slice`, `merge_two_slices`):
/// absent, a Python int, a numpy scalar (a constant's value, with its dtype), or symbolic.
///
/// Python-level arithmetic between known values stays known; once a symbolic value is involved
/// it builds `Elemwise` nodes, with Python ints becoming constants of Theano's autocast dtype and
/// numpy scalars constants of their own dtype. `T.switch`, `T.lt`, ... always build nodes.
enum SliceValue {
  case none
  case python(Int)
  case numpy(Int, DType)
  case symbolic(Variable)

  /// The known integer, if any.
  var known: Int? {
    switch self {
    case .python(let value), .numpy(let value, _): return value
    case .none, .symbolic: return nil
    }
  }

  var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  /// The value as a tensor (`as_tensor_variable`).
  func tensor() throws -> Variable {
    switch self {
    case .none: throw TensorError.type("None in slice arithmetic")
    case .python(let value): return constant(.int(Int64(value)), context: TypingContext())
    case .numpy(let value, let dtype): return constant(NDArray(scalar: .int(Int64(value)), dtype: dtype))
    case .symbolic(let variable): return variable
    }
  }

  /// Python's `==` as Theano's code uses it: values compare by value, variables by identity.
  func equals(_ other: SliceValue) -> Bool {
    switch (self, other) {
    case (.none, .none): return true
    case (.symbolic(let a), .symbolic(let b)): return a === b
    default:
      guard let a = known, let b = other.known else { return false }
      return a == b
    }
  }

  /// A binary Python operator: computed for known values, an `Elemwise` node otherwise.
  static func binary(
    _ a: SliceValue, _ b: SliceValue, _ op: ScalarOp, _ compute: (Int, Int) -> Int
  ) throws -> SliceValue {
    if let x = a.known, let y = b.known {
      switch (a, b) {
      case (.numpy(_, let dtype), _), (_, .numpy(_, let dtype)): return .numpy(compute(x, y), dtype)
      default: return .python(compute(x, y))
      }
    }
    return .symbolic(try elemwise(op, [a.tensor(), b.tensor()]))
  }

  static func + (a: SliceValue, b: SliceValue) throws -> SliceValue { try binary(a, b, .add, +) }
  static func - (a: SliceValue, b: SliceValue) throws -> SliceValue { try binary(a, b, .sub, -) }
  static func * (a: SliceValue, b: SliceValue) throws -> SliceValue { try binary(a, b, .mul, *) }

  /// Python's unary minus.
  func negated() throws -> SliceValue {
    switch self {
    case .python(let value): return .python(-value)
    case .numpy(let value, let dtype): return .numpy(-value, dtype)
    case .none, .symbolic: return .symbolic(try elemwise(.neg, [tensor()]))
    }
  }

  /// Python's floor division.
  static func floorDivide(_ a: SliceValue, _ b: SliceValue) throws -> SliceValue {
    try binary(a, b, .intDiv) { x, y in
      let quotient = x / y
      return (x % y != 0 && (x < 0) != (y < 0)) ? quotient - 1 : quotient
    }
  }

  /// A `theano.tensor` function of the values (always a node).
  static func call(_ op: ScalarOp, _ arguments: SliceValue...) throws -> SliceValue {
    .symbolic(try elemwise(op, arguments.map { try $0.tensor() }))
  }
}

/// Theano's `get_scalar_constant_value` then `extract_constant` on a slice bound or a length:
/// constants (behind `ScalarFromTensor`) are numpy scalars, `ScalarFromTensor(t)` is `t`.
func analyzeSliceValue(_ variable: Variable?) -> SliceValue {
  guard var current = variable else { return .none }
  if let owner = current.owner, owner.op is ScalarFromTensor { current = owner.inputs[0] }
  if let constant = current as? Constant, let array = constant.value as? NDArray, array.size == 1,
    let value = try? array.reshaped([]).item()
  {
    return .numpy(Int(value.doubleValue), array.dtype)
  }
  return .symbolic(current)
}

/// Theano's `get_canonical_form_slice`: a slice as `start:stop:step` with
/// `0 <= start <= stop <= length` and `step > 0`, and whether the selection is reversed (`1`,
/// `-1` or symbolic); an index `i` becomes `switch(i < 0, i + length, i)`.
func canonicalFormSlice(
  start: SliceValue, stop: SliceValue, step: SliceValue, length: SliceValue
) throws -> (start: SliceValue, stop: SliceValue, step: SliceValue, reverse: SliceValue) {
  let one = SliceValue.python(1), zero = SliceValue.python(0)
  let step = step.isNone ? one : step
  if let stepValue = step.known, stepValue == 1 {
    let startIsZero =
      start.isNone || start.known == 0
      || (start.known.map { s in length.known.map { s < 0 && s + $0 <= 0 } ?? false } ?? false)
    let stopIsLength =
      stop.isNone || stop.equals(length) || stop.known == Int.max
      || (stop.known.map { s in length.known.map { s >= $0 } ?? false } ?? false)
    if startIsZero {
      if stopIsLength { return (zero, length, one, one) }
      if let s = stop.known, s >= 0 {
        return (zero, try .call(.switch, .call(.lt, stop, length), stop, length), one, one)
      }
      let stopPlusLength = try stop + length
      let clipped = try SliceValue.call(
        .switch, .call(.lt, stop, zero), .call(.switch, .call(.lt, stopPlusLength, zero), zero, stopPlusLength),
        .call(.switch, .call(.lt, stop, length), stop, length))
      return (zero, clipped, one, one)
    }
    if stopIsLength {
      if let s = start.known, s >= 0 {
        return (try .call(.switch, .call(.lt, start, length), start, length), length, one, one)
      }
      let startPlusLength = try start + length
      let clipped = try SliceValue.call(
        .switch, .call(.lt, start, zero),
        .call(.switch, .call(.lt, startPlusLength, zero), zero, startPlusLength),
        .call(.switch, .call(.lt, start, length), start, length))
      return (clipped, length, one, one)
    }
  }
  return try genericCanonicalForm(start: start, stop: stop, step: step, length: length)
}

/// The general case of `get_canonical_form_slice` (any step, bounds anywhere).
private func genericCanonicalForm(
  start: SliceValue, stop: SliceValue, step: SliceValue, length: SliceValue
) throws -> (start: SliceValue, stop: SliceValue, step: SliceValue, reverse: SliceValue) {
  let zero = SliceValue.python(0), one = SliceValue.python(1), minusOne = SliceValue.python(-1)
  let switchNegativeStep: (SliceValue, SliceValue) throws -> SliceValue
  let absStep: SliceValue
  let signStep: SliceValue
  if let stepValue = step.known {
    guard stepValue != 0 else { throw TensorError.assertion("") }
    switchNegativeStep = stepValue > 0 ? { _, b in b } : { a, _ in a }
    absStep = stepValue > 0 ? step : try zero - step
    signStep = .python(stepValue > 0 ? 1 : -1)
  } else {
    // Theano's graph for a symbolic step needs `sgn`, which the engine does not have.
    throw TensorError.notImplemented("canonical form of a slice with a symbolic step")
  }
  let defaultStart = try switchNegativeStep(try length - one, zero)
  let defaultStop = try switchNegativeStep(minusOne, length)
  var first = defaultStart
  if !start.isNone {
    first = try .call(.switch, .call(.lt, start, zero), start + length, start)
    first = try .call(.switch, .call(.lt, first, zero), switchNegativeStep(minusOne, zero), first)
    first = try .call(.switch, .call(.ge, first, length), switchNegativeStep(length - one, length), first)
  }
  var last = defaultStop
  if !stop.isNone && stop.known != Int.max {
    last = try .call(.switch, .call(.lt, stop, zero), stop + length, stop)
    last = try .call(.switch, .call(.lt, last, zero), minusOne, last)
    last = try .call(.switch, .call(.ge, last, length), length, last)
  }
  var newStop = try switchNegativeStep(try first + one, last)
  var sliceLength = try SliceValue.floorDivide(try first - last - one, absStep) + one
  sliceLength = try .call(.switch, .call(.lt, sliceLength, zero), zero, sliceLength)
  var negativeStart = try newStop - (try sliceLength - one) * absStep - one
  negativeStart = try .call(.switch, .call(.lt, negativeStart, zero), newStop - one, negativeStart)
  var newStart = try switchNegativeStep(negativeStart, first)
  newStart = try .call(.switch, .call(.lt, newStart, zero), zero, newStart)
  newStop = try .call(.switch, .call(.lt, newStop, zero), zero, newStop)
  newStart = try .call(.switch, .call(.lt, newStart, newStop), newStart, newStop)
  // Theano compares `step != 1`: a symbolic step is never equal to 1.
  let reverse = step.known == 1 ? one : signStep
  return (newStart, newStop, absStep, reverse)
}
