import Testing

@testable import NumericArrays

/// A complex array of `dtype` from a fixture's `[real, imag]` texts.
private func complexArray(_ pairs: [[String]], dtype: DType) throws -> NDArray {
  let elements = pairs.map { Complex128(real: Double($0[0]) ?? .nan, imag: Double($0[1]) ?? .nan) }
  return try NDArray(elements).astype(dtype)
}

/// `repr` of an array result, or `Kind: message` of the error it raised.
private func outcome(_ body: () throws -> NDArray) -> String {
  do {
    return try body().numpyRepr
  } catch let error as NDArrayError {
    return "\(error.kind.rawValue): \(error.message)"
  } catch {
    return "\(error)"
  }
}

/// The repr of a reduction's 0-d result as numpy prints the scalar.
private func scalarRepr(_ array: NDArray) throws -> String {
  NDArray.scalarRepr(try array.item(), dtype: array.dtype)
}

@Test func complexArraysMatchNumpy() throws {
  let cases = try loadFixture("complex.json")
  #expect(cases.count == 9)
  let unary: [String: UnaryOperation] = [
    "negative": .negative, "absolute": .absolute, "square": .square, "reciprocal": .reciprocal,
    "sign": .sign, "isnan": .isnan, "isinf": .isinf, "isfinite": .isfinite,
    "logical_not": .logicalNot, "floor": .float(.floor),
  ]
  for entry in cases {
    let dtype = try #require(DType(rawValue: entry["dtype"] as? String ?? ""))
    let pairs = try #require(entry["values"] as? [[String]])
    let a = try complexArray(pairs, dtype: dtype)
    let reversed = try complexArray(pairs.reversed(), dtype: dtype)
    let head = try complexArray(Array(pairs.prefix(3)), dtype: dtype)
    #expect(a.numpyRepr == entry["repr"] as? String)
    #expect(a.numpyStr == entry["str"] as? String)
    #expect(a.scalars.map { NDArray.scalarRepr($0, dtype: dtype) } == entry["scalar_reprs"] as? [String])
    if let expected = entry["reshaped_str"] as? String {
      #expect(try a.reshaped([2, a.size / 2]).numpyStr == expected)
    }
    let results = try #require(entry["results"] as? [String: String])
    for (name, expected) in results {
      let actual: String
      if let operation = unary[name] {
        actual = outcome { try NDArray.apply(operation, a) }
      } else if name.hasSuffix("_reversed"), let operation = BinaryOperation(rawValue: String(name.dropLast(9))) {
        actual = outcome { try NDArray.apply(operation, a, reversed) }
      } else {
        switch name {
        case "conjugate": actual = a.conjugate().numpyRepr
        case "real": actual = a.realPart.numpyRepr
        case "imag": actual = a.imagPart.numpyRepr
        case "prod": actual = try scalarRepr(try head.prod())
        case "sum3": actual = try scalarRepr(try head.sum())
        case "dot_reversed": actual = try scalarRepr(try NDArray.dot(a, reversed))
        case "outer_matmul":
          let product = try NDArray.matmul(a.reshaped([-1, 1]), reversed.reshaped([1, -1]))
          actual = try product[a.size - 1].numpyRepr
        case "sum_tiled":
          actual = try scalarRepr(try NDArray.concatenate(Array(repeating: a, count: 40), axis: 0).sum())
        case "max": actual = try scalarRepr(try a.max())
        case "astype_float32": actual = a.astype(.float32).numpyRepr
        case "astype_int64": actual = a.astype(.int64).numpyRepr
        case "astype_bool": actual = a.astype(.bool).numpyRepr
        default: actual = "unknown result \(name)"
        }
      }
      #expect(actual == expected, "\(name) of \(entry["repr"] ?? "")")
    }
  }
}
