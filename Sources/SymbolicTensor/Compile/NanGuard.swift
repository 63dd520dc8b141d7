import NumericArrays
import SymbolicGraph

/// The checks of Theano's `NanGuardMode`: every graph input, constant and node output is tested
/// for `nan`, infinities and values above 1e10 in magnitude, and the first offending value
/// raises an `AssertionError` naming the node (or saying it is an input of the graph).
public struct NanGuard: Sendable, Hashable {
  /// Whether a `nan` is an error.
  public let nanIsError: Bool
  /// Whether an infinite value is an error.
  public let infIsError: Bool
  /// Whether a value above 1e10 in magnitude is an error.
  public let bigIsError: Bool

  /// Creates the checks; at least one must be on.
  /// - Throws: ``TensorError`` with Theano's bare `AssertionError` when all three are off.
  public init(nanIsError: Bool, infIsError: Bool, bigIsError: Bool) throws {
    guard nanIsError || infIsError || bigIsError else { throw TensorError.assertion("") }
    self.nanIsError = nanIsError
    self.infIsError = infIsError
    self.bigIsError = bigIsError
  }

  /// Checks a graph input or constant (Theano's `nan_check_input`).
  func checkSource(_ variable: Variable, _ value: Any) throws {
    guard let problems = try problems(value) else { return }
    throw TensorError.assertion(
      problems + "NanGuardMode found an error in an input of the graph.\n"
        + variableTrace(variable.trace) + "\n")
  }

  /// Checks the outputs of a node that just ran (Theano's `nan_check`).
  func checkNode(_ node: Apply, _ outputs: [Any]) throws {
    for value in outputs {
      guard let problems = try problems(value) else { continue }
      var done = Set<Apply>()
      let printed = debugPrint(node.outputs.map { DebugPrintRoot($0) }, done: &done)
      throw TensorError.assertion(
        problems + "NanGuardMode found an error in the output of a node in this variable:\n"
          + printed + "\n" + variableTrace(node.trace) + "\n")
    }
  }

  /// The lines naming what is wrong with `value` (`NaN detected`, ...), or nil.
  private func problems(_ value: Any) throws -> String? {
    guard let array = value as? NDArray else { return nil }
    let discrete = !array.dtype.isFloatingPoint && !array.dtype.isComplex
    // Complex values: a nan or infinite part counts; "big" compares magnitudes (`np.abs`).
    let values = array.dtype.isComplex
      ? array.scalars.flatMap { [$0.complexParts.0, $0.complexParts.1] } : array.doubles
    let magnitudes = array.dtype.isComplex
      ? (try NDArray.apply(.absolute, array)).doubles : values
    var lines = ""
    if nanIsError && !discrete {
      // Theano tests `isnan(min(value))`, which numpy refuses for an empty array.
      if values.isEmpty {
        throw TensorError.value("zero-size array to reduction operation minimum which has no identity")
      }
      if values.contains(where: \.isNaN) { lines += "NaN detected\n" }
    }
    if infIsError && !discrete && values.contains(where: \.isInfinite) { lines += "Inf detected\n" }
    if bigIsError && !values.isEmpty && !values.contains(where: \.isNaN)
      && magnitudes.contains(where: { abs($0) > 1e10 })
    {
      lines += "Big value detected\n"
    }
    return lines.isEmpty ? nil : lines
  }
}
