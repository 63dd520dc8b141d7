import NumericArrays
import SymbolicGraph

/// Scalars gathered into a vector as Theano's `stack` does it: `MakeVector` of their upcast
/// dtype, inputs of another dtype cast to it.
public func stackScalars(_ scalars: [Variable], context: TypingContext = .init()) throws -> Variable {
  let dtype = upcast(scalars.compactMap(\.dtype), context: context)
  let inputs = try scalars.map { try cast($0, dtype) }
  return try MakeVector(dtype: dtype).makeNode(inputs).out
}
