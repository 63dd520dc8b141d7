import NumericArrays
import SymbolicGraph

/// Tracks a symbolic shape for every tensor variable of a graph (Theano's `ShapeFeature`).
///
/// Each variable's shape is a list of int64 scalar variables, obtained from its op's
/// `inferShape` or, failing that, from `Shape_i` nodes of the variable itself. Shape graphs are
/// built lazily and enter the function graph only when a rewrite uses them.
public final class ShapeFeature: Feature {
  /// Variable → its shape (`nil`: unknown).
  public private(set) var shapeOf: [Variable: [Variable]?] = [:]
  private var users: [Variable: [Variable]] = [:]
  /// The int64 constant 1 used for broadcastable axes.
  public let one = lscalarOne()

  /// Creates the feature.
  public init() {}

  public func onAttach(_ fgraph: FunctionGraph) throws {
    shapeOf = [:]
    users = [:]
    for node in try fgraph.toposort() { onImport(fgraph, node: node, reason: "on_attach") }
  }

  public func onDetach(_ fgraph: FunctionGraph) {
    shapeOf = [:]
    users = [:]
  }

  /// The shape of `variable` (computed on first use).
  public func shape(of variable: Variable) -> [Variable]? {
    initialize(variable)
    return shapeOf[variable] ?? nil
  }

  /// `MakeVector{dtype='int64'}` of the shape of `variable` (Theano's `make_vector_shape`).
  public func makeVectorShape(_ variable: Variable) throws -> Variable? {
    guard let shape = shape(of: variable) else { return nil }
    return try MakeVector(dtype: .int64).makeNode(shape).out
  }

  /// Symbolic `variable.shape[axis]`: 1 when broadcastable, a constant for constants, else
  /// `Shape_i{axis}(variable)`.
  func shapeElement(_ axis: Int, of variable: Variable) -> Variable {
    if variable.broadcastable[axis] { return one }
    if let constant = variable as? Constant, let array = constant.value as? NDArray {
      return SymbolicTensor.constant(NDArray(scalar: .int(Int64(array.shape[axis])), dtype: .int64))
    }
    return (try? ShapeI(axis)(variable)) ?? one
  }

  private func defaultShape(_ variable: Variable) -> [Variable]? {
    guard variable.tensorType != nil else { return nil }
    return (0..<variable.ndim).map { shapeElement($0, of: variable) }
  }

  private func initialize(_ variable: Variable) {
    if shapeOf[variable] == nil { setShape(variable, defaultShape(variable)) }
  }

  private func setShape(_ variable: Variable, _ shape: [Variable]?) {
    guard let shape, variable.tensorType != nil, shape.count == variable.ndim else {
      shapeOf[variable] = .some(nil)
      return
    }
    let unpacked = shape.enumerated().map { axis, element -> Variable in
      variable.broadcastable[axis] ? one : unpack(element)
    }
    shapeOf[variable] = .some(unpacked)
    for element in unpacked { users[element, default: []].append(variable) }
  }

  /// Shape elements of other integer dtypes become int64 (constants are converted directly);
  /// `Shape(x)[i]` becomes the tracked `shape_of[x][i]`.
  private func unpack(_ element: Variable) -> Variable {
    if let owner = element.owner, let op = owner.op as? Subtensor, op.entries.count == 1,
      let shapeNode = owner.inputs[0].owner, shapeNode.op is Shape,
      let index = constantValue(owner.inputs[1])?.scalars.first.map({ Int($0.doubleValue) }),
      let tracked = shape(of: shapeNode.inputs[0]), tracked.indices.contains(index)
    {
      return tracked[index]
    }
    guard let dtype = element.dtype, dtype != .int64 else { return element }
    if let constant = element as? Constant, let array = constant.value as? NDArray {
      return SymbolicTensor.constant(array.astype(.int64))
    }
    return element
  }

  public func onImport(_ fgraph: FunctionGraph, node: Apply, reason: String) {
    if let first = node.outputs.first, shapeOf[first] != nil { return }
    for input in node.inputs { initialize(input) }
    let inputShapes = node.inputs.map { (shapeOf[$0] ?? nil) ?? [] }
    var shapes: [[Variable]?]
    if let op = node.op as? any ShapeInferring,
      let inferred = try? op.inferShape(node, inputShapes: inputShapes),
      inferred.count == node.outputTypes.count
    {
      shapes = inferred
    } else {
      shapes = node.outputs.map(defaultShape)
    }
    for (index, output) in node.outputs.enumerated() {
      if shapes[index] == nil { shapes[index] = defaultShape(output) }
      setShape(output, shapes[index])
    }
  }

  public func onChangeInput(
    _ fgraph: FunctionGraph, client: Client, old: Variable, new: Variable, reason: String
  ) {
    initialize(new)
    updateShape(new, from: old)
    for user in users[old] ?? [] {
      guard var shape = shapeOf[user] ?? nil else { continue }
      var changed = false
      for axis in shape.indices where shape[axis] === old {
        shape[axis] = new
        changed = true
      }
      if changed {
        shapeOf[user] = .some(shape)
        users[new, default: []].append(user)
      }
    }
    users[old] = []
  }

  /// Theano's `update_shape`: keep the more informative element of each axis.
  private func updateShape(_ variable: Variable, from other: Variable) {
    guard let otherShape = shapeOf[other] ?? nil else { return }
    guard let ownShape = shapeOf[variable] ?? nil else {
      setShape(variable, otherShape)
      return
    }
    if let a = variable.owner, let b = other.owner, a.inputs == b.inputs, opsEqual(a.op, b.op) {
      return
    }
    var merged: [Variable] = []
    for (axis, theirs) in otherShape.enumerated() {
      let mine = ownShape[axis]
      if let owner = theirs.owner, let shapeI = owner.op as? ShapeI, shapeI.i == axis,
        owner.inputs[0] === variable || owner.inputs[0] === other
      {
        merged.append(mine)
      } else if mine is Constant {
        merged.append(mine)
      } else if theirs is Constant {
        merged.append(theirs)
      } else if mine === theirs || ancestors(of: [theirs]).contains(where: { $0 === mine }) {
        merged.append(mine)
      } else {
        merged.append(theirs)
      }
    }
    shapeOf[variable] = .some(merged)
    for element in merged { users[element, default: []].append(variable) }
  }
}

/// Attaches a ``ShapeFeature`` (Theano's `ShapeOpt`, phase position 0.1).
public struct ShapeOptimizer: GraphRewriter {
  public let name = "ShapeOpt"

  /// Creates the phase.
  public init() {}

  public func addRequirements(_ fgraph: FunctionGraph) throws {
    if fgraph.feature(ShapeFeature.self) == nil { try fgraph.attach(ShapeFeature()) }
  }

  public func apply(to fgraph: FunctionGraph) throws {}
}
