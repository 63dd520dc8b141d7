import Testing

@testable import NumericArrays

/// The Python operand of a promotion fixture: an array of ones or a Python scalar.
private func scalarOperand(kind: String, text: String) -> NDArray {
  switch kind {
  case "pyint": return NDArray(scalar: .int(Int64(text) ?? 0))
  case "pybool": return NDArray(scalar: .bool(text == "True"))
  default: return NDArray(scalar: .float(Double(text) ?? 0))
  }
}

private func resultName(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray) -> String {
  do {
    return try NDArray.apply(operation, a, b).dtype.name
  } catch let error as NDArrayError {
    return error.kind.rawValue
  } catch {
    return "\(error)"
  }
}

@Test func promotionTableMatchesNumpy() throws {
  let cases = try loadFixture("promotion.json")
  #expect(cases.count > 100)
  for entry in cases {
    guard let aName = entry["a"] as? String, let aType = DType(rawValue: aName) else { continue }
    let a = try NDArray.ones([2], dtype: aType)
    let b: NDArray
    if let bName = entry["b"] as? String, let bType = DType(rawValue: bName) {
      b = try NDArray.ones([2], dtype: bType)
      #expect(aType.promoted(with: bType).name == entry["promote"] as? String, "\(aName) \(bName)")
    } else {
      b = scalarOperand(kind: entry["scalar_kind"] as? String ?? "", text: entry["scalar"] as? String ?? "")
    }
    for operation in [BinaryOperation.add, .trueDivide, .multiply] {
      let expected = entry[operation.rawValue] as? String
      #expect(resultName(operation, a, b) == expected, "\(aName) \(operation) \(entry)")
    }
  }
}

@Test func broadcastingMatchesNumpy() throws {
  let cases = try loadFixture("broadcasting.json")
  #expect(cases.count > 5)
  for entry in cases {
    let a = try NDArray.ones(entry["a"] as? [Int] ?? [])
    let b = try NDArray.ones(entry["b"] as? [Int] ?? [])
    if let message = entry["error"] as? String {
      #expect(throws: NDArrayError(.valueError, message)) { try a + b }
    } else {
      #expect(try (a + b).shape == entry["shape"] as? [Int])
    }
  }
}

@Test func complexPromotionMatchesNumpy() throws {
  let cases = try loadFixture("complex_promotion.json")
  #expect(cases.count == 56)
  for entry in cases {
    let a = try #require(DType(rawValue: entry["a"] as? String ?? ""))
    let b = try #require(DType(rawValue: entry["b"] as? String ?? ""))
    #expect(a.promoted(with: b).name == entry["promote"] as? String, "\(a) \(b)")
    #expect(a.canCastSafely(to: b) == entry["can_cast"] as? Bool, "\(a) \(b)")
  }
}

@Test func complexDTypeSpellingsMatchNumpy() {
  for (spelling, dtype) in [("complex64", DType.complex64), ("c8", .complex64), ("F", .complex64),
    ("complex128", .complex128), ("complex", .complex128), ("c16", .complex128), ("D", .complex128)] {
    #expect(DType(numpyName: spelling) == dtype, "\(spelling)")
  }
  #expect(DType.complex64.itemSize == 8 && DType.complex128.itemSize == 16)
  #expect(DType.complex64.kind == "c" && DType.complex128.typeChar == "D")
}
