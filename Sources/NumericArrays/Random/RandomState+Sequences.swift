/// `shuffle`, `permutation` and `choice` as numpy's legacy `RandomState` performs them.
extension RandomState {
  /// Shuffles an array in place along its first axis (Fisher-Yates from the end).
  /// - Throws: TypeError for 0-d arrays.
  public func shuffle(_ array: NDArray) throws {
    guard array.ndim > 0 else { throw NDArrayError.type("len() of unsized object") }
    let n = array.shape[0]
    guard n > 1 else { return }
    for i in stride(from: n - 1, through: 1, by: -1) {
      let j = Int(interval(UInt64(i)))
      if i == j { continue }
      let rowI = try array.get([.int(i)])
      let rowJ = try array.get([.int(j)])
      let saved = rowJ.copy()
      try rowJ.assign(rowI)
      try rowI.assign(saved)
    }
  }

  /// A shuffled `arange(n)`.
  public func permutation(_ n: Int) throws -> NDArray {
    let values = try NDArray.arange(stop: .int(Int64(n)))
    try shuffle(values)
    return values
  }

  /// A shuffled copy of an array (along the first axis).
  /// - Throws: IndexError `x must be an integer or at least 1-dimensional`.
  public func permutation(_ array: NDArray) throws -> NDArray {
    guard array.ndim > 0 else { throw NDArrayError.index("x must be an integer or at least 1-dimensional") }
    let values = array.copy()
    try shuffle(values)
    return values
  }

  /// Samples from `arange(populationSize)` (`choice(n, ...)`), as int64.
  public func choice(
    populationSize: Int, size: [Int]? = nil, replace: Bool = true, p: [Double]? = nil
  ) throws -> NDArray {
    let count = try RandomState.count(size)
    if populationSize <= 0 && count != 0 {
      throw NDArrayError.value("a must be greater than 0 unless no samples are taken")
    }
    return try choiceIndices(populationSize, size: size, count: count, replace: replace, p: p)
  }

  /// Samples elements of a 1-d array (`choice(a, ...)`).
  /// - Throws: ValueError for non-1-d or empty populations and invalid probabilities.
  public func choice(
    _ population: NDArray, size: [Int]? = nil, replace: Bool = true, p: [Double]? = nil
  ) throws -> NDArray {
    guard population.ndim == 1 else { throw NDArrayError.value("a must be 1-dimensional") }
    let count = try RandomState.count(size)
    if population.shape[0] == 0 && count != 0 {
      throw NDArrayError.value("'a' cannot be empty unless no samples are taken")
    }
    let indices = try choiceIndices(population.shape[0], size: size, count: count, replace: replace, p: p)
    return try population.get([.array(indices)])
  }

  private func choiceIndices(
    _ populationSize: Int, size: [Int]?, count: Int, replace: Bool, p: [Double]?
  ) throws -> NDArray {
    let shape = size ?? []
    if let p {
      guard p.count == populationSize else { throw NDArrayError.value("'a' and 'p' must have same size") }
      guard p.allSatisfy({ $0 >= 0 }) else { throw NDArrayError.value("probabilities are not non-negative") }
      let total = try NDArray(p).sum().doubles[0]
      guard Swift.abs(total - 1) <= (Double.ulpOfOne.squareRoot()) else {
        throw NDArrayError.value("probabilities do not sum to 1")
      }
    }
    if replace {
      guard let p else { return try randint(low: 0, high: Int64(populationSize), size: size) }
      let uniforms = try randomSample(size: size).doubles
      let cdf = cumulative(p)
      return try NDArray(uniforms.map { Int64(searchRight(cdf, $0)) }, shape: shape)
    }
    guard count <= populationSize else {
      throw NDArrayError.value("Cannot take a larger sample than population when 'replace=False'")
    }
    guard var weights = p else {
      let permuted = try permutation(populationSize).doubles.prefix(count).map { Int64($0) }
      return try NDArray(Array(permuted), shape: shape)
    }
    guard weights.filter({ $0 > 0 }).count >= count else {
      throw NDArrayError.value("Fewer non-zero entries in p than size")
    }
    var found: [Int64] = []
    while found.count < count {
      let uniforms = try randomSample(size: [count - found.count]).doubles
      for index in found { weights[Int(index)] = 0 }
      let cdf = cumulative(weights)
      let drawn = uniforms.map { Int64(searchRight(cdf, $0)) }
      var firstPosition: [Int64: Int] = [:]
      for (position, value) in drawn.enumerated() where firstPosition[value] == nil {
        firstPosition[value] = position
      }
      found += firstPosition.sorted { $0.value < $1.value }.map(\.key)
    }
    return try NDArray(found, shape: shape)
  }

  /// `cumsum(p) / cumsum(p)[-1]` with numpy's pairwise-free sequential cumulative sum.
  private func cumulative(_ p: [Double]) -> [Double] {
    var running = 0.0
    let sums = p.map { value -> Double in
      running += value
      return running
    }
    guard let last = sums.last else { return [] }
    return sums.map { $0 / last }
  }

  /// numpy's `searchsorted(side='right')`: the number of entries `<= value`.
  private func searchRight(_ sorted: [Double], _ value: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
