/// How a class statement with several bases (`class C(A, B)`) combines them, as CPython's
/// `best_base` and `mro_implementation` (Objects/typeobject.c) do.
enum ClassLayout {
  /// The base that gives instances their layout (`__base__`): the first base whose layout class
  /// derives from every other base's; `object` when there is no base.
  /// - Throws: `TypeError: duplicate base class A`, `multiple bases have instance lay-out conflict`.
  static func bestBase(_ bases: [PyType]) throws -> PyType {
    guard var winner = bases.first else { return BuiltinTypes.object }
    for (k, b) in bases.enumerated() where bases[..<k].contains(where: { $0 === b }) {
      throw PyException.typeError("duplicate base class \(b.name)")
    }
    for b in bases.dropFirst() {
      guard let candidate = b.layoutClass else { continue }
      guard let current = winner.layoutClass else {
        winner = b
        continue
      }
      if candidate.isSubtype(of: current) {
        if candidate !== current { winner = b }
      } else if !current.isSubtype(of: candidate) {
        throw PyException.typeError("multiple bases have instance lay-out conflict")
      }
    }
    return winner
  }

  /// The C3 linearization of `bases` (the MRO without the class itself).
  /// - Throws: `TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B`.
  static func linearization(of bases: [PyType]) throws -> [PyType] {
    var sequences = bases.map(\.mro) + [bases]
    var result: [PyType] = []
    while true {
      sequences.removeAll { $0.isEmpty }
      if sequences.isEmpty { return result }
      let head = sequences.lazy.map { $0[0] }.first { h in
        !sequences.contains { s in s.dropFirst().contains { $0 === h } }
      }
      guard let next = head else {
        var names: [String] = []
        for s in sequences where !names.contains(s[0].name) { names.append(s[0].name) }
        throw PyException.typeError(
          "Cannot create a consistent method resolution\norder (MRO) for bases \(names.joined(separator: ", "))")
      }
      result.append(next)
      for k in sequences.indices where sequences[k][0] === next { sequences[k].removeFirst() }
    }
  }
}
