import NumericArrays
import SymbolicGraph

/// `x.mean(axis)` as Theano builds it: the sum divided by each reduced length, cast to float
/// (`true_div(sum, float64(Shape(x))[i])`), the result named `mean`.
/// - Parameters:
///   - dtype: the dtype the sum is computed in (float32 for float16 inputs by default).
///   - accDType: the sum's accumulator dtype.
public func mean(
  _ x: Variable, axis: [Int]? = nil, dtype: DType? = nil, keepDims keep: Bool = false,
  accDType: DType? = nil, context: TypingContext = .init()
) throws -> Variable {
  let sumDType = dtype ?? (x.dtype == .float16 ? .float32 : nil)
  var result = try sum(x, axis: axis, dtype: sumDType, keepDims: keep, accDType: accDType)
  let floatType: DType = [.float16, .float32, .complex64].contains(result.dtype ?? .float64) ? .float32 : .float64
  let lengths = try cast(try shape(x), floatType)
  for axis in axis ?? Array(0..<x.ndim) {
    let length = try subtensor(lengths, [.index(scalarConstant(Int64(axis)))])
    result = try elemwise(.trueDiv, [result, length], context: context)
  }
  if let dtype = result.dtype, !dtype.isFloatingPoint, !dtype.isComplex { result = try cast(result, floatType) }
  if dtype == .float16 || (dtype == nil && x.dtype == .float16) { result = try cast(result, .float16) }
  result.name = "mean"
  return result
}
