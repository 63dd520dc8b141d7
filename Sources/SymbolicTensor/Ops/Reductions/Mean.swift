import NumericArrays
import SymbolicGraph

/// `x.mean(axis)` as Theano builds it: the sum divided by each reduced length, cast to float
/// (`true_div(sum, float64(Shape(x))[i])`), the result named `mean`.
public func mean(
  _ x: Variable, axis: [Int]? = nil, keepDims keep: Bool = false, context: TypingContext = .init()
) throws -> Variable {
  let axes = (axis ?? Array(0..<x.ndim)).map { $0 < 0 ? $0 + x.ndim : $0 }
  var result = try sum(x, axis: axis)
  if keep { result = try keepDims(x, result, axis: axis) }
  let floatType: DType = [.float16, .float32].contains(result.dtype ?? .float64) ? .float32 : .float64
  let lengths = try cast(try shape(x), floatType)
  for axis in axes {
    let length = try subtensor(lengths, [.index(scalarConstant(Int64(axis)))])
    result = try elemwise(.trueDiv, [result, length], context: context)
  }
  if let dtype = result.dtype, !dtype.isFloatingPoint { result = try cast(result, floatType) }
  result.name = "mean"
  return result
}
