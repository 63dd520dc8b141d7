import MiniPython
import NumericArrays
import SymbolicTensor

import NumPyBridge

// Arrays between Python and the engine: NumPyBridge's `numpy.ndarray` objects.

extension TheanoSession {
  /// An engine value as a Python object (a `numpy.ndarray`, 0-d arrays included, as Theano
  /// returns them).
  func pythonValue(_ value: Any) -> PyValue {
    guard let array = value as? NDArray else { return .none }
    return NumPy.wrap(array)
  }
}

/// The array a Python value denotes (`numpy.asarray` for numbers and nested lists), or nil.
/// - Parameter dtype: the dtype to convert Python numbers to (their own dtype when nil).
func arrayValue(_ value: PyValue, dtype: DType? = nil) throws -> NDArray? {
  if let array = NumPy.arrayIfNumpy(value) { return dtype.map { array.astype($0) } ?? array }
  var shape: [Int] = []
  var scalars: [Scalar] = []
  guard try flatten(value, depth: 0, shape: &shape, into: &scalars) else { return nil }
  let inferred: DType
  if scalars.contains(where: { if case .complex = $0 { return true } else { return false } }) {
    inferred = .complex128
  } else if scalars.contains(where: { if case .float = $0 { return true } else { return false } }) {
    inferred = .float64
  } else if !scalars.isEmpty, scalars.allSatisfy({ if case .bool = $0 { return true } else { return false } }) {
    inferred = .bool
  } else {
    inferred = scalars.isEmpty ? .float64 : .int64
  }
  let target = dtype ?? inferred
  let elements = scalars.map { NDArray(scalar: $0, dtype: target) }
  if shape.isEmpty { return elements.first }
  let flat = try NDArray.concatenate(elements.map { try $0.reshaped([1]) }, axis: 0)
  return try flat.reshaped(shape)
}

private func flatten(_ value: PyValue, depth: Int, shape: inout [Int], into scalars: inout [Scalar]) throws -> Bool {
  switch value {
  case .bool(let flag): scalars.append(.bool(flag))
  case .int(let number): scalars.append(.int(Int64(number)))
  case .float(let number): scalars.append(.float(number))
  case .object(let complex as PyComplex): scalars.append(.complex(complex.real, complex.imag))
  case .object(let object):
    let items: [PyValue]
    if let list = object as? PyList {
      items = list.items
    } else if let tuple = object as? PyTuple {
      items = tuple.items
    } else {
      return false
    }
    if shape.count == depth {
      shape.append(items.count)
    } else if shape.count > depth, shape[depth] != items.count {
      throw PyException.valueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape "
          + "after \(depth) dimensions. The detected shape was \(pythonTupleText(Array(shape.prefix(depth)))) + inhomogeneous part.")
    }
    for item in items where !(try flatten(item, depth: depth + 1, shape: &shape, into: &scalars)) {
      return false
    }
  case .none, .str: return false
  }
  return true
}

func pythonTupleText(_ values: [Int]) -> String {
  switch values.count {
  case 0: return "()"
  case 1: return "(\(values[0]),)"
  default: return "(" + values.map(String.init).joined(separator: ", ") + ")"
  }
}

/// Whether two arrays hold the same numbers element by element, both parts of complex ones, NaN
/// equal to NaN (Theano's `values_eq` without the dtype check, for its lossless-conversion tests).
func sameNumbers(_ a: NDArray, _ b: NDArray) -> Bool {
  func parts(_ scalar: Scalar) -> (Double, Double) {
    if case .complex(let real, let imag) = scalar { return (real, imag) }
    return (scalar.doubleValue, 0)
  }
  func equal(_ x: Double, _ y: Double) -> Bool { x == y || (x.isNaN && y.isNaN) }
  return zip(a.scalars.map(parts), b.scalars.map(parts)).allSatisfy { equal($0.0, $1.0) && equal($0.1, $1.1) }
}
