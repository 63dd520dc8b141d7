import SymbolicGraph

/// Theano's `compute_test_value`: while a graph is built, each new node runs its op on the test
/// values of its inputs, so that a shape error shows on the line that makes the node.
///
/// A variable's test value is its constant value, its shared value, or `tag["test_value"]`
/// filtered by its type (a host may store its own value there and convert it when asked);
/// computed values go to the outputs' `tag["test_value"]`.
public enum TestValues {
  /// The key of a test value in ``SymbolicGraph/Variable/tag``.
  public static let key = "test_value"

  /// What happens when an input has no test value (the flag's values other than `off`).
  public enum Policy: String, Sendable {
    /// The node gets no test value (`ignore`, and `warn`, whose warning goes to stderr).
    case skip
    /// A `ValueError` naming the input and the node (`raise`).
    case raise
  }

  /// Computes the test values of `nodes`, in order (the order they were created in).
  /// - Parameters:
  ///   - nodes: the new nodes.
  ///   - policy: what a missing input value does.
  ///   - hostValue: converts a value the host stored in a tag to an engine value.
  /// - Throws: ``TensorError`` for a missing input value (under `.raise`) or one its type
  ///   refuses, or the op's own error when it fails on the test values.
  public static func compute(
    _ nodes: [Apply], policy: Policy, hostValue: (Any) throws -> Any = { $0 }
  ) throws {
    nodes: for node in nodes {
      var values: [Any] = []
      for (index, input) in node.inputs.enumerated() {
        guard let value = try value(of: input, hostValue: hostValue) else {
          if policy == .skip { continue nodes }
          throw TensorError.value(
            "Cannot compute test value: input \(index) (\(input)) of Op \(node) missing default "
              + "value. " + variableTrace(input.owner?.trace ?? input.trace))
        }
        values.append(value)
      }
      let outputs = try node.op.perform(node, inputs: values)
      for (output, value) in zip(node.outputs, outputs) { output.tag[key] = value }
    }
  }

  /// A variable's test value filtered by its type, if it has one (Theano's `_get_test_value`).
  private static func value(of variable: Variable, hostValue: (Any) throws -> Any) throws -> Any? {
    if let constant = variable as? Constant { return constant.value }
    if let shared = variable as? SharedVariable { return shared.value }
    guard let stored = variable.tag[key] else { return nil }
    do {
      return try variable.type.filter(try hostValue(stored), strict: false, allowDowncast: nil)
    } catch {
      let original = TensorError.from(error)
      throw TensorError(
        original.pythonType,
        "For compute_test_value, one input test value does not have the requested type.\n"
          + variableTrace(variable.owner?.trace ?? variable.trace)
          + "\nThe error when converting the test value to that variable type:\n" + original.message)
    }
  }
}
