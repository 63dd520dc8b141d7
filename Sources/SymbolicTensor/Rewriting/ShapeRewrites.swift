import SymbolicGraph

extension NodeRewriter {
  /// `Shape(x) -> MakeVector(shape_of[x])`: a shape computed from the inputs' `Shape_i`, without
  /// computing `x` (Theano's `local_shape_to_shape_i`).
  public static let localShapeToShapeI = NodeRewriter(
    name: "local_shape_to_shape_i", tracks: [Shape.self]
  ) { fgraph, node in
    guard let feature = fgraph.feature(ShapeFeature.self),
      let vector = try feature.makeVectorShape(node.inputs[0])
    else { return nil }
    return [vector]
  }
}

extension NodeRewriter {
  /// `MakeVector(a, b, ...)[i] -> the i-th input` for a constant `i` (Theano's
  /// `local_subtensor_make_vector`).
  public static let localSubtensorMakeVector = NodeRewriter(
    name: "local_subtensor_make_vector", tracks: [Subtensor.self]
  ) { _, node in
    guard let op = node.op as? Subtensor, op.entries.count == 1, case .index = op.entries[0],
      let vector = node.inputs[0].owner, vector.op is MakeVector,
      let index = constantValue(node.inputs[1])?.scalars.first.map({ Int($0.doubleValue) })
    else { return nil }
    let position = index < 0 ? index + vector.inputs.count : index
    guard vector.inputs.indices.contains(position),
      typesEqual(vector.inputs[position].type, node.outputTypes[0])
    else { return nil }
    return [vector.inputs[position]]
  }
}
