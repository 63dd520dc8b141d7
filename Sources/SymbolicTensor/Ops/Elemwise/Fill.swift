import NumericArrays
import SymbolicGraph

/// `T.zeros_like(model, dtype)`: `fill(model, 0)` with the model's dtype unless one is given.
public func zerosLike(_ model: Variable, dtype: DType? = nil, context: TypingContext = .init()) throws -> Variable {
  try fill(model, constant(.float(0), context: context, dtype: dtype ?? model.dtype), context: context)
}

/// `T.ones_like(model, dtype)`: `fill(model, 1)` with the model's dtype unless one is given.
public func onesLike(_ model: Variable, dtype: DType? = nil, context: TypingContext = .init()) throws -> Variable {
  try fill(model, constant(.float(1), context: context, dtype: dtype ?? model.dtype), context: context)
}

/// `T.fill(model, value)` (Theano's `second`): `value` broadcast to the shape of `model`, with
/// the dtype of `value`.
public func fillLike(_ model: Variable, _ value: Variable, context: TypingContext = .init()) throws -> Variable {
  try fill(model, value, context: context)
}
