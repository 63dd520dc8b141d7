import NumericArrays
import SymbolicGraph

/// Turns sums of scaled matrices one of which is a `Dot22` into `Gemm` (Theano's `GemmOptimizer`):
/// `b * z + a * Dot22(x, y) -> Gemm(z, a, x, y, b)`.
///
/// Each pass walks the graph from the outputs; an `add`, `sub`, `neg` or `mul` node is read as a
/// list of `(scale, term)` pairs (`_gemm_canonicalize`), equal terms are merged
/// (`_factor_canonicalized`), and the first pair of terms of one type where one is a `Dot22` (or
/// a dimshuffled `Dot22`) becomes a `Gemm`, added to the other terms (`_gemm_from_factored_list`).
/// Passes repeat until nothing changes. A replacement that leaves the `Dot22` in the graph is
/// undone, as Theano's `replace_all_validate_remove` does.
public struct GemmOptimizer: GraphRewriter {
  public let name = "gemm_optimizer"

  /// Creates the rewriter.
  public init() {}

  public func apply(to fgraph: FunctionGraph) throws {
    let tracker = ImportedNodes()
    try fgraph.attach(tracker)
    defer { fgraph.detach(tracker) }
    var changed = true
    while changed {
      changed = false
      var nodes = Array(fgraph.nodesInOrder().reversed())
      _ = tracker.take()
      var position = 0
      while position < nodes.count {
        let node = nodes[position]
        position += 1
        guard let op = node.op as? Elemwise, [.add, .sub, .neg, .mul].contains(op.scalarOp),
          fgraph.applyNodes.contains(node)
        else { continue }
        let found: (outputs: [Variable], dot22: Variable)?
        do {
          found = try gemmFromNode(node, fgraph: fgraph)
        } catch GraphError.inconsistency {
          continue
        } catch {
          // Theano's sequence optimizer reports a failing optimizer and goes on with the next.
          return
        }
        guard let found else { continue }
        do {
          try fgraph.replaceAllValidate(
            Array(zip(node.outputs, found.outputs)), removing: [found.dot22], reason: "GemmOptimizer")
          changed = true
        } catch GraphError.inconsistency {
        }
        nodes.append(contentsOf: tracker.take().filter { $0 !== node })
      }
    }
  }
}

/// Collects the nodes the graph imports (Theano's `Updater` feeding the node list).
private final class ImportedNodes: Feature {
  private var nodes: [Apply] = []

  func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) { nodes.append(node) }

  func take() -> [Apply] {
    defer { nodes = [] }
    return nodes
  }
}

/// A scale in the canonical list: a Python number or a symbolic scalar.
private enum Scale {
  case number(Double)
  case variable(Variable)

  func variable(_ context: TypingContext) -> Variable {
    switch self {
    case .number(let value): return constant(.float(value), context: context)
    case .variable(let variable): return variable
    }
  }

  /// `-scale`.
  func negated(_ context: TypingContext) throws -> Scale {
    switch self {
    case .number(let value): return .number(-value)
    case .variable(let variable): return .variable(try elemwise(.neg, [variable], context: context))
    }
  }

  /// `scale * thing`, with Theano's shortcuts for 1 and -1.
  func scaled(_ thing: Variable, _ context: TypingContext) throws -> Variable {
    if case .number(1) = self { return thing }
    if case .number(-1) = self, thing.dtype != .bool {
      return try elemwise(.neg, [thing], context: context)
    }
    return try elemwise(.mul, [variable(context), thing], context: context)
  }

  /// `self + other`.
  func plus(_ other: Scale, _ context: TypingContext) throws -> Scale {
    if case .number(let a) = self, case .number(let b) = other { return .number(a + b) }
    return .variable(try elemwise(.add, [variable(context), other.variable(context)], context: context))
  }
}

/// One entry of the canonical list: a scaled term, or a term kept as it is.
private enum Term {
  case scaled(Scale, Variable)
  case plain(Variable)
}

/// `_gemm_from_node2`: the replacement outputs and the `Dot22` output they absorb, or nil.
private func gemmFromNode(
  _ node: Apply, fgraph: FunctionGraph
) throws -> (outputs: [Variable], dot22: Variable)? {
  let context = (node.op as? Elemwise)?.context ?? TypingContext()
  var list: [Term] = []
  try canonicalize(node.out, scale: .number(1), into: &list, maxClients: 0, fgraph, context)
  guard list.count > 1 else { return nil }
  factor(&list, context)
  guard let (outputs, dot22) = try gemmFromFactoredList(list, context),
    typesEqual(outputs[0].type, node.outputTypes[0])
  else { return nil }
  return (outputs, dot22)
}

/// `_gemm_canonicalize`: `r` as a sum of scaled vectors or matrices.
private func canonicalize(
  _ r: Variable, scale: Scale, into list: inout [Term], maxClients: Int, _ fgraph: FunctionGraph,
  _ context: TypingContext
) throws {
  guard [1, 2].contains(r.ndim), r.dtype?.isFloatingPoint == true || r.dtype?.isComplex == true else {
    list.append(.plain(try scale.scaled(r, context)))
    return
  }
  if maxClients > 0 && fgraph.clients(of: r).count > maxClients {
    list.append(.scaled(scale, r))
    return
  }
  guard let owner = r.owner, let op = owner.op as? Elemwise, op.inplacePattern.isEmpty else {
    list.append(.scaled(scale, r))
    return
  }
  switch op.scalarOp {
  case .sub:
    try canonicalize(owner.inputs[0], scale: scale, into: &list, maxClients: 1, fgraph, context)
    try canonicalize(
      owner.inputs[1], scale: try scale.negated(context), into: &list, maxClients: 1, fgraph, context)
  case .add:
    for input in owner.inputs {
      try canonicalize(input, scale: scale, into: &list, maxClients: 1, fgraph, context)
    }
  case .neg:
    try canonicalize(
      owner.inputs[0], scale: try scale.negated(context), into: &list, maxClients: 1, fgraph, context)
  case .mul:
    var scalars: [Variable] = []
    var vectors: [Variable] = []
    var matrices: [Variable] = []
    for input in owner.inputs {
      if input.broadcastable.allSatisfy({ $0 }) {
        var stripped = input
        while let producer = stripped.owner, producer.op is DimShuffle { stripped = producer.inputs[0] }
        scalars.append(stripped.ndim > 0 ? try dimshuffle(stripped, []) : stripped)
      } else if isRealVector(input) {
        vectors.append(input)
      } else if isRealMatrix(input) {
        matrices.append(input)
      } else {
        list.append(.scaled(scale, r))
        return
      }
    }
    guard let factorTerm = matrices.count == 1 ? matrices.first : vectors.count == 1 ? vectors.first : nil,
      matrices.count + vectors.count == 1
    else {
      list.append(.scaled(scale, r))
      return
    }
    let newScale: Scale
    switch scalars.count {
    case 0: newScale = scale
    case 1: newScale = .variable(try scale.scaled(scalars[0], context))
    default:
      newScale = .variable(
        try elemwise(.mul, [try scale.scaled(scalars[0], context)] + scalars.dropFirst(), context: context))
    }
    try canonicalize(factorTerm, scale: newScale, into: &list, maxClients: 1, fgraph, context)
  default:
    list.append(.scaled(scale, r))
  }
}

private func isRealVector(_ variable: Variable) -> Bool {
  [.float16, .float32, .float64].contains(variable.dtype) && variable.broadcastable == [false]
}

private func isRealMatrix(_ variable: Variable) -> Bool {
  [.float16, .float32, .float64].contains(variable.dtype) && variable.broadcastable == [false, false]
}

/// `_factor_canonicalized`: scales of the same term added up.
private func factor(_ list: inout [Term], _ context: TypingContext) {
  var i = 0
  while i < list.count - 1 {
    guard case .scaled(var scale, let term) = list[i] else {
      i += 1
      continue
    }
    var j = i + 1
    while j < list.count {
      if case .scaled(let other, let otherTerm) = list[j], otherTerm === term,
        let sum = try? scale.plus(other, context)
      {
        scale = sum
        list[i] = .scaled(scale, term)
        list.remove(at: j)
      } else {
        j += 1
      }
    }
    i += 1
  }
}

/// `_gemm_from_factored_list`: the first pair that makes a `Gemm`, added to the other terms.
private func gemmFromFactoredList(
  _ list: [Term], _ context: TypingContext
) throws -> ([Variable], Variable)? {
  // Scales become tensors of their term's dtype; terms kept as they are, and scales that would
  // upcast their term, are dropped (as Theano does).
  var pairs: [(scale: Variable, term: Variable)] = []
  for entry in list {
    guard case .scaled(let scale, let term) = entry, let dtype = term.dtype else { continue }
    let scaleVariable = scale.variable(context)
    guard let scaleDType = scaleVariable.dtype, upcast([scaleDType, dtype], context: context) == dtype
    else { continue }
    pairs.append((try cast(scaleVariable, dtype), term))
  }
  for i in pairs.indices.dropLast() {
    for j in (i + 1)..<pairs.count where typesEqual(pairs[i].term.type, pairs[j].term.type) {
      guard let (gemm, dot22) = try betaLPlusAlphaM(pairs[i].scale, pairs[i].term, pairs[j].scale, pairs[j].term)
      else { continue }
      var addends = try pairs.indices.filter { $0 != i && $0 != j }.map { k in
        try elemwise(.mul, [pairs[k].scale, pairs[k].term], context: context)
      }
      addends.append(gemm)
      let sum = addends.count > 1 ? try elemwise(.add, addends, context: context) : addends[0]
      return ([sum], dot22)
    }
  }
  return nil
}

/// `_beta_L_plus_alpha_M`: `beta * L + alpha * M` as a `Gemm` when `M` (or, flipped, `L`) is a
/// `Dot22` or a dimshuffled one; the `Gemm` output and the `Dot22` output it replaces.
private func betaLPlusAlphaM(
  _ beta: Variable, _ l: Variable, _ alpha: Variable, _ m: Variable, flip: Bool = true
) throws -> (Variable, Variable)? {
  func gemm(_ z: Variable, _ product: Apply) throws -> Variable {
    try Gemm(inplace: false).makeNode([z, alpha, product.inputs[0], product.inputs[1], beta]).out
  }
  if let owner = m.owner, owner.op is Dot22 {
    return (try gemm(l, owner), m)
  }
  if let owner = m.owner, let shuffle = owner.op as? DimShuffle,
    let product = owner.inputs[0].owner, product.op is Dot22
  {
    let inner = owner.inputs[0]
    switch shuffle.newOrder {
    case [.axis(0)]:
      return (try dimshuffle(try gemm(try dimshuffle(l, [.axis(0), .broadcast]), product), [.axis(0)]), inner)
    case [.axis(1)]:
      return (try dimshuffle(try gemm(try dimshuffle(l, [.broadcast, .axis(0)]), product), [.axis(1)]), inner)
    case []:
      return (try dimshuffle(try gemm(try dimshuffle(l, [.broadcast, .broadcast]), product), []), inner)
    default:
      break
    }
  }
  return flip ? try betaLPlusAlphaM(alpha, m, beta, l, flip: false) : nil
}
