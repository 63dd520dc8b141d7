/// A stable sort with CPython's comparison order for short runs (a leading run, then binary
/// insertion), and a stable merge sort beyond, over a comparison that may raise.
enum ListSort {
  /// Sorts `items` by `keys` (same length) in place, stably; `less` may throw a Python error.
  static func sort(
    _ items: inout [PyValue], keys: [PyValue], less: (PyValue, PyValue) throws -> Bool
  ) throws {
    var order = Array(items.indices)
    try sortIndices(&order, keys: keys, less: less)
    items = order.map { items[$0] }
  }

  private static func sortIndices(
    _ order: inout [Int], keys: [PyValue], less: (PyValue, PyValue) throws -> Bool
  ) throws {
    let n = order.count
    if n < 2 { return }
    if n <= 64 {
      try binaryInsertionSort(&order, keys: keys, less: less)
      return
    }
    let middle = n / 2
    var left = Array(order[..<middle])
    var right = Array(order[middle...])
    try sortIndices(&left, keys: keys, less: less)
    try sortIndices(&right, keys: keys, less: less)
    var i = 0
    var j = 0
    var k = 0
    while i < left.count && j < right.count {
      if try less(keys[right[j]], keys[left[i]]) {
        order[k] = right[j]
        j += 1
      } else {
        order[k] = left[i]
        i += 1
      }
      k += 1
    }
    while i < left.count {
      order[k] = left[i]
      i += 1
      k += 1
    }
    while j < right.count {
      order[k] = right[j]
      j += 1
      k += 1
    }
  }

  /// CPython's `count_run` (a descending run is reversed) followed by `binarysort`.
  private static func binaryInsertionSort(
    _ order: inout [Int], keys: [PyValue], less: (PyValue, PyValue) throws -> Bool
  ) throws {
    var run = 2
    if try less(keys[order[1]], keys[order[0]]) {
      while run < order.count, try less(keys[order[run]], keys[order[run - 1]]) { run += 1 }
      order[0..<run].reverse()
    } else {
      while run < order.count, !(try less(keys[order[run]], keys[order[run - 1]])) { run += 1 }
    }
    for start in run..<order.count {
      let pivot = order[start]
      var low = 0
      var high = start
      while low < high {
        let mid = (low + high) / 2
        if try less(keys[pivot], keys[order[mid]]) { high = mid } else { low = mid + 1 }
      }
      order.remove(at: start)
      order.insert(pivot, at: low)
    }
  }
}
