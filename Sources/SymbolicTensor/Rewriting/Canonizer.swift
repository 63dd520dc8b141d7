import NumericArrays
import SymbolicGraph

/// Theano's `Canonizer`: rewrites a tree of `main`, `inverse` and `reciprocal` nodes as
/// `inverse(main(*num), main(*denum))`, cancelling factors present on both sides and folding the
/// constants into one, placed first.
///
/// `local_mul_canonizer` is `Canonizer(mul, true_div, inv)` (without using the reciprocal);
/// `local_add_canonizer` is `Canonizer(add, sub, neg)`.
struct Canonizer: Sendable {
  let main: ScalarOp
  let inverse: ScalarOp
  let reciprocal: ScalarOp
  let useReciprocal: Bool

  static let mul = Canonizer(main: .mul, inverse: .trueDiv, reciprocal: .inv, useReciprocal: false)
  static let add = Canonizer(main: .add, inverse: .sub, reciprocal: .neg, useReciprocal: true)

  private func isCanonized(_ node: Apply?) -> Bool {
    guard let op = plainScalarOp(node) else { return false }
    return op == main || op == inverse || op == reciprocal
  }

  /// `(num, denum)` such that the variable is `inverse(main(*num), main(*denum))`, looking
  /// through the dimshuffles that only add broadcastable axes on the left.
  func numDenum(_ variable: Variable) -> ([Variable], [Variable]) {
    guard let owner = variable.owner, isCanonized(owner), let op = plainScalarOp(owner) else {
      if let owner = variable.owner, let shuffle = owner.op as? DimShuffle,
        variable.ndim >= owner.inputs[0].ndim
      {
        let inner = owner.inputs[0]
        let compatible = Array(repeating: DimShuffle.Entry.broadcast, count: variable.ndim - inner.ndim)
          + (0..<inner.ndim).map { DimShuffle.Entry.axis($0) }
        if shuffle.newOrder == compatible { return numDenum(inner) }
      }
      return ([variable], [])
    }
    let pairs = owner.inputs.map(numDenum)
    if op == main { return (pairs.flatMap(\.0), pairs.flatMap(\.1)) }
    if op == inverse { return (pairs[0].0 + pairs[1].1, pairs[0].1 + pairs[1].0) }
    return (pairs[0].1, pairs[0].0)
  }

  /// The neutral result or `inverse(main(*num), main(*denum))` with the fewest nodes.
  func merge(_ num: [Variable], _ denum: [Variable], context: TypingContext) throws -> Variable {
    if num.isEmpty && denum.isEmpty { return neutralConstant(context: context) }
    if num.isEmpty && useReciprocal {
      return try elemwise(reciprocal, [merge(denum, [], context: context)], context: context)
    }
    if denum.isEmpty {
      if num.count == 1 { return num[0] }
      return try elemwise(main, num, context: context)
    }
    return try elemwise(
      inverse, [merge(num, [], context: context), merge(denum, [], context: context)],
      context: context)
  }

  /// `T.as_tensor_variable(calculate([], []))`: int8 1 for mul, the float 0.0 for add.
  private func neutralConstant(context: TypingContext) -> Constant {
    if main == .mul { return constant(NDArray(scalar: .int(1), dtype: .int8)) }
    return constant(.float(0), context: context)
  }

  /// Theano's `calculate(num, denum, out_type)`: the constants combined in the output dtype
  /// with numpy's arithmetic.
  func calculate(_ num: [NDArray], _ denum: [NDArray], dtype: DType) throws -> NDArray {
    if main == .mul {
      let one = NDArray(scalar: .int(1), dtype: dtype)
      let top = try num.reduce(one) { try NDArray.apply(.multiply, $0, $1) }
      let bottom = try denum.reduce(one) { try NDArray.apply(.multiply, $0, $1) }
      return try NDArray.apply(.trueDivide, top, bottom)
    }
    let zero = NDArray(scalar: .int(0), dtype: dtype)
    let top = try num.reduce(zero) { try NDArray.apply(.add, $0, $1) }
    let bottom = try denum.reduce(zero) { try NDArray.apply(.add, $0, $1) }
    return try NDArray.apply(.subtract, top, bottom)
  }

  private var neutralValue: Double { main == .mul ? 1 : 0 }

  /// Theano's `simplify_factors`: removes each variable present in both lists from both.
  func simplifyFactors(_ num: [Variable], _ denum: [Variable]) -> ([Variable], [Variable]) {
    var num = num
    var denum = denum
    if num.count > 2 && denum.count > 2 {
      while true {
        let unique = Set(num)
        let redo = unique.count != num.count
        let common = unique.intersection(denum)
        for variable in common {
          num.remove(at: num.firstIndex(of: variable)!)
          denum.remove(at: denum.firstIndex(of: variable)!)
        }
        if !redo || common.isEmpty { break }
      }
    } else {
      for variable in num {
        guard let inDenum = denum.firstIndex(of: variable) else { continue }
        num.remove(at: num.firstIndex(of: variable)!)
        denum.remove(at: inDenum)
      }
    }
    return (num, denum)
  }

  /// Theano's `simplify_constants`: the constants folded into one, first in the numerator
  /// (dropped when neutral); the original lists when that would change nothing.
  func simplifyConstants(
    _ origNum: [Variable], _ origDenum: [Variable], dtype: DType
  ) throws -> ([Variable], [Variable]) {
    var num: [Variable] = []
    var denum: [Variable] = []
    var numConstants: [NDArray] = []
    var denumConstants: [NDArray] = []
    for variable in origNum {
      if let value = uniqueConstantValue(variable) { numConstants.append(value) } else { num.append(variable) }
    }
    for variable in origDenum {
      if let value = uniqueConstantValue(variable) { denumConstants.append(value) } else { denum.append(variable) }
    }
    let value = try calculate(numConstants, denumConstants, dtype: dtype)
    var folded: [Constant] = []
    let isNeutral = value.scalars.allSatisfy { $0.realNumber == neutralValue }
    if useReciprocal || !num.isEmpty {
      if !isNeutral { folded = [scalarTensorConstant(value, dtype: dtype)] }
    } else {
      folded = [scalarTensorConstant(value, dtype: dtype)]
    }
    if !origNum.isEmpty, numConstants.count == 1, denumConstants.isEmpty, let only = folded.first,
      let first = uniqueConstantValue(origNum[0]),
      valuesEqual(only.value as! NDArray, first)
    {
      return (origNum, origDenum)
    }
    return (folded + num, denum)
  }

  /// Theano's `TensorType.values_eq`: same dtype and equal values, NaN equal to NaN.
  private func valuesEqual(_ a: NDArray, _ b: NDArray) -> Bool {
    guard a.dtype == b.dtype else { return false }
    let x = a.scalars.first?.complexParts ?? (.nan, 0)
    let y = b.scalars.first?.complexParts ?? (.nan, 0)
    func same(_ u: Double, _ v: Double) -> Bool { u == v || (u.isNaN && v.isNaN) }
    return same(x.0, y.0) && same(x.1, y.1)
  }

  func simplify(_ num: [Variable], _ denum: [Variable], dtype: DType) throws -> ([Variable], [Variable]) {
    let (num, denum) = simplifyFactors(num, denum)
    return try simplifyConstants(num, denum, dtype: dtype)
  }

  /// The rewrite of one node (Theano's `Canonizer.transform`).
  func transform(_ fgraph: FunctionGraph, _ node: Apply) throws -> [Variable]? {
    guard isCanonized(node) else { return nil }
    let out = node.out
    // Wait for the outermost node of the tree: a client (through single-use dimshuffles) of
    // the same family is canonized instead.
    for client in fgraph.clients(of: out) {
      guard var user = client.node else { continue }
      while user.op is DimShuffle, fgraph.clients(of: user.out).count <= 1 {
        guard let next = fgraph.clients(of: user.out).first?.node else { break }
        user = next
      }
      if isCanonized(user) { return nil }
    }
    let (origNum, origDenum) = numDenum(out)
    let (num, denum) = try simplify(origNum, origDenum, dtype: out.dtype!)
    if num.elementsEqual(origNum, by: ===) && denum.elementsEqual(origDenum, by: ===) {
      return nil
    }
    let context = typingContext(node)
    var new = try merge(num, denum, context: context)
    if new.dtype != out.dtype { new = try cast(new, out.dtype!) }
    if !typesEqual(new.type, out.type) { new = try fillChain(new, node.inputs, context: context) }
    guard typesEqual(new.type, out.type) else { return nil }
    return [new]
  }
}

extension NodeRewriter {
  /// Theano's `local_mul_canonizer`: `x * y / y -> x`, `2 * x / 4 -> 0.5 * x`, `x * y * z` as
  /// one node, constants first.
  public static let localMulCanonizer = NodeRewriter(
    name: "local_mul_canonizer",
    tracksOps: [Elemwise(.mul), Elemwise(.trueDiv), Elemwise(.inv)]
  ) { fgraph, node in try Canonizer.mul.transform(fgraph, node) }

  /// Theano's `local_add_canonizer`: `x + x + x - x -> x + x`, `x - x -> 0` (filled to `x`'s
  /// shape), constants folded first.
  public static let localAddCanonizer = NodeRewriter(
    name: "local_add_canonizer",
    tracksOps: [Elemwise(.add), Elemwise(.sub), Elemwise(.neg)]
  ) { fgraph, node in try Canonizer.add.transform(fgraph, node) }

  /// `-x -> (-1) * x` in canonical form (Theano's `local_neg_to_mul`).
  public static let localNegToMul = NodeRewriter(
    name: "local_neg_to_mul", tracksOps: [Elemwise(.neg)]
  ) { _, node in
    guard plainScalarOp(node) == .neg, let dtype = node.inputs[0].dtype else { return nil }
    let minusOne = constant(NDArray(scalar: .int(-1), dtype: dtype))
    return [try elemwise(.mul, [minusOne, node.inputs[0]], context: typingContext(node))]
  }
}
