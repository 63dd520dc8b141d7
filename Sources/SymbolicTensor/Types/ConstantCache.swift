import NumericArrays
import SymbolicGraph

/// Theano's `constant_cache`: `T.constant(1)` made twice is one object, so a graph that uses `1`
/// twice prints one `[id]`, and `T.constant(1) is T.constant(1)`.
///
/// Every tensor constant made while a cache is bound (``current``) is looked up by signature
/// first; single-element constants of integer dtypes with values in -10...10 are kept, and those
/// of float dtypes too while fewer than 10,000 are kept. The host binds one cache per document,
/// so documents never share constant objects: `ConstantCache.$current.withValue(cache) { ... }`.
/// The cache also holds the document's one `NoneConst`, which absent slice bounds share (Theano's
/// `as_int_none_variable`).
///
/// Graph objects live on one thread; a cache is only bound and used on the thread building the
/// graph, so it is marked sendable without checking.
public final class ConstantCache: @unchecked Sendable {
  private var constants: [ConstantSignature: Constant] = [:]
  /// The document's `NoneConst`.
  public let none = noneConstant()

  /// Creates an empty cache.
  public init() {}

  /// The cache new tensor constants go through, if any.
  @TaskLocal public static var current: ConstantCache?

  /// The cached constant equal to `made`, else `made` (kept when small enough).
  func unique(_ made: Constant, array: NDArray) -> Constant {
    if let cached = constants[made.signature] { return cached }
    guard array.size == 1, let value = array.doubles.first, (-10...10).contains(value) else {
      return made
    }
    if array.dtype.isInteger || (array.dtype.isFloatingPoint && constants.count < 10_000) {
      constants[made.signature] = made
    }
    return made
  }
}
