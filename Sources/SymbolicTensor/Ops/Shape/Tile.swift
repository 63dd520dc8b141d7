import NumericArrays
import SymbolicGraph

/// `T.tile(x, reps)` for a list of repetitions (Python ints or integer scalars), as Theano builds
/// it: `x` allocated with a leading axis per repetition, the axes interleaved, and the result
/// reshaped to `x.shape * reps`.
/// - Parameters:
///   - x: the tensor to repeat.
///   - reps: one repetition count per axis of the result (padded with 1 on the left).
///   - ndim: the number of axes of the result (default: the larger of `x.ndim` and the counts).
public func tile(
  _ x: Variable, _ reps: [Variable], ndim: Int? = nil, context: TypingContext = .init()
) throws -> Variable {
  if let ndim {
    guard ndim >= x.ndim else { throw TensorError.value("ndim should be equal or larger than x.ndim") }
    guard reps.count <= ndim else {
      throw TensorError.value("len(reps) should be equal or less than ndim")
    }
  }
  guard reps.allSatisfy({ $0.ndim == 0 && ($0.dtype?.isInteger ?? false || $0.dtype == .bool) }) else {
    throw TensorError.value("elements of reps must be scalars of integer dtype")
  }
  let outputNDim = ndim ?? Swift.max(reps.count, x.ndim)
  let one = { constant(NDArray(scalar: .int(1), dtype: .int8)) }
  let counts = (0..<(outputNDim - reps.count)).map { _ in one() } + reps
  let xShape = try shape(x)
  let lengths = try (0..<(outputNDim - x.ndim)).map { _ in one() }
    + (0..<x.ndim).map { try subtensor(xShape, [.index(scalarConstant(Int64($0)))]) }
  let allocated = try alloc(x, counts + lengths)
  let order = (0..<outputNDim).flatMap { [DimShuffle.Entry.axis($0), .axis($0 + outputNDim)] }
  let interleaved = try dimshuffle(allocated, order)
  let newShape = try zip(lengths, counts).map { try elemwise(.mul, [$0, $1], context: context) }
  return try reshape(interleaved, try stackScalars(newShape, context: context), ndim: outputNDim)
}
