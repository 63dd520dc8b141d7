import NumericArrays
import SymbolicGraph

/// A compiled graph (Theano's `theano.function` result): checks arguments, runs the optimized
/// graph and reports a failing node as Theano does.
public final class CompiledFunction {
  /// The name used in argument errors (Theano names functions by their call site, `"doc.md:12"`).
  public let name: String?
  /// The inputs as the caller gave them.
  public let inputs: [Variable]
  /// Shared variables the graph reads without being given them, in graph-input order.
  public let implicitInputs: [SharedVariable]
  /// The shared variables the function updates, in order; their new values are the graph's
  /// outputs after the requested ones.
  public let updated: [SharedVariable]
  /// How many of the graph's outputs are new values of shared variables (they follow the
  /// requested outputs; a copy made with `deletingUpdates` computes them but stores nothing).
  private let updateOutputCount: Int
  /// The optimized graph (what `debugprint(f)` prints).
  public let fgraph: FunctionGraph
  /// The execution order of the optimized graph.
  public let order: [Apply]
  /// The mode the function was compiled with.
  public let mode: Mode
  private let flags: TheanoFlags
  private let allowInputDowncast: Bool?
  private let program: LinkedProgram
  private let debug: DebugModeChecks?

  /// Compiles `outputs` as a function of `inputs`.
  /// - Parameters:
  ///   - inputs: the input variables, in call order.
  ///   - outputs: the outputs to compute.
  ///   - updates: shared variables and the expressions of their values after each call.
  ///   - givens: variables replaced in the graphs of `outputs` and `updates` (Theano's `givens`).
  ///   - mode: the compilation mode.
  ///   - flags: the configuration (for reports and typing).
  ///   - name: the function's name.
  ///   - allowInputDowncast: Theano's `allow_input_downcast` (`nil`: only Python floats).
  ///   - checkUnusedInputs: whether an input the outputs do not need is an error
  ///     (`on_unused_input='raise'`, the default).
  ///   - borrowedInputs: per input, whether it was given with `borrow=True` (`theano.In`).
  ///   - borrowedOutputs: per output, whether it was given with `borrow=True` (`theano.Out`): an
  ///     output aliasing a borrowed input or output is returned as a view, not a copy.
  /// - Throws: ``TensorError`` with Theano's `UnusedInputError`, `MissingInputError`, ... text.
  public init(
    inputs: [Variable], outputs: [Variable], updates: [(SharedVariable, Variable)] = [],
    givens: [(Variable, Variable)] = [], mode: Mode, flags: TheanoFlags, name: String? = nil, allowInputDowncast: Bool? = nil,
    checkUnusedInputs: Bool = true, borrowedInputs: [Bool] = [], borrowedOutputs: [Bool] = []
  ) throws {
    self.name = name
    self.inputs = inputs
    self.mode = mode
    self.flags = flags
    self.allowInputDowncast = allowInputDowncast
    for (shared, value) in updates where !typesEqual(shared.type, value.type) {
      throw TensorError.type(
        "('An update must have the same type as the original shared variable (shared_var=\(shared), "
          + "shared_var.type=\(shared.type), update_val=\(value), update_val.type=\(value.type)).', "
          + "'If the difference is related to the broadcast pattern, you can call the "
          + "tensor.unbroadcast(var, axis_to_unbroadcast[, ...]) function to remove broadcastable "
          + "dimensions.')")
    }
    let computed = try substituteGivens(givens, in: outputs + updates.map { $0.1 })
    try Self.checkInputs(inputs, outputs: computed, unused: checkUnusedInputs)
    let given = Set(inputs)
    var implicit = graphInputs(of: computed).compactMap { $0 as? SharedVariable }
      .filter { !given.contains($0) }
    for (shared, _) in updates where !given.contains(shared) && !implicit.contains(shared) {
      implicit.append(shared)
    }
    self.implicitInputs = implicit
    self.updated = updates.map { $0.0 }
    self.updateOutputCount = updates.count
    let fgraph: FunctionGraph
    do {
      fgraph = try FunctionGraph(
        inputs: inputs + implicit, outputs: computed, features: [PreserveNames()])
    } catch {
      throw TensorError.from(error)
    }
    let allInputs = inputs + implicit
    for (position, (shared, _)) in updates.enumerated() {
      if let input = allInputs.firstIndex(where: { $0 === shared }) {
        fgraph.updateMapping[outputs.count + position] = input
      }
    }
    let mutable = Set(updates.compactMap { shared, _ in
      allInputs.firstIndex { $0 === shared }.map { fgraph.inputs[$0] }
    })
    if !mutable.isEmpty || fgraph.applyNodes.contains(where: { !$0.op.destroyMap.isEmpty }) {
      try fgraph.attach(DestroyHandler(mutableInputs: mutable))
    }
    var debug: DebugModeChecks?
    if mode.linker == .debug {
      let original = try FunctionGraph(inputs: fgraph.inputs, outputs: fgraph.outputs)
      try insertDeepCopy(original, updatedInputs: mutable)
      debug = DebugModeChecks(reference: try LinkedProgram(original))
      try fgraph.attach(debug!.tracker)
    }
    do {
      try mode.pipeline.apply(to: fgraph)
      let borrowed = Set(zip(fgraph.inputs, borrowedInputs).filter { $0.1 }.map { $0.0 })
      try insertDeepCopy(
        fgraph, updatedInputs: mutable, borrowedInputs: borrowed, borrowedOutputs: borrowedOutputs)
      debug?.tracker.guardOutputs(fgraph)
    } catch let interrupted as Interrupted {
      throw interrupted
    } catch {
      throw TensorError.from(error)
    }
    self.fgraph = fgraph
    self.program = try LinkedProgram(fgraph)
    self.order = program.order
    self.debug = debug
  }

  /// A function running the same compiled graph (Theano's `Function.copy`): it reads and
  /// updates the same shared variables, except those `swap` replaces.
  /// - Parameters:
  ///   - swap: pairs (shared variable of this function, shared variable the copy uses instead).
  ///   - deletingUpdates: whether the copy stores no updates.
  ///   - name: the copy's name (`nil`: this function's name followed by ` copy`).
  /// - Throws: ``TensorError`` with Theano's `ValueError` for a shared variable the function does
  ///   not use, and its `AssertionError` for a replacement of another type.
  public func copy(
    swapping swap: [(SharedVariable, SharedVariable)] = [], deletingUpdates: Bool = false,
    name: String? = nil
  ) throws -> CompiledFunction {
    for (original, replacement) in swap {
      guard implicitInputs.contains(original) else {
        throw TensorError.value("SharedVariable: \(original.name ?? "None") not found")
      }
      guard typesEqual(original.type, replacement.type) else {
        throw TensorError.assertion(
          "('Type of given SharedVariable conflicts with original one', 'Type of given "
            + "SharedVariable:', \(replacement.type), 'Type of original SharedVariable:', "
            + "\(original.type))")
      }
    }
    func swapped(_ shared: SharedVariable) -> SharedVariable {
      swap.first { $0.0 === shared }?.1 ?? shared
    }
    // Theano's copy runs a clone of the graph without its destroy handler, so its nodes run in
    // plain topological order, ignoring what in-place nodes must wait for.
    let program = try LinkedProgram(
      fgraph, order: fgraph.nodesInOrder())
    return CompiledFunction(
      copying: self, program: program, implicitInputs: implicitInputs.map(swapped),
      updated: deletingUpdates ? [] : updated.map(swapped), name: name ?? self.name.map { $0 + " copy" })
  }

  private init(
    copying original: CompiledFunction, program: LinkedProgram, implicitInputs: [SharedVariable],
    updated: [SharedVariable], name: String?
  ) {
    self.name = name
    self.inputs = original.inputs
    self.implicitInputs = implicitInputs
    self.updated = updated
    self.updateOutputCount = original.updateOutputCount
    self.fgraph = original.fgraph
    self.order = program.order
    self.mode = original.mode
    self.flags = original.flags
    self.allowInputDowncast = original.allowInputDowncast
    self.program = program
    self.debug = original.debug
  }

  private static func checkInputs(_ inputs: [Variable], outputs: [Variable], unused: Bool) throws {
    for (index, input) in inputs.enumerated() where input.owner != nil || input is Constant {
      throw TensorError.type(
        "An input of the graph, used to compute \(input.owner.map { "\($0)" } ?? "\(input)"), "
          + "was not provided and not given a value at index \(index)")
    }
    let used = Set(ancestors(of: outputs, blockers: Set(inputs)))
    for (index, input) in inputs.enumerated() where unused && !used.contains(input) {
      throw TensorError(
        "theano.compile.function_module.UnusedInputError",
        "theano.function was asked to create a function computing outputs given certain inputs, "
          + "but the provided input variable at index \(index) is not part of the computational "
          + "graph needed to compute the outputs: \(input).\nTo make this error into a warning, "
          + "you can pass the parameter on_unused_input='warn' to theano.function. To disable it "
          + "completely, use on_unused_input='ignore'.")
    }
  }

  /// Calls the function.
  /// - Parameter arguments: one value per input (arrays; the bridge converts Python values).
  /// - Returns: one array per output.
  /// - Throws: ``TensorError`` with Theano's argument-check messages or failing-node report.
  public func callAsFunction(_ arguments: [Any]) throws -> [Any] {
    if arguments.count > inputs.count {
      throw TensorError.type("Too many parameter passed to theano function")
    }
    var values: [Any] = []
    values.reserveCapacity(arguments.count)
    for (index, argument) in arguments.enumerated() {
      do {
        values.append(
          try inputs[index].type.filter(argument, strict: false, allowDowncast: allowInputDowncast))
      } catch {
        let original = TensorError.from(error)
        throw original.prefixed(badInputPrefix(index: index))
      }
    }
    if values.count < inputs.count {
      throw TensorError.type("Missing required input: \(inputs[values.count])")
    }
    if !implicitInputs.isEmpty { values.append(contentsOf: implicitInputs.map { $0.value }) }
    let results: [Any]
    do {
      if case .nanGuard(let checks) = mode.linker {
        results = try program.run(values, checkSource: checks.checkSource, checkNode: checks.checkNode)
      } else {
        results = try program.run(values)
      }
    } catch GraphError.nodeFailed(let failure) {
      if let debug { throw debug.failureError(failure, fgraph: fgraph, order: order, flags: flags) }
      throw nodeFailureError(failure, fgraph: fgraph, order: order, flags: flags)
    }
    try debug?.compare(results, inputs: values, outputs: fgraph.outputs)
    let requested = results.count - updateOutputCount
    if updated.isEmpty { return Array(results.prefix(requested)) }
    for (shared, value) in zip(updated, results[requested...]) { shared.value = value }
    return Array(results.prefix(requested))
  }

  /// The start of Theano's message for an argument its input's type refuses: the function's
  /// name, the index and where the input variable was created.
  /// - Parameters:
  ///   - index: the argument's position.
  ///   - argumentName: the `name` of the value passed, when it has one (a symbolic variable).
  public func badInputPrefix(index: Int, argumentName: String? = nil) -> String {
    let function = name.map { "theano function with name \"\($0)\"" } ?? "theano function"
    let argument = argumentName.map { "argument with name \"\($0)\"" } ?? "argument"
    return "Bad input \(argument) to \(function) at index \(index) (0-based). "
      + variableTrace(inputs[index].trace)
  }

  /// The roots `debugprint(f)` prints: the outputs with the execution order.
  public var debugPrintRoots: [DebugPrintRoot] {
    fgraph.outputs.map { DebugPrintRoot($0, order: order) }
  }
}

