/// Truth tests over all elements.
extension NDArray {
  /// Whether any element is non-zero.
  public var anyTrue: Bool { mapTruth(self).contains(true) }
  /// Whether every element is non-zero.
  public var allTrue: Bool { !mapTruth(self).contains(false) }

  /// The truth value of the array (numpy's `bool(a)`).
  /// - Throws: ValueError for arrays of more than one element.
  public func truthValue() throws -> Bool {
    if size == 1 { return mapTruth(self)[0] }
    if size == 0 { return false }
    throw NDArrayError.value(
      "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
  }
}

private func mapTruth(_ a: NDArray) -> [Bool] {
  let bools = a.astype(.bool)
  return Array(UnsafeBufferPointer(start: bools.base(Bool.self), count: bools.size))
}
