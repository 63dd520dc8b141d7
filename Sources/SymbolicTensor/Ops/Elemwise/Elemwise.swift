import NumericArrays
import SymbolicGraph

/// A scalar operation applied element by element with broadcasting (Theano's `Elemwise`).
///
/// Props: the scalar op, the in-place pattern (output → destroyed input) and the typing context
/// that fixed the output dtype. Inputs of fewer axes are padded on the left with broadcastable
/// axes by `InplaceDimShuffle{x,...}` nodes, as Theano does.
public struct Elemwise: ShapeInferring {
  /// The scalar operation.
  public let scalarOp: ScalarOp
  /// Output index → the input it overwrites.
  public let inplacePattern: [Int: Int]
  /// The in-place pattern as a destroy map (stored: validation reads it for every node).
  public let destroyMap: [Int: [Int]]
  /// The typing configuration.
  public let context: TypingContext
  /// A name replacing the printed form (`sigmoid`, `softplus`), as Theano's named Elemwise ops.
  public let name: String?

  /// Creates an element-wise op.
  public init(
    _ scalarOp: ScalarOp, inplacePattern: [Int: Int] = [:], context: TypingContext = .init(),
    name: String? = nil
  ) {
    self.scalarOp = scalarOp
    self.inplacePattern = inplacePattern
    self.context = context
    self.name = name
    self.destroyMap = inplacePattern.mapValues { [$0] }
  }

  /// `Elemwise{add,no_inplace}`, `Elemwise{Add}[(0, 0)]`, or the op's name.
  public var description: String {
    if let name { return name }
    if inplacePattern.isEmpty { return "Elemwise{\(scalarOp.name),no_inplace}" }
    let items = inplacePattern.sorted { $0.key < $1.key }.map { "(\($0.key), \($0.value))" }
    return "Elemwise{\(scalarOp.className)}[\(items.joined(separator: ", "))]"
  }

  /// Theano compares Elemwise ops by scalar op and in-place pattern only.
  public var trackingKey: AnyHashable {
    AnyHashable(ElemwiseKey(scalarOp: scalarOp, inplacePattern: inplacePattern))
  }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    if let arity = scalarOp.arity, arity != inputs.count {
      throw TensorError.type(
        "Wrong number of inputs for \(scalarOp.name).make_node (got \(inputs.count)(\(inputs.map { "\($0)" }.joined(separator: ", "))), expected \(arity))")
    }
    if inputs.isEmpty { throw TensorError.type("\(scalarOp.name) needs at least one input") }
    let types = try inputs.map { try requireTensor($0, op: description) }
    let ndim = types.map { $0.ndim }.max() ?? 0
    var padded: [Variable] = []
    for (input, type) in zip(inputs, types) {
      if type.ndim == ndim {
        padded.append(input)
      } else {
        let order = Array(repeating: DimShuffle.Entry.broadcast, count: ndim - type.ndim)
          + (0..<type.ndim).map { DimShuffle.Entry.axis($0) }
        padded.append(try DimShuffle(inputBroadcastable: type.broadcastable, newOrder: order)(input))
      }
    }
    let paddedTypes = padded.map { $0.tensorType! }
    let broadcastable = (0..<ndim).map { axis in paddedTypes.allSatisfy { $0.broadcastable[axis] } }
    try scalarOp.checkComplexInputs(paddedTypes.map { $0.dtype })
    try scalarOp.checkBoolTypes(paddedTypes.map { $0.dtype }, context: context)
    let dtype = scalarOp.outputDType(paddedTypes.map { $0.dtype }, context: context)
    for (output, input) in inplacePattern where paddedTypes[input].dtype != dtype || output != 0 {
      throw TensorError.type("Cannot do an inplace operation on incompatible data types.")
    }
    return Apply(op: self, inputs: padded, outputTypes: [TensorType(dtype, broadcastable)])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let arrays = inputs.compactMap { $0 as? NDArray }
    try checkElemwiseBroadcast(node, arrays)
    let outputType = node.outputTypes[0] as! TensorType
    var result: NDArray
    if (scalarOp == .add || scalarOp == .mul) && arrays.count > 2 {
      // Theano calls numpy's two-operand ufunc only for two inputs; more go through
      // `numpy.frompyfunc` of the Python implementation, as a composite computes.
      let expression = ScalarExpression.apply(.op(scalarOp), arrays.indices.map { .input($0) }, outputType.dtype)
      result = try Composite(inputDTypes: arrays.map(\.dtype), output: expression).compute(arrays)
    } else {
      result = try scalarOp.compute(arrays, outputDType: outputType.dtype)
    }
    if result.dtype != outputType.dtype { result = result.astype(outputType.dtype) }
    if let destroyed = inplacePattern[0] {
      let target = arrays[destroyed]
      if target.shape == result.shape {
        try target.assign(result)
        return [target]
      }
    }
    return [result]
  }

  /// Each output axis takes its length from the first input not broadcastable on it.
  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    let output = node.outputTypes[0] as! TensorType
    var shape: [Variable] = []
    for axis in 0..<output.ndim {
      if output.broadcastable[axis] {
        shape.append(lscalarOne())
        continue
      }
      guard let index = node.inputs.indices.first(where: { !node.inputs[$0].broadcastable[axis] })
      else { return [nil] }
      shape.append(inputShapes[index][axis])
    }
    return [shape]
  }
}

private struct ElemwiseKey: Hashable {
  let scalarOp: ScalarOp
  let inplacePattern: [Int: Int]
}

/// Theano's own check: a length-1 axis that is not declared broadcastable cannot broadcast.
func checkElemwiseBroadcast(_ node: Apply, _ arrays: [NDArray]) throws {
  guard let first = arrays.first, first.ndim > 0 else { return }
  if arrays.allSatisfy({ $0.shape == first.shape }) { return }
  let ndim = first.ndim
  guard arrays.allSatisfy({ $0.ndim == ndim }) else { return }
  for axis in 0..<ndim {
    let dims = zip(arrays, node.inputs).map { ($0.shape[axis], $1.broadcastable[axis]) }
    guard (dims.map { $0.0 }.max() ?? 1) != 1, dims.contains(where: { $0 == (1, false) }) else {
      continue
    }
    let shapes = zip(arrays, node.inputs).map { array, input in
      "(" + zip(array.shape, input.broadcastable).map { $1 ? "*" : String($0) }
        .joined(separator: ", ") + ")"
    }
    throw TensorError.value("Dimension mismatch; shapes are \(shapes.joined(separator: ", "))")
  }
}

/// The int64 constant 1 that shapes use for broadcastable axes.
func lscalarOne() -> Constant { constant(NDArray(scalar: .int(1), dtype: .int64)) }

/// Applies an element-wise scalar op to tensors (Theano's `T.add(x, y)`, `x + y`, ...).
public func elemwise(_ op: ScalarOp, _ inputs: [Variable], context: TypingContext = .init()) throws -> Variable {
  try Elemwise(op, context: context, name: op.elemwiseName).makeNode(inputs).out
}

extension ScalarOp {
  /// The name Theano gives the Elemwise of this scalar op, when it has one.
  var elemwiseName: String? {
    if self == .sigmoid { return "sigmoid" }
    if self == .softplus { return "softplus" }
    if self == .ultraFastSigmoid { return "ultra_fast_sigmoid" }
    return nil
  }
}
