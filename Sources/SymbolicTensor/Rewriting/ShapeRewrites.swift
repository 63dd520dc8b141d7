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
