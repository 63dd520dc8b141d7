extension Expr {
  /// Calls `body` with each of ``children`` in order, without building the array.
  func forEachChild(_ body: (Expr) -> Void) {
    switch kind {
    case .boolOp(_, let vs), .set(let vs), .joinedStr(let vs), .list(let vs), .tuple(let vs): vs.forEach(body)
    case .namedExpr(_, let v), .unaryOp(_, let v), .starred(let v), .attribute(let v, _), .yieldFrom(let v):
      body(v)
    case .binOp(let l, _, let r), .subscript(let l, let r):
      body(l)
      body(r)
    case .ifExp(let t, let b, let o):
      body(t)
      body(b)
      body(o)
    case .compare(let l, _, let rs):
      body(l)
      rs.forEach(body)
    case .call(let f, let args, let kws):
      body(f)
      args.forEach(body)
      for k in kws { body(k.value) }
    case .constant, .name: return
    case .lambda, .dict, .listComp, .setComp, .generatorExp, .dictComp, .yield, .formattedValue, .slice:
      children.forEach(body)
    }
  }

  /// The direct sub-expressions, in source order (lambda bodies and comprehension parts included).
  var children: [Expr] {
    switch kind {
    case .boolOp(_, let vs), .set(let vs), .joinedStr(let vs), .list(let vs), .tuple(let vs): return vs
    case .namedExpr(_, let v), .unaryOp(_, let v), .starred(let v), .attribute(let v, _), .yieldFrom(let v):
      return [v]
    case .binOp(let l, _, let r), .subscript(let l, let r): return [l, r]
    case .lambda(let a, let body): return a.defaults + a.kwDefaults.compactMap { $0 } + [body]
    case .ifExp(let t, let b, let o): return [t, b, o]
    case .dict(let ks, let vs): return ks.compactMap { $0 } + vs
    case .listComp(let e, let gens), .setComp(let e, let gens), .generatorExp(let e, let gens):
      return [e] + gens.flatMap { [$0.target, $0.iter] + $0.ifs }
    case .dictComp(let k, let v, let gens): return [k, v] + gens.flatMap { [$0.target, $0.iter] + $0.ifs }
    case .yield(let v): return v.map { [$0] } ?? []
    case .compare(let l, _, let rs): return [l] + rs
    case .call(let f, let args, let kws): return [f] + args + kws.map(\.value)
    case .formattedValue(let v, _, let spec): return [v] + (spec.map { [$0] } ?? [])
    case .constant, .name: return []
    case .slice(let a, let b, let c): return [a, b, c].compactMap { $0 }
    }
  }
}
