import NumericArrays
import SymbolicGraph

// Building blocks shared by the element-wise rewrites, after Theano's helpers in
// `theano/tensor/opt.py`.

/// The scalar op of a node applying a plain (not in-place) `Elemwise`: Theano's
/// `node.op == T.mul` tests.
func plainScalarOp(_ node: Apply?) -> ScalarOp? {
  guard let op = node?.op as? Elemwise, op.inplacePattern.isEmpty else { return nil }
  return op.scalarOp
}

/// The typing context of an element-wise node (the default elsewhere).
func typingContext(_ node: Apply) -> TypingContext {
  (node.op as? Elemwise)?.context ?? TypingContext()
}

/// A 0-d tensor constant of `value` converted to `dtype` (Theano's `T.constant(v, dtype=...)`).
func scalarTensorConstant(_ value: NDArray, dtype: DType) -> Constant {
  constant(value.dtype == dtype ? value : value.astype(dtype))
}

/// Theano's `Canonizer.get_constant`: the value of a constant holding a single value (or only
/// equal values), as a 0-d array of the constant's dtype; `nil` for anything else.
func uniqueConstantValue(_ variable: Variable) -> NDArray? {
  guard let constant = variable as? Constant, let array = constant.value as? NDArray,
    let first = array.scalars.first
  else { return nil }
  if array.ndim == 0 { return array }
  guard array.scalars.allSatisfy({ $0 == first }) else { return nil }
  return NDArray(scalar: first, dtype: array.dtype)
}

/// Theano's `get_scalar_constant_value`: a constant's single value, looking through
/// `DimShuffle`, `Alloc` and `Shape_i` unless `onlyConstants`; `nil` when it is not constant.
func scalarConstantArray(_ variable: Variable, onlyConstants: Bool = false) -> NDArray? {
  if let value = uniqueConstantValue(variable) { return value }
  if onlyConstants { return nil }
  guard let owner = variable.owner else { return nil }
  if owner.op is DimShuffle || owner.op is Alloc {
    return scalarConstantArray(owner.inputs[0])
  }
  if let shapeI = owner.op as? ShapeI {
    let input = owner.inputs[0]
    if let constant = input as? Constant, let array = constant.value as? NDArray {
      return NDArray(scalar: .int(Int64(array.shape[shapeI.i])), dtype: .int64)
    }
    if input.broadcastable[shapeI.i] { return NDArray(scalar: .int(1), dtype: .int64) }
  }
  return nil
}

/// Whether a 0-d array equals `value` (numpy's `==` on a scalar).
func scalarEquals(_ array: NDArray?, _ value: Double) -> Bool {
  guard let array, let first = array.scalars.first else { return false }
  return first.realNumber == value
}

/// `T.cast(x, dtype)`: `x` when it has that dtype.
func castIfNeeded(_ variable: Variable, _ dtype: DType) throws -> Variable {
  try cast(variable, dtype)
}

/// `T.fill(model, value)`: `value` broadcast to `model`'s shape (Theano's `second`).
func fill(_ model: Variable, _ value: Variable, context: TypingContext) throws -> Variable {
  try elemwise(.second, [model, value], context: context)
}

/// Theano's `_fill_chain`: `fill(input_n, ... fill(input_1, value))` so the result keeps the
/// broadcast shape of the original inputs.
func fillChain(_ value: Variable, _ inputs: [Variable], context: TypingContext) throws -> Variable {
  var result = value
  for input in inputs { result = try fill(input, result, context: context) }
  return result
}

/// Theano's `broadcast_like`: `value` cast to the template's dtype and allocated to its shape
/// (from the shape feature), so it has the template's type.
func broadcastLike(
  _ value: Variable, _ template: Variable, _ fgraph: FunctionGraph, dtype: DType? = nil
) throws -> Variable {
  if typesEqual(value.type, template.type) { return value }
  let casted = try cast(value, dtype ?? template.dtype!)
  if typesEqual(casted.type, template.type) { return casted }
  let shape: [Variable]
  if let feature = fgraph.feature(ShapeFeature.self), let known = feature.shape(of: template) {
    shape = known
  } else {
    shape = try (0..<template.ndim).map { try ShapeI($0)(template) }
  }
  let result = try alloc(casted, shape)
  guard result.broadcastable == template.broadcastable else {
    throw TensorError.notImplemented("broadcast_like needs Rebroadcast")
  }
  return result
}

/// `broadcast_like` of a Python number (a 0-d constant of Theano's autocast dtype).
func broadcastLike(
  _ value: Scalar, _ template: Variable, _ fgraph: FunctionGraph, context: TypingContext
) throws -> Variable {
  try broadcastLike(constant(value, context: context), template, fgraph)
}

extension Scalar {
  /// The value as a real number for the rewrites' tests of constants (`== 1`, `< 0`): a complex
  /// value off the real line is nan, equal to nothing, as `(1+1j) == 1` is False in Theano.
  var realNumber: Double {
    if case .complex(let real, let imag) = self { return imag == 0 ? real : .nan }
    return doubleValue
  }

  /// The real and imaginary parts (0 for real values).
  var complexParts: (Double, Double) {
    if case .complex(let real, let imag) = self { return (real, imag) }
    return (doubleValue, 0)
  }
}
