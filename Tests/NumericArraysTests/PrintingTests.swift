import Testing

@testable import NumericArrays

struct PrintingCase: CustomTestStringConvertible, Sendable {
  let name: String
  let dtype: String
  let shape: [Int]
  let values: [String]
  let repr: String
  let str: String
  var testDescription: String { name }

  static func all() -> [PrintingCase] {
    ((try? loadFixture("printing.json")) ?? []).map { entry in
      PrintingCase(
        name: entry["name"] as? String ?? "", dtype: entry["dtype"] as? String ?? "",
        shape: entry["shape"] as? [Int] ?? [],
        values: (entry["values"] as? [Any] ?? []).map { "\($0)" },
        repr: entry["repr"] as? String ?? "", str: entry["str"] as? String ?? "")
    }
  }
}

@Test func printingFixturesAreLoaded() {
  #expect(PrintingCase.all().count >= 60)
}

@Test(arguments: PrintingCase.all())
func reprAndStrMatchNumpy(_ fixture: PrintingCase) throws {
  let values: [Any] = fixture.dtype == "bool" ? fixture.values.map { Int($0) ?? 0 } : fixture.values
  let array = try fixtureArray(dtype: fixture.dtype, shape: fixture.shape, values: values)
  #expect(array.numpyRepr == fixture.repr)
  #expect(array.numpyStr == fixture.str)
}

struct ScalarCase: CustomTestStringConvertible, Sendable {
  let dtype: String
  let value: String
  let repr: String
  let str: String
  var testDescription: String { "\(dtype) \(repr)" }

  static func all() -> [ScalarCase] {
    ((try? loadFixture("scalars.json")) ?? []).map { entry in
      ScalarCase(
        dtype: entry["dtype"] as? String ?? "", value: "\(entry["value"] ?? "")",
        repr: entry["repr"] as? String ?? "", str: entry["str"] as? String ?? "")
    }
  }
}

@Test(arguments: ScalarCase.all())
func scalarReprMatchesNumpy(_ fixture: ScalarCase) throws {
  let values: [Any] = fixture.dtype == "bool" ? [Int(fixture.value) ?? 0] : [fixture.value]
  let array = try fixtureArray(dtype: fixture.dtype, shape: [], values: values)
  let value = try array.item()
  #expect(NDArray.scalarRepr(value, dtype: array.dtype) == fixture.repr)
  #expect(NDArray.scalarStr(value, dtype: array.dtype) == fixture.str)
}
