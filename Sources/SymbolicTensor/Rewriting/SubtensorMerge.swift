import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// `x[a][b] -> x[c]`: two consecutive basic indexings become one, each pair of slices merged
  /// from their canonical forms (Theano's `local_subtensor_merge`).
  public static let localSubtensorMerge = NodeRewriter(
    name: "local_subtensor_merge", tracks: [Subtensor.self]
  ) { fgraph, node in
    guard let op = node.op as? Subtensor, let inner = node.inputs[0].owner,
      let innerOp = inner.op as? Subtensor,
      let feature = fgraph.feature(ShapeFeature.self)
    else { return nil }
    let x = inner.inputs[0]
    let u = node.inputs[0]
    guard let xShape = feature.shape(of: x), let uShape = feature.shape(of: u) else { return nil }
    let first = indexValues(innerOp.entries, Array(inner.inputs.dropFirst()))
    let second = indexValues(op.entries, Array(node.inputs.dropFirst()))
    var merged: [IndexValue] = []
    var position1 = 0
    var position2 = 0
    while position1 < first.count && position2 < second.count {
      if case .slice = first[position1] {
        merged.append(
          try mergeTwoSlices(
            first[position1], length1: xShape[position1], second[position2],
            length2: uShape[position2], fgraph: fgraph))
        position2 += 1
      } else {
        merged.append(first[position1])
      }
      position1 += 1
    }
    merged += position2 < second.count ? second[position2...] : first[position1...]
    var arguments: [IndexArgument] = []
    for value in merged {
      switch value {
      case .index(let index): arguments.append(.index(try indexVariable(index)))
      case .slice(let start, let stop, let step):
        arguments.append(
          .slice(
            start: try start.map(indexVariable), stop: try stop.map(indexVariable),
            step: try step.map(indexVariable)))
      }
    }
    var result = try subtensor(x, arguments)
    result.owner?.trace = node.trace
    if !typesEqual(result.type, node.out.type) {
      result = try rebroadcast(
        result, node.out.broadcastable.enumerated().map { Rebroadcast.Axis($0.offset, $0.element) })
    }
    return [result]
  }
}

/// One index entry with its runtime variables (Theano's `get_idx_list`).
enum IndexValue {
  case index(Variable)
  case slice(start: Variable?, stop: Variable?, step: Variable?)
}

/// The entries of a `Subtensor` paired with the node's index inputs.
func indexValues(_ entries: [Subtensor.Entry], _ inputs: [Variable]) -> [IndexValue] {
  var remaining = inputs.makeIterator()
  return entries.map { entry in
    switch entry {
    case .index: return .index(remaining.next()!)
    case .slice(let start, let stop, let step):
      return .slice(
        start: start.flatMap { _ in remaining.next() }, stop: stop.flatMap { _ in remaining.next() },
        step: step.flatMap { _ in remaining.next() })
    }
  }
}

/// A merged index as `Subtensor` takes it: scalars as they are, tensors (0-d) as they are.
private func indexVariable(_ variable: Variable) throws -> Variable { variable }

/// Theano's `merge_two_slices`: the index equivalent to applying `slice1` (on an axis of length
/// `length1`) then `index2` (on the result, of length `length2`), simplified by a greedy pass of
/// `local_abs_merge`-like rewrites as Theano's `pre_greedy_local_optimizer` does.
private func mergeTwoSlices(
  _ slice1: IndexValue, length1: Variable, _ index2: IndexValue, length2: Variable,
  fgraph: FunctionGraph
) throws -> IndexValue {
  guard case .slice(let start1, let stop1, let step1) = slice1 else {
    throw TensorError.value("First provided slice should actually be of typeslice and not an index !")
  }
  let len1 = analyzeSliceValue(length1), len2 = analyzeSliceValue(length2)
  let sl1 = try canonicalFormSlice(
    start: analyzeSliceValue(start1), stop: analyzeSliceValue(stop1), step: analyzeSliceValue(step1),
    length: len1)
  let zero = SliceValue.python(0), one = SliceValue.python(1), minusOne = SliceValue.python(-1)
  let simplify = { (value: SliceValue) throws -> Variable in
    try preGreedy(try value.tensor(), fgraph: fgraph)
  }
  if case .index(let index2) = index2 {
    let position = analyzeSliceValue(index2)
    let sl2 = try SliceValue.call(.switch, .call(.lt, position, zero), position + len2, position)
    let outOfRange = try len1 + one
    // Theano tests `reverse1 is None`, which never holds: the general form is always built.
    let forward = try sl1.start + sl2 * sl1.step
    let backward = try sl1.stop - one - sl2 * sl1.step
    var value = try SliceValue.call(.switch, .call(.lt, sl1.reverse, zero), backward, forward)
    value = try .call(.switch, .call(.le, len2, zero), outOfRange, value)
    value = try .call(.switch, .call(.ge, sl2, len2), outOfRange, value)
    value = try .call(.switch, .call(.lt, sl2, zero), len1.negated() - one, value)
    if sl1.step.known != 0 {
      value = try .call(.switch, .call(.eq, sl1.step, zero), outOfRange, value)
    }
    return .index(try simplify(value))
  }
  guard case .slice(let start2, let stop2, let step2) = index2 else { fatalError() }
  let sl2 = try canonicalFormSlice(
    start: analyzeSliceValue(start2), stop: analyzeSliceValue(stop2), step: analyzeSliceValue(step2),
    length: len2)
  let flen = try sl2.stop - sl2.start
  let pStep = try sl1.step * sl2.step
  let nStep = try sl1.step * sl2.step * minusOne

  let ppStart = try SliceValue.call(.minimum, sl1.start + sl2.start * sl1.step, sl1.stop)
  let ppStop = try SliceValue.call(.minimum, sl1.start + sl2.stop * sl1.step, sl1.stop)

  var pnStop = try sl1.start + (sl2.start - one) * sl1.step
  pnStop = try .call(
    .switch, .call(.and, .call(.lt, pnStop, zero), .call(.gt, flen, zero)), try len1.negated() - one,
    .call(.minimum, pnStop, sl1.stop))
  var pnStart = try sl1.start + (sl2.stop - one) * sl1.step
  pnStart = try .call(.minimum, pnStart, sl1.stop)
  pnStart = try .call(.maximum, pnStart, zero)

  var npStop = try sl1.stop - sl2.stop * sl1.step - one
  npStop = try .call(
    .switch, .call(.and, .call(.lt, npStop, zero), .call(.gt, flen, zero)), try len1.negated() - one,
    .call(.maximum, sl1.start - one, npStop))
  let npStart = try SliceValue.call(.maximum, sl1.start, sl1.stop - sl2.start * sl1.step - one)

  let nnStart = try SliceValue.call(.maximum, sl1.start, (sl1.stop - one) - (sl2.stop - one) * sl1.step)
  let nnStop = try SliceValue.call(.maximum, sl1.start, sl1.stop - sl2.start * sl1.step)

  let reverse = try sl2.reverse * sl1.reverse
  var start = try SliceValue.call(
    .switch, .call(.lt, reverse, zero),
    .call(.switch, .call(.lt, sl1.reverse, zero), npStart, pnStart),
    .call(.switch, .call(.lt, sl1.reverse, zero), nnStart, ppStart))
  var stop = try SliceValue.call(
    .switch, .call(.lt, reverse, zero),
    .call(.switch, .call(.lt, sl1.reverse, zero), npStop, pnStop),
    .call(.switch, .call(.lt, sl1.reverse, zero), nnStop, ppStop))
  let step = try SliceValue.call(.switch, .call(.lt, reverse, zero), nStep, pStep)
  start = try .call(.switch, .call(.le, flen, zero), zero, start)
  stop = try .call(.switch, .call(.le, flen, zero), zero, stop)
  // Theano runs its greedy pass twice over each.
  var bounds = try [start, stop, step].map(simplify)
  bounds = try bounds.map { try preGreedy($0, fgraph: fgraph) }
  return .slice(start: bounds[0], stop: bounds[1], step: bounds[2])
}

/// Theano's `pre_greedy_local_optimizer` with `merge_two_slices`'s rewrites: walks the new nodes
/// behind `output` (not those already in `fgraph`) from the inputs up, and on each tries
/// `local_abs_merge`, `local_mul_switch_sink`, `local_upcast_elemwise_constant_inputs`,
/// `local_useless_switch` and `constant_folding` (later successes win, a constant result stops).
func preGreedy(_ output: Variable, fgraph: FunctionGraph) throws -> Variable {
  var optimized: [Variable: Variable] = [:]
  func visit(_ variable: Variable) throws -> Variable {
    if let done = optimized[variable] { return done }
    guard let node = variable.owner, !fgraph.applyNodes.contains(node) else {
      optimized[variable] = variable
      return variable
    }
    let inputs = try node.inputs.map(visit)
    let rebuilt = zip(inputs, node.inputs).allSatisfy({ $0 === $1 }) ? node : try node.cloneWithNewInputs(inputs)
    var results = rebuilt.outputs
    for rewriter in [
      NodeRewriter.localAbsMerge, .localMulSwitchSink, .localUpcastElemwiseConstantInputs,
      .localUselessSwitch, .constantFolding,
    ]
    where rewriter.applies(to: rebuilt) {
      guard let replacement = try rewriter.transform(fgraph, rebuilt) else { continue }
      results = replacement
      if replacement.first?.owner == nil { break }
    }
    for (old, new) in zip(node.outputs, results) { optimized[old] = new }
    return optimized[variable] ?? variable
  }
  return try visit(output)
}
