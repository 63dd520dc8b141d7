import Foundation

/// The setup numpy's legacy binomial sampler keeps between calls with the same `n` and `p`.
struct BinomialCache {
  var n: Int64
  var p: Double
  var r = 0.0, q = 0.0, fm = 0.0, p1 = 0.0, xm = 0.0, xl = 0.0, xr = 0.0, c = 0.0
  var laml = 0.0, lamr = 0.0, p2 = 0.0, p3 = 0.0, p4 = 0.0
  var m: Int64 = 0
  /// For the inversion sampler: q^n, n*p and the search bound.
  var qn = 0.0, np = 0.0, bound: Int64 = 0
}

extension RandomState {
  /// Binomial deviates with numpy's legacy inversion / BTPE samplers (`binomial`).
  /// - Throws: ValueError `n < 0`, `p < 0, p > 1 or p is NaN`.
  public func binomial(n: Int64, p: Double, size: [Int]? = nil) throws -> NDArray {
    guard n >= 0 else { throw NDArrayError.value("n < 0") }
    guard p >= 0 && p <= 1 else { throw NDArrayError.value("p < 0, p > 1 or p is NaN") }
    let count = try RandomState.count(size)
    let values = (0..<count).map { _ in binomialDraw(n: n, p: p) }
    return try NDArray(values, shape: size ?? [])
  }

  private func binomialDraw(n: Int64, p: Double) -> Int64 {
    if n == 0 || p == 0 { return 0 }
    if p <= 0.5 {
      return p * Double(n) <= 30 ? inversion(n: n, p: p) : btpe(n: n, p: p)
    }
    let q = 1.0 - p
    return n - (q * Double(n) <= 30 ? inversion(n: n, p: q) : btpe(n: n, p: q))
  }

  private func cache(n: Int64, p: Double) -> BinomialCache? {
    guard let cached = binomialCache, cached.n == n, cached.p == p else { return nil }
    return cached
  }

  private func inversion(n: Int64, p: Double) -> Int64 {
    let state: BinomialCache
    if let cached = cache(n: n, p: p) {
      state = cached
    } else {
      var fresh = BinomialCache(n: n, p: p)
      fresh.q = 1.0 - p
      fresh.qn = Foundation.exp(Double(n) * Foundation.log(fresh.q))
      fresh.np = Double(n) * p
      fresh.bound = Int64(Swift.min(Double(n), fresh.np + 10.0 * (fresh.np * fresh.q + 1).squareRoot()))
      binomialCache = fresh
      state = fresh
    }
    var x: Int64 = 0
    var px = state.qn
    var u = generator.nextDouble()
    while u > px {
      x += 1
      if x > state.bound {
        x = 0
        px = state.qn
        u = generator.nextDouble()
      } else {
        u -= px
        px = (Double(n - x + 1) * p * px) / (Double(x) * state.q)
      }
    }
    return x
  }

  private func btpeSetup(n: Int64, p: Double) -> BinomialCache {
    if let cached = cache(n: n, p: p) { return cached }
    var s = BinomialCache(n: n, p: p)
    let nd = Double(n)
    s.r = Swift.min(p, 1.0 - p)
    s.q = 1.0 - s.r
    s.fm = nd * s.r + s.r
    s.m = Int64(s.fm.rounded(.down))
    s.p1 = (2.195 * (nd * s.r * s.q).squareRoot() - 4.6 * s.q).rounded(.down) + 0.5
    s.xm = Double(s.m) + 0.5
    s.xl = s.xm - s.p1
    s.xr = s.xm + s.p1
    s.c = 0.134 + 20.5 / (15.3 + Double(s.m))
    var a = (s.fm - s.xl) / (s.fm - s.xl * s.r)
    s.laml = a * (1.0 + a / 2.0)
    a = (s.xr - s.fm) / (s.xr * s.q)
    s.lamr = a * (1.0 + a / 2.0)
    s.p2 = s.p1 * (1.0 + 2.0 * s.c)
    s.p3 = s.p2 + s.c / s.laml
    s.p4 = s.p3 + s.c / s.lamr
    binomialCache = s
    return s
  }

  /// Kachitvichyanukul and Schmeiser's BTPE as numpy's `random_binomial_btpe` runs it.
  private func btpe(n: Int64, p: Double) -> Int64 {
    let s = btpeSetup(n: n, p: p)
    let nd = Double(n)
    let (r, q, m, p1, p2, p3, p4) = (s.r, s.q, s.m, s.p1, s.p2, s.p3, s.p4)
    let nrq = nd * r * q
    while true {
      let u = generator.nextDouble() * p4
      var v = generator.nextDouble()
      var y: Int64
      if u <= p1 {
        y = Int64((s.xm - p1 * v + u).rounded(.down))
        return p > 0.5 ? n - y : y
      }
      if u <= p2 {
        let x = s.xl + (u - p1) / s.c
        v = v * s.c + 1.0 - Swift.abs(Double(m) - x + 0.5) / p1
        if v > 1.0 { continue }
        y = Int64(x.rounded(.down))
      } else if u <= p3 {
        let value = (s.xl + Foundation.log(v) / s.laml).rounded(.down)
        if !value.isFinite || value < 0 || v == 0 { continue }
        y = Int64(value)
        v = v * (u - p2) * s.laml
      } else {
        let value = (s.xr - Foundation.log(v) / s.lamr).rounded(.down)
        if !value.isFinite || value > nd || v == 0 { continue }
        y = Int64(value)
        v = v * (u - p3) * s.lamr
      }
      let k = Swift.abs(y - m)
      if !(k > 20 && Double(k) < nrq / 2.0 - 1) {
        let ratio = r / q
        let a = ratio * (nd + 1)
        var f = 1.0
        if m < y {
          var i = m + 1
          while i <= y {
            f *= (a / Double(i) - ratio)
            i += 1
          }
        } else if m > y {
          var i = y + 1
          while i <= m {
            f /= (a / Double(i) - ratio)
            i += 1
          }
        }
        if v > f { continue }
        return p > 0.5 ? n - y : y
      }
      let kd = Double(k)
      let rho = (kd / nrq) * ((kd * (kd / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5)
      let t = -kd * kd / (2 * nrq)
      let bigA = Foundation.log(v)
      if bigA < t - rho { return p > 0.5 ? n - y : y }
      if bigA > t + rho { continue }
      let x1 = Double(y + 1)
      let f1 = Double(m + 1)
      let z = nd + 1 - Double(m)
      let w = nd - Double(y) + 1
      let (x2, f2, z2, w2) = (x1 * x1, f1 * f1, z * z, w * w)
      func correction(_ sq: Double, _ base: Double) -> Double {
        (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / sq) / sq) / sq) / sq) / base / 166320.0
      }
      let bound = s.xm * Foundation.log(f1 / x1) + (nd - Double(m) + 0.5) * Foundation.log(z / w)
        + Double(y - m) * Foundation.log(w * r / (x1 * q)) + correction(f2, f1) + correction(z2, z)
        + correction(x2, x1) + correction(w2, w)
      if bigA > bound { continue }
      return p > 0.5 ? n - y : y
    }
  }
}
