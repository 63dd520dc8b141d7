import Foundation

@testable import NumericArrays

/// Loads a JSON fixture written by `Fixtures/generate.py` (numpy 1.23).
func loadFixture(_ name: String) throws -> [[String: Any]] {
  guard let base = Bundle.module.resourceURL else { return [] }
  let url = base.appendingPathComponent("Fixtures").appendingPathComponent(name)
  let data = try Data(contentsOf: url)
  return (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
}

/// Builds an array from a fixture's dtype, shape and exact element texts.
func fixtureArray(dtype name: String, shape: [Int], values: [Any]) throws -> NDArray {
  guard let dtype = DType(rawValue: name) else { throw NDArrayError(.typeError, "unknown dtype \(name)") }
  let scalars: [Scalar] = values.map { value in
    if let number = value as? Int { return dtype == .bool ? .bool(number != 0) : .int(Int64(number)) }
    let text = value as? String ?? ""
    if dtype.isFloatingPoint { return .float(Double(text) ?? .nan) }
    if let signed = Int64(text) { return .int(signed) }
    return .uint(UInt64(text) ?? 0)
  }
  let flat = try NDArray.concatenateScalars(scalars, dtype: dtype)
  return try flat.reshaped(shape)
}

extension NDArray {
  /// A 1-d array of `dtype` from Python scalars.
  static func concatenateScalars(_ scalars: [Scalar], dtype: DType) throws -> NDArray {
    let result = try NDArray.zeros([scalars.count], dtype: dtype)
    for (i, scalar) in scalars.enumerated() {
      try result.set([.int(i)], to: NDArray(scalar: scalar, dtype: dtype))
    }
    return result
  }
}
