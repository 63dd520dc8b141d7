import Interrupts

/// Matrix products with numpy's shape rules: `dot`, `matmul` (`@`) and `outer`, through OpenBLAS
/// for float32 and float64.
extension NDArray {
  /// numpy's `dot`.
  /// - Throws: ValueError `shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)`.
  public static func dot(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    if a.ndim == 0 || b.ndim == 0 { return try apply(.multiply, a, b) }
    let aAxis = a.ndim - 1
    let bAxis = b.ndim == 1 ? 0 : b.ndim - 2
    guard a.shape[aAxis] == b.shape[bAxis] else {
      throw NDArrayError.value(
        "shapes \(shapeText(a.shape)) and \(shapeText(b.shape)) not aligned: \(a.shape[aAxis]) (dim \(aAxis)) "
          + "!= \(b.shape[bAxis]) (dim \(bAxis))")
    }
    let dtype = a.dtype.promoted(with: b.dtype)
    let x = a.converted(to: dtype)
    let y = b.converted(to: dtype)
    if x.ndim <= 2 && y.ndim <= 2 { return try product2D(x, y) }
    // General case: contract a's last axis with b's second-to-last, outer over the rest.
    let k = x.shape[aAxis]
    let left = try x.reshaped([-1, k])
    let right = try y.ndim == 1 ? y.reshaped([k, 1]) : y.moveAxis(bAxis, to: 0).reshaped([k, -1])
    let flat = try product2D(left, right)
    var bShape = y.shape
    bShape.remove(at: bAxis)
    return try flat.reshaped(Array(x.shape.dropLast()) + bShape)
  }

  /// numpy's `matmul` (`@`): broadcasting batches, 1-d operands promoted and their axis removed.
  /// - Throws: ValueError for 0-d operands and mismatched core dimensions.
  public static func matmul(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    guard a.ndim > 0 && b.ndim > 0 else {
      throw NDArrayError.value(
        "matmul: Input operand \(a.ndim == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core "
          + "with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    }
    let x = a.ndim == 1 ? try a.reshaped([1, a.shape[0]]) : a
    let y = b.ndim == 1 ? try b.reshaped([b.shape[0], 1]) : b
    let k = x.shape[x.ndim - 1]
    guard y.shape[y.ndim - 2] == k else {
      throw NDArrayError.value(
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "(n?,k),(k,m?)->(n?,m?) (size \(y.shape[y.ndim - 2]) is different from \(k))")
    }
    let dtype = a.dtype.promoted(with: b.dtype)
    let batch = try broadcastShape([Array(x.shape.dropLast(2)), Array(y.shape.dropLast(2))])
    let (m, n) = (x.shape[x.ndim - 2], y.shape[y.ndim - 1])
    try ArrayMemory.reserve(shape: batch + [m, n], dtype: dtype)
    let xs = try x.converted(to: dtype).broadcast(to: batch + [m, k])
    let ys = try y.converted(to: dtype).broadcast(to: batch + [k, n])
    let count = batch.reduce(1, *)
    var products: [NDArray] = []
    for index in 0..<count {
      let position = unravel(index, batch).map { ArrayIndex.int($0) }
      products.append(try product2D(xs.get(position), ys.get(position)))
    }
    var shape = batch + [m, n]
    if b.ndim == 1 { shape.removeLast() }
    if a.ndim == 1 { shape.remove(at: shape.count - (b.ndim == 1 ? 1 : 2)) }
    let stacked = products.count == 1 ? products[0] : try concatenate(products.map { try $0.reshaped([1, m, n]) })
    return try stacked.reshaped(shape)
  }

  /// numpy's `outer`: both operands flattened.
  public static func outer(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    try apply(.multiply, a.raveled().reshaped([-1, 1]), b.raveled().reshaped([1, -1]))
  }

  /// The product of operands of rank 1 or 2 of one dtype, then the interruption checkpoint: a
  /// BLAS call cannot stop half-way, but a block whose time limit passed during it stops right
  /// after it (and between the products of a batch).
  private static func product2D(_ x: NDArray, _ y: NDArray) throws -> NDArray {
    let product = try blasOrGenericProduct2D(x, y)
    try Interruption.checkpoint()
    return product
  }

  private static func blasOrGenericProduct2D(_ x: NDArray, _ y: NDArray) throws -> NDArray {
    try ArrayMemory.reserve(shape: Array(x.shape.dropLast()) + y.shape.dropFirst(), dtype: x.dtype)
    if x.dtype.isComplex { return complexProduct2D(x, y) }
    switch (x.ndim, y.ndim) {
    case (1, 1):
      switch x.dtype {
      case .float64: return blasDot(Double.self, x, y)
      case .float32: return blasDot(Float.self, x, y)
      default: return try genericProduct(x.reshaped([1, -1]), y.reshaped([-1, 1])).reshaped([])
      }
    case (2, 1):
      switch x.dtype {
      case .float64: return blasMatrixVector(Double.self, x, y)
      case .float32: return blasMatrixVector(Float.self, x, y)
      default: return try genericProduct(x, y.reshaped([-1, 1])).reshaped([-1])
      }
    case (1, 2):
      switch x.dtype {
      case .float64: return blasMatrixVector(Double.self, y.transposed, x)
      case .float32: return blasMatrixVector(Float.self, y.transposed, x)
      default: return try genericProduct(x.reshaped([1, -1]), y).reshaped([-1])
      }
    default:
      switch x.dtype {
      case .float64: return blasMatrixProduct(Double.self, x, y)
      case .float32: return blasMatrixProduct(Float.self, x, y)
      default: return try genericProduct(x, y)
      }
    }
  }

  /// Matrix product of non-BLAS dtypes: sums of products in k order.
  private static func genericProduct(_ x: NDArray, _ y: NDArray) throws -> NDArray {
    let (m, k, n) = (x.shape[0], x.shape[1], y.shape[1])
    var result = try zeros([m, n], dtype: x.dtype)
    for j in 0..<k {
      try Interruption.checkpoint()
      let term = try apply(.multiply, x.slice(axis: 1, start: j, count: 1), y.slice(axis: 0, start: j, count: 1))
      result = try apply(.add, result, term).converted(to: x.dtype)
    }
    return result
  }

  /// An axis moved to a new position (numpy's `moveaxis`), a view.
  public func moveAxis(_ source: Int, to destination: Int) throws -> NDArray {
    let from = try NDArray.normalize(axis: source, ndim: ndim)
    let to = try NDArray.normalize(axis: destination, ndim: ndim)
    var order = Array(0..<ndim)
    order.remove(at: from)
    order.insert(from, at: to)
    return try transposed(order)
  }

  /// The multi-index of a flat row-major position.
  static func unravel(_ index: Int, _ shape: [Int]) -> [Int] {
    var remaining = index
    var result = [Int](repeating: 0, count: shape.count)
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      result[axis] = remaining % shape[axis]
      remaining /= shape[axis]
    }
    return result
  }
}

extension NDArray {
  /// numpy's `tensordot` with explicit axis lists: sums over `aAxes` of `a` paired with `bAxes`
  /// of `b`; the result has `a`'s free axes then `b`'s.
  /// - Throws: ValueError `shape-mismatch for sum` for unequal paired lengths, AxisError.
  public static func tensordot(_ a: NDArray, _ b: NDArray, aAxes: [Int], bAxes: [Int]) throws -> NDArray {
    guard aAxes.count == bAxes.count else { throw NDArrayError.value("shape-mismatch for sum") }
    let left = try aAxes.map { try normalize(axis: $0, ndim: a.ndim) }
    let right = try bAxes.map { try normalize(axis: $0, ndim: b.ndim) }
    for (i, j) in zip(left, right) where a.shape[i] != b.shape[j] {
      throw NDArrayError.value("shape-mismatch for sum")
    }
    let freeA = (0..<a.ndim).filter { !left.contains($0) }
    let freeB = (0..<b.ndim).filter { !right.contains($0) }
    let k = left.reduce(1) { $0 * a.shape[$1] }
    let x = try a.transposed(freeA + left).reshaped([-1, k])
    let y = try b.transposed(right + freeB).reshaped([k, -1])
    let product = try dot(x, y)
    return try product.reshaped(freeA.map { a.shape[$0] } + freeB.map { b.shape[$0] })
  }

  /// numpy's `tensordot(a, b, axes=n)`: the last `n` axes of `a` with the first `n` of `b`.
  public static func tensordot(_ a: NDArray, _ b: NDArray, axes n: Int) throws -> NDArray {
    guard n >= 0, n <= a.ndim, n <= b.ndim else { throw NDArrayError.value("shape-mismatch for sum") }
    return try tensordot(a, b, aAxes: Array((a.ndim - n)..<a.ndim), bAxes: Array(0..<n))
  }
}
