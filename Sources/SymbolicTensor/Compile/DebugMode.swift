import SymbolicGraph

/// What `DebugMode` adds to a compiled function: the unoptimized graph, run to check the
/// optimized one's results, and a record of which rewrite made each replacement (Theano's
/// `_VariableEquivalenceTracker`), used to blame the rewrite when a node it inserted fails.
final class DebugModeChecks {
  /// The unoptimized graph.
  let reference: LinkedProgram
  /// The first replacement of each variable a rewrite put in the graph.
  let tracker = ReplacementTracker()

  init(reference: LinkedProgram) {
    self.reference = reference
  }

  /// The error for a node of the optimized graph that failed: the op's error as it is when no
  /// rewrite inserted the node, else Theano's "An optimization (probably ...) inserted an apply
  /// node that raise an error" report, without the inputs' values (Theano's DebugMode reports
  /// through the C thunk, which it does not have here).
  func failureError(
    _ failure: NodeFailure, fgraph: FunctionGraph, order: [Apply], flags: TheanoFlags
  ) -> TensorError {
    let original = TensorError.from(failure.error)
    guard let replacement = tracker.firstReplacement[failure.node.out] else { return original }
    let message = "An optimization (probably \(replacement.reason)) inserted an apply node that "
      + "raise an error.\nThe information we have about this optimizations is:"
      + "\(replacement.replaced)\n\(replacement.replacedText)\n\nThe original exception: \n"
      + original.message
    return nodeFailureError(
      failure, fgraph: fgraph, order: order, flags: flags, message: message, showsInputs: false)
  }

  /// Runs the unoptimized graph and compares its outputs with the optimized graph's.
  /// - Throws: the unoptimized graph's error as it is, or Theano's `BadOptimization` for an
  ///   output that differs.
  func compare(_ results: [Any], inputs: [Any], outputs: [Variable]) throws {
    let expected: [Any]
    do {
      expected = try reference.run(inputs)
    } catch GraphError.nodeFailed(let failure) {
      throw TensorError.from(failure.error)
    }
    for (index, (output, value)) in zip(outputs, results).enumerated()
    where !output.type.valuesAreClose(value, expected[index]) {
      throw TensorError(
        "theano.compile.debugmode.BadOptimization",
        "BadOptimization Error: output \(index) of the optimized graph (\(output)) differs from "
          + "the unoptimized graph's")
    }
  }
}

/// Records, for every variable a rewrite puts in place of another, the first such replacement:
/// the rewrite's name, the replaced variable and its graph as it was then (printed with types,
/// six levels deep, each line indented by two spaces).
final class ReplacementTracker: Feature {
  struct Replacement {
    let reason: String
    let replaced: Variable
    let replacedText: String
  }

  private(set) var firstReplacement: [Variable: Replacement] = [:]

  func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String
  ) {
    record(new, replacing: old, reason: reason)
  }

  /// What Theano's DebugMode does last: it tries to put an `OutputGuard` view on every output,
  /// which the destroy handler refuses, and the revert counts as a replacement of the output.
  func guardOutputs(_ fgraph: FunctionGraph) {
    for output in fgraph.outputs {
      let guarded = Apply(op: OutputGuard(), inputs: [output], outputTypes: [output.type]).out
      record(output, replacing: guarded, reason: "('Revert', 'output_guard')")
    }
  }

  private func record(_ new: Variable, replacing old: Variable, reason: String) {
    guard firstReplacement[new] == nil else { return }
    var done = Set<Apply>()
    let printed = debugPrint(
      [DebugPrintRoot(old)], options: DebugPrintOptions(depth: 6, printType: true), done: &done)
    let indented = printed.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    firstReplacement[new] = Replacement(reason: reason, replaced: old, replacedText: indented)
  }
}

/// Theano's `OutputGuard`: a view of its input that DebugMode tries to put on the outputs (only
/// printed here, in the report of a failing output node).
private struct OutputGuard: Op {
  var description: String { "OutputGuard" }
  var viewMap: [Int: [Int]] { [0: [0]] }

  func makeNode(_ inputs: [Variable]) throws -> Apply {
    Apply(op: self, inputs: inputs, outputTypes: inputs.map(\.type))
  }

  func perform(_ node: Apply, inputs: [Any]) throws -> [Any] { inputs }
}
