/// Reproduces CPython's set iteration order (its open-addressing table) for int-like elements.
///
/// CPython prints `{3, 1, 2}` as `{1, 2, 3}` because iteration follows hash-table slots. Sets of
/// strings iterate in an order that depends on the per-process hash seed, so for any element
/// that is not a bool or an integral number insertion order is kept.
enum SetOrder {
  static let linearProbes = 9
  static let perturbShift = 5

  static func cpythonOrder(_ values: [PyValue]) -> [PyValue] {
    var hashes: [Int] = []
    hashes.reserveCapacity(values.count)
    for v in values {
      switch v {
      case .bool(let b): hashes.append(b ? 1 : 0)
      case .int(let i): hashes.append(intHash(i))
      case .float(let d):
        guard let i = Int(exactly: d) else { return values }
        hashes.append(intHash(i))
      case .none, .str, .object: return values
      }
    }
    var table = [Int?](repeating: nil, count: 8)
    var fill = 0
    for (k, h) in hashes.enumerated() {
      insert(k, hash: h, into: &table)
      fill += 1
      let mask = table.count - 1
      if fill * 5 >= mask * 3 {
        let used = fill
        var newSize = 8
        let minUsed = used > 50000 ? used * 2 : used * 4
        while newSize <= minUsed { newSize <<= 1 }
        var newTable = [Int?](repeating: nil, count: newSize)
        for slot in table { if let e = slot { insert(e, hash: hashes[e], into: &newTable) } }
        table = newTable
      }
    }
    return table.compactMap { $0.map { values[$0] } }
  }

  static func intHash(_ i: Int) -> Int {
    let modulus = (1 << 61) - 1
    let h = i.magnitude % UInt(modulus)
    var r = i < 0 ? -Int(h) : Int(h)
    if r == -1 { r = -2 }
    return r
  }

  static func insert(_ element: Int, hash: Int, into table: inout [Int?]) {
    let mask = table.count - 1
    var perturb = UInt(bitPattern: hash)
    var i = Int(UInt(bitPattern: hash) & UInt(mask))
    while true {
      if table[i] == nil {
        table[i] = element
        return
      }
      if i + linearProbes <= mask {
        for j in 1...linearProbes where table[i + j] == nil {
          table[i + j] = element
          return
        }
      }
      perturb >>= UInt(perturbShift)
      i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
    }
  }
}
