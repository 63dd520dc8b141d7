import NumericArrays
import SymbolicGraph

extension NodeRewriter {
  /// `MakeVector(a, b, c)[i] -> the i-th input`, `[a, b, c][0:2] -> MakeVector(a, b)` and
  /// `MakeVector(a, b, c)[[0, 2]] -> MakeVector(a, c)` for constant indices (Theano's
  /// `local_subtensor_make_vector`).
  public static let localSubtensorMakeVector = NodeRewriter(
    name: "local_subtensor_make_vector", tracks: [Subtensor.self, AdvancedSubtensor1.self]
  ) { _, node in
    guard let vector = node.inputs[0].owner, let make = vector.op as? MakeVector, make.dtype == .int64
    else { return nil }
    let elements = vector.inputs
    if node.op is AdvancedSubtensor1 {
      guard let indices = (node.inputs[1] as? Constant)?.value as? NDArray else { return nil }
      let picked = try indices.scalars.map { scalar -> Variable in
        guard let element = pythonItem(elements, Int(scalar.doubleValue)) else {
          throw TensorError("IndexError", "list index out of range")
        }
        return element
      }
      return [try rebroadcastLike(try MakeVector().makeNode(picked).out, node.out)]
    }
    guard let op = node.op as? Subtensor, op.entries.count == 1 else { return nil }
    switch indexValues(op.entries, Array(node.inputs.dropFirst()))[0] {
    case .index(let index):
      guard let position = directConstantInt(index) else { return nil }
      return pythonItem(elements, position).map { [$0] }
    case .slice(let start, let stop, let step):
      let bounds = [start, stop, step].map { $0.map(deepConstantInt) }
      guard !bounds.contains(where: { $0 != nil && $0! == nil }) else { return nil }
      let picked = try pythonSlice(elements, bounds[0] ?? nil, bounds[1] ?? nil, bounds[2] ?? nil)
      return [try rebroadcastLike(try MakeVector().makeNode(picked).out, node.out)]
    }
  }

  /// `x[0, :, ::1] -> x[0]`: trailing full slices are dropped (Theano's `local_useless_slice`).
  public static let localUselessSlice = NodeRewriter(
    name: "local_useless_slice", tracks: [Subtensor.self]
  ) { _, node in
    guard let op = node.op as? Subtensor else { return nil }
    let values = indexValues(op.entries, Array(node.inputs.dropFirst()))
    var kept = values.count
    for value in values.reversed() {
      guard case .slice(nil, nil, let step) = value, step.map({ directConstantInt($0) == 1 }) ?? true else {
        break
      }
      kept -= 1
    }
    guard kept < values.count else { return nil }
    let result = try subtensor(node.inputs[0], values.prefix(kept).map(\.argument))
    result.owner?.trace = node.trace
    return [result]
  }

  /// `x[0:n] -> x` when the indexing takes the whole input: slices from 0 by 1 up to the length
  /// (or beyond), and `x[arange(len(x))]` (Theano's `local_useless_subtensor`).
  public static let localUselessSubtensor = NodeRewriter(
    name: "local_useless_subtensor", tracks: [Subtensor.self, AdvancedSubtensor1.self]
  ) { fgraph, node in
    let x = node.inputs[0]
    guard let feature = fgraph.feature(ShapeFeature.self), let shape = feature.shape(of: x) else {
      return nil
    }
    if node.op is AdvancedSubtensor1 {
      guard let length = directConstantInt(shape[0]) else { return nil }
      let index = node.inputs[1]
      if let values = (index as? Constant)?.value as? NDArray {
        guard values.scalars.map({ Int($0.doubleValue) }) == Array(0..<length) else { return nil }
      } else if let range = index.owner, range.op is ARange {
        let bounds = range.inputs.map(directConstantInt)
        guard bounds[0] == 0, bounds[1] == length, bounds[2] == 1 else { return nil }
      } else {
        return nil
      }
      return [x]
    }
    guard let op = node.op as? Subtensor else { return nil }
    let values = indexValues(op.entries, Array(node.inputs.dropFirst()))
    for value in values {
      guard case .slice(let start, _, let step) = value else { return nil }
      if let start, directConstantInt(start) != 0 { return nil }
      if let step, directConstantInt(step) != 1 { return nil }
    }
    for (axis, value) in values.enumerated() {
      guard case .slice(_, let stop?, _) = value else { continue }
      if let stopValue = directConstantInt(stop) {
        if stopValue < directConstantInt(shape[axis]) ?? Int.max { return nil }
      } else {
        guard let owner = stop.owner, owner.op is ScalarFromTensor, owner.inputs[0] === shape[axis] else {
          return nil
        }
      }
    }
    return [x]
  }

  /// `f(x)[i] -> f(x[i])` for an `Elemwise` used only there whose inputs are indexed alike (or
  /// are broadcast scalars), and `Rebroadcast(x)[i] -> Rebroadcast(x[i])` (Theano's
  /// `local_subtensor_lift`).
  public static let localSubtensorLift = NodeRewriter(
    name: "local_subtensor_lift", tracks: [Subtensor.self]
  ) { fgraph, node in
    let u = node.inputs[0]
    guard let producer = u.owner, fgraph.clients(of: u).count <= 1 else { return nil }
    let indices = Array(node.inputs.dropFirst())
    let indexed = { (input: Variable) throws -> Variable in
      let result = try node.op.makeNode([input] + indices)
      result.trace = node.trace
      return result.out
    }
    if let op = producer.op as? Elemwise {
      let inputs = producer.inputs
      let newInputs: [Variable]
      if inputs.count == 1 || inputs.allSatisfy({ !$0.broadcastable.contains(true) }) {
        newInputs = try inputs.map(indexed)
      } else if inputs.allSatisfy({ !$0.broadcastable.contains(true) || !$0.broadcastable.contains(false) }) {
        newInputs = try inputs.map { input in
          if !input.broadcastable.contains(true) { return try indexed(input) }
          if node.out.ndim == input.ndim { return input }
          return try dimshuffle(input, Array(repeating: .broadcast, count: node.out.ndim), orderIsList: true)
        }
      } else {
        return nil
      }
      let lifted = try op.makeNode(newInputs)
      lifted.trace = node.trace
      return lifted.outputs
    }
    if producer.op is Cast {
      // Theano's casts are Elemwise ops of one input.
      let lifted = try producer.op.makeNode([try indexed(producer.inputs[0])])
      lifted.trace = node.trace
      return lifted.outputs
    }
    guard producer.op is Rebroadcast, let op = node.op as? Subtensor else { return nil }
    var axes: [Rebroadcast.Axis] = []
    for (axis, entry) in op.entries.enumerated() {
      if case .slice = entry { axes.append(.init(axes.count, u.broadcastable[axis])) }
    }
    for axis in op.entries.count..<u.ndim { axes.append(.init(axes.count, u.broadcastable[axis])) }
    let result = try Rebroadcast(axes).makeNode([try indexed(producer.inputs[0])])
    result.trace = node.trace
    return [result.out]
  }

  /// `alloc(v, shape)[i] -> alloc(v[i'], shape')`: the indexing moves to the allocated value,
  /// and the shape becomes the indexed one (Theano's `local_subtensor_of_alloc`).
  public static let localSubtensorOfAlloc = NodeRewriter(
    name: "local_subtensor_of_alloc", tracks: [Subtensor.self]
  ) { _, node in
    guard let op = node.op as? Subtensor, let allocation = node.inputs[0].owner,
      allocation.op is Alloc
    else { return nil }
    let values = indexValues(op.entries, Array(node.inputs.dropFirst()))
    let value = allocation.inputs[0]
    let dims = Array(allocation.inputs.dropFirst())
    let added = node.inputs[0].ndim - value.ndim
    var newDims: [Variable] = []
    var valueIndex: [IndexEntry] = []
    for (axis, (entry, dim)) in zip(values, dims).enumerated() {
      if axis >= added {
        if value.ndim > axis - added && value.broadcastable[axis - added] {
          valueIndex.append(.slice(start: nil, stop: nil, step: nil))
        } else {
          valueIndex.append(entry.entry)
        }
      }
      guard case .slice(let start, let stop, let step) = entry else { continue }
      let form = try canonicalFormSlice(
        start: analyzeSliceValue(start), stop: analyzeSliceValue(stop), step: analyzeSliceValue(step),
        length: analyzeSliceValue(dim))
      var length = try form.stop - form.start
      if form.step.known != 1 {
        // Theano's `ceil_intdiv`: `int_div(a, b) + cast(neq(a % b, 0))`.
        let quotient = try SliceValue.call(.intDiv, length, form.step)
        let remainder = try SliceValue.call(.neq, SliceValue.binary(length, form.step, .mod, { $0 % $1 }), .python(0))
        length = try .symbolic(try cast(remainder.tensor(), quotient.tensor().dtype ?? .int64)) + quotient
      }
      newDims.append(try length.tensor())
    }
    let indexedValue = try index(value, valueIndex)
    newDims += dims.dropFirst(values.count)
    guard indexedValue.ndim <= newDims.count else { return nil }
    var result = try alloc(indexedValue, newDims)
    if !typesEqual(result.type, node.out.type) { result = try rebroadcastLike(result, node.out) }
    return [result]
  }
}

extension IndexValue {
  /// The entry as `subtensor` takes it.
  var argument: IndexArgument {
    switch self {
    case .index(let variable): return .index(variable)
    case .slice(let start, let stop, let step): return .slice(start: start, stop: stop, step: step)
    }
  }

  /// The entry as `index` takes it.
  var entry: IndexEntry {
    switch self {
    case .index(let variable): return .variable(variable)
    case .slice(let start, let stop, let step): return .slice(start: start, stop: stop, step: step)
    }
  }
}

/// Theano's `patternbroadcast(x, like.broadcastable)`.
func rebroadcastLike(_ x: Variable, _ like: Variable) throws -> Variable {
  try rebroadcast(x, like.broadcastable.enumerated().map { Rebroadcast.Axis($0.offset, $0.element) })
}

/// The value of a constant integer (Theano's `get_scalar_constant_value(x,
/// only_process_constants=True)`): only constants themselves.
func directConstantInt(_ variable: Variable) -> Int? {
  guard let constant = variable as? Constant, let array = constant.value as? NDArray, array.size == 1,
    let value = try? array.reshaped([]).item()
  else { return nil }
  return Int(value.doubleValue)
}

/// The value of a constant integer looking through `ScalarFromTensor` (Theano's
/// `get_scalar_constant_value`), or `nil`.
func deepConstantInt(_ variable: Variable) -> Int? {
  analyzeSliceValue(variable).known
}

/// Python's `list[i]` (negative from the end), or `nil` when out of range.
func pythonItem<T>(_ items: [T], _ index: Int) -> T? {
  let position = index < 0 ? index + items.count : index
  return items.indices.contains(position) ? items[position] : nil
}

/// Python's `list[start:stop:step]`.
func pythonSlice<T>(_ items: [T], _ start: Int?, _ stop: Int?, _ step: Int?) throws -> [T] {
  let step = step ?? 1
  guard step != 0 else { throw TensorError.value("slice step cannot be zero") }
  let count = items.count
  func clamp(_ value: Int?, _ fallback: Int, low: Int, high: Int) -> Int {
    guard var value else { return fallback }
    if value < 0 { value += count }
    return Swift.min(Swift.max(value, low), high)
  }
  var result: [T] = []
  if step > 0 {
    var i = clamp(start, 0, low: 0, high: count)
    let end = clamp(stop, count, low: 0, high: count)
    while i < end { result.append(items[i]); i += step }
  } else {
    var i = clamp(start, count - 1, low: -1, high: count - 1)
    let end = clamp(stop, -1, low: -1, high: count - 1)
    while i > end { result.append(items[i]); i += step }
  }
  return result
}

extension NodeRewriter {
  /// `set_subtensor(x[i], y)[i] -> y` (cast to `x`'s dtype, allocated to the indexed shape when
  /// the patterns differ) (Theano's `local_subtensor_inc_subtensor`).
  public static let localSubtensorIncSubtensor = NodeRewriter(
    name: "local_subtensor_inc_subtensor", tracks: [Subtensor.self]
  ) { _, node in
    guard let op = node.op as? Subtensor, let setter = node.inputs[0].owner,
      let setOp = setter.op as? IncSubtensor, setOp.setInsteadOfInc, setOp.entries == op.entries,
      setter.inputs.count == node.inputs.count + 1,
      zip(setter.inputs.dropFirst(2), node.inputs.dropFirst()).allSatisfy({ $0 === $1 }),
      let dtype = node.inputs[0].dtype
    else { return nil }
    let y = try cast(setter.inputs[1], dtype)
    if typesEqual(y.type, node.out.type) { return [y] }
    let part = try op.makeNode([setter.inputs[0]] + setter.inputs.dropFirst(2)).out
    let partShape = try shape(part)
    let lengths = try (0..<part.ndim).map { try subtensor(partShape, [.index(scalarConstant(Int64($0)))]) }
    return [try alloc(y, lengths)]
  }

  /// `dot(a, b)[i] -> dot(a[i_a], b[i_b])` for a `dot` used only there (Theano's
  /// `local_subtensor_of_dot`).
  public static let localSubtensorOfDot = NodeRewriter(
    name: "local_subtensor_of_dot", tracks: [Subtensor.self]
  ) { fgraph, node in
    guard let op = node.op as? Subtensor, let product = node.inputs[0].owner,
      let dotOp = product.op as? Dot,
      fgraph.clients(of: node.inputs[0]).count <= 1
    else { return nil }
    let (a, b) = (product.inputs[0], product.inputs[1])
    let entries = indexValues(op.entries, Array(node.inputs.dropFirst())).map(\.entry)
    let countA = Swift.min(a.ndim - 1, entries.count)
    var entriesB = Array(entries.dropFirst(countA))
    if b.ndim > 1 && entriesB.count >= b.ndim - 1 {
      entriesB.insert(.slice(start: nil, stop: nil, step: nil), at: b.ndim - 2)
    }
    let partA = try index(a, Array(entries.prefix(countA)))
    let partB = entriesB.isEmpty ? b : try index(b, entriesB)
    let result = try Dot(context: dotOp.context).makeNode([partA, partB])
    result.trace = node.trace
    return [result.out]
  }
}

extension NodeRewriter {
  /// `add(x, inc_subtensor(b, c, i), inc_subtensor(d, e, j))` ->
  /// `inc_subtensor(inc_subtensor(add(x, b, d), c, i), e, j)` for the increments (not sets) of the
  /// output's type used only there (Theano's `local_IncSubtensor_serialize`, run as its own
  /// phase just before canonicalize and inside it).
  public static let localIncSubtensorSerialize = NodeRewriter(
    name: "local_IncSubtensor_serialize", tracksOps: [Elemwise(.add)]
  ) { fgraph, node in
    guard plainScalarOp(node) == .add, let op = node.op as? Elemwise else { return nil }
    let movable = { (input: Variable) -> Bool in
      guard let owner = input.owner, typesEqual(input.type, node.out.type),
        fgraph.clients(of: input).count == 1
      else { return false }
      switch owner.op {
      case let inc as IncSubtensor: return !inc.setInsteadOfInc
      case let inc as AdvancedIncSubtensor1: return !inc.setInsteadOfInc
      case let inc as AdvancedIncSubtensor: return !inc.setInsteadOfInc
      default: return false
      }
    }
    let moved = node.inputs.filter(movable)
    guard !moved.isEmpty else { return nil }
    let inputs = node.inputs.filter { !movable($0) } + moved.map { $0.owner!.inputs[0] }
    var tip = try elemwise(.add, inputs, context: op.context)
    for increment in moved {
      let owner = increment.owner!
      tip = try owner.op.makeNode([tip] + owner.inputs.dropFirst()).out
    }
    return [tip]
  }
}

extension NodeRewriter {
  /// `set_subtensor(x[i], y) -> x` when `x` and `y` are (allocations of) the same constant
  /// (Theano's `local_setsubtensor_of_constants`, a canonicalize and stabilize rewrite also
  /// tagged `local_setsubtensor_of_allocs`).
  public static let localSetsubtensorOfConstants = NodeRewriter(
    name: "local_setsubtensor_of_constants", tracks: [IncSubtensor.self]
  ) { _, node in
    guard let op = node.op as? IncSubtensor, op.setInsteadOfInc,
      let x = scalarConstantArray(node.inputs[0]), let y = scalarConstantArray(node.inputs[1]),
      let xValue = x.scalars.first, let yValue = y.scalars.first,
      xValue.realNumber == yValue.realNumber
    else { return nil }
    return [node.inputs[0]]
  }
}
