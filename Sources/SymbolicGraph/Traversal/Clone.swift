/// A copy of the graph between `inputs` and `outputs` (Theano's `clone_get_equiv`).
///
/// Inputs are copied as fresh variables; constants and other ownerless variables are copied when
/// `copyOrphans` is true and shared otherwise. Nodes keep their op, names and trace.
/// - Parameters:
///   - inputs: the inputs to copy.
///   - outputs: the outputs whose graph is copied.
///   - copyInputs: whether inputs get fresh copies (otherwise they are shared).
///   - copyOrphans: whether ownerless variables that are not inputs get copies.
///   - memo: replacements decided beforehand (original → copy).
/// - Returns: the map from every original variable and node to its copy.
public func cloneGraph(
  inputs: [Variable], outputs: [Variable], copyInputs: Bool = true, copyOrphans: Bool = true,
  memo: [Variable: Variable] = [:]
) throws -> GraphCopy {
  var copy = GraphCopy(variables: memo)
  for input in inputs where copy.variables[input] == nil {
    copy.variables[input] = copyInputs ? input.cloneDetached() : input
  }
  for node in try ioToposort(inputs: inputs, outputs: outputs) {
    let newInputs = node.inputs.map { input -> Variable in
      if let mapped = copy.variables[input] { return mapped }
      let mapped = copyOrphans ? input.cloneDetached() : input
      copy.variables[input] = mapped
      return mapped
    }
    let newNode = Apply(op: node.op, inputs: newInputs, outputTypes: node.outputTypes)
    newNode.trace = node.trace
    copy.nodes[node] = newNode
    for (old, new) in zip(node.outputs, newNode.outputs) {
      new.name = old.name
      new.tag = old.tag
      copy.variables[old] = new
    }
  }
  for output in outputs where copy.variables[output] == nil {
    copy.variables[output] = copyOrphans ? output.cloneDetached() : output
  }
  return copy
}

/// The correspondence between an original graph and its copy.
public struct GraphCopy {
  /// Original variable → copied variable.
  public var variables: [Variable: Variable]
  /// Original node → copied node.
  public var nodes: [Apply: Apply] = [:]

  /// The copy of `variable` (the variable itself if it was not copied).
  public subscript(variable: Variable) -> Variable { variables[variable] ?? variable }
}
