import NumericArrays
import SymbolicGraph

/// `x.var(axis, ddof, keepdims, corrected)` as Theano builds it (the two-pass algorithm): the mean
/// of the squared deviations from the mean (`ddof` 0), or their sum divided by each reduced length
/// minus `ddof`; `corrected` subtracts the squared mean deviation. The result is named `var`.
public func variance(
  _ x: Variable, axis: [Int]? = nil, ddof: Int = 0, keepDims keep: Bool = false,
  corrected: Bool = false, context: TypingContext = .init()
) throws -> Variable {
  let axes = axis ?? Array(0..<x.ndim)
  let centered = try elemwise(
    .sub, [x, try mean(x, axis: axes, keepDims: true, context: context)], context: context)
  let two = constant(NDArray(scalar: .int(2), dtype: centered.dtype ?? context.floatX))
  let squares = try elemwise(.pow, [centered, two], context: context)
  var result: Variable
  if ddof == 0 {
    result = try mean(squares, axis: axes, keepDims: keep, context: context)
  } else {
    let lengths = try reducedLengths(x, ddof: ddof, context: context)
    result = try sum(squares, axis: axes, keepDims: keep)
    for axis in axes { result = try elemwise(.trueDiv, [result, lengths(axis)], context: context) }
  }
  if corrected {
    let two = constant(NDArray(scalar: .int(2), dtype: .int8))
    var error: Variable
    if ddof == 0 {
      error = try elemwise(
        .pow, [try mean(centered, axis: axes, keepDims: keep, context: context), two], context: context)
    } else {
      let lengths = try reducedLengths(x, ddof: ddof, context: context)
      let full = try shape(x)
      error = try elemwise(.pow, [try sum(centered, axis: axes, keepDims: keep), two], context: context)
      for axis in axes {
        let length = try subtensor(full, [.index(scalarConstant(Int64(axis)))])
        let divisor = try elemwise(.mul, [try lengths(axis), length], context: context)
        error = try elemwise(.trueDiv, [error, divisor], context: context)
      }
    }
    result = try elemwise(.sub, [result, error], context: context)
  }
  result.name = "var"
  return result
}

/// `x.std(...)`: the square root of ``variance(_:axis:ddof:keepDims:corrected:context:)``, named
/// `std`.
public func standardDeviation(
  _ x: Variable, axis: [Int]? = nil, ddof: Int = 0, keepDims keep: Bool = false,
  corrected: Bool = false, context: TypingContext = .init()
) throws -> Variable {
  let result = try elemwise(
    .sqrt,
    [try variance(x, axis: axis, ddof: ddof, keepDims: keep, corrected: corrected, context: context)],
    context: context)
  result.name = "std"
  return result
}

/// `(shape(x) - ddof)[axis]` for each reduced axis, as Theano's `var` divides by.
private func reducedLengths(
  _ x: Variable, ddof: Int, context: TypingContext
) throws -> (Int) throws -> Variable {
  let value = constant(.int(Int64(ddof)), context: context)
  let lengths = try elemwise(.sub, [try shape(x), value], context: context)
  return { axis in try subtensor(lengths, [.index(scalarConstant(Int64(axis)))]) }
}
