/// A unified diff of two texts, line by line, with three lines of context.
///
/// ```
/// --- recorded
/// +++ fresh
/// @@ -1,2 +1,2 @@
///  same
/// -old
/// +new
/// ```
public enum UnifiedDiff {
  /// The diff from `old` to `new`, `""` when they are equal.
  /// - Parameters:
  ///   - old: the expected text.
  ///   - new: the actual text.
  ///   - oldName: the label of the `---` line.
  ///   - newName: the label of the `+++` line.
  ///   - context: lines of context around each change.
  public static func make(
    from old: String, to new: String, oldName: String, newName: String, context: Int = 3
  ) -> String {
    guard old != new else { return "" }
    let a = lines(old)
    let b = lines(new)
    let script = editScript(a, b)
    var text = "--- \(oldName)\n+++ \(newName)\n"
    var index = 0
    while index < script.count {
      guard script[index].kind != .same else {
        index += 1
        continue
      }
      // A hunk: from `context` lines before this change to `context` lines after the last change
      // that is at most 2 * context lines away.
      let start = max(0, index - context)
      var end = index
      var last = index
      while end < script.count {
        if script[end].kind != .same { last = end }
        if end - last > 2 * context { break }
        end += 1
      }
      let stop = min(script.count, last + context + 1)
      let hunk = script[start..<stop]
      let oldStart = hunk.first?.oldLine ?? 0
      let newStart = hunk.first?.newLine ?? 0
      let oldCount = hunk.filter { $0.kind != .inserted }.count
      let newCount = hunk.filter { $0.kind != .deleted }.count
      text += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
      for step in hunk {
        let mark: String
        switch step.kind {
        case .same: mark = " "
        case .deleted: mark = "-"
        case .inserted: mark = "+"
        }
        text += mark + step.text + "\n"
      }
      index = stop
    }
    return text
  }

  private enum StepKind { case same, deleted, inserted }

  private struct Step {
    let kind: StepKind
    let text: String
    /// 1-based line in the old text where this step stands.
    let oldLine: Int
    /// 1-based line in the new text where this step stands.
    let newLine: Int
  }

  private static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
  }

  /// The shortest edit script: common ends first, then a longest-common-subsequence table over
  /// the lines in between (outputs are small; the ends keep large, similar texts cheap).
  private static func editScript(_ a: [String], _ b: [String]) -> [Step] {
    var head = 0
    while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    let middleA = Array(a[head..<(a.count - tail)])
    let middleB = Array(b[head..<(b.count - tail)])
    var steps = (0..<head).map { Step(kind: .same, text: a[$0], oldLine: $0 + 1, newLine: $0 + 1) }
    var table = [[Int]](repeating: [Int](repeating: 0, count: middleB.count + 1), count: middleA.count + 1)
    for i in stride(from: middleA.count - 1, through: 0, by: -1) {
      for j in stride(from: middleB.count - 1, through: 0, by: -1) {
        table[i][j] =
          middleA[i] == middleB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var i = 0
    var j = 0
    while i < middleA.count || j < middleB.count {
      let oldLine = head + i + 1
      let newLine = head + j + 1
      if i < middleA.count, j < middleB.count, middleA[i] == middleB[j] {
        steps.append(Step(kind: .same, text: middleA[i], oldLine: oldLine, newLine: newLine))
        i += 1
        j += 1
      } else if i < middleA.count, j == middleB.count || table[i + 1][j] >= table[i][j + 1] {
        steps.append(Step(kind: .deleted, text: middleA[i], oldLine: oldLine, newLine: newLine))
        i += 1
      } else {
        steps.append(Step(kind: .inserted, text: middleB[j], oldLine: oldLine, newLine: newLine))
        j += 1
      }
    }
    for k in 0..<tail {
      steps.append(
        Step(kind: .same, text: a[a.count - tail + k], oldLine: a.count - tail + k + 1, newLine: b.count - tail + k + 1))
    }
    return steps
  }
}
