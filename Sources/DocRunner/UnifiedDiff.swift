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

  /// The shortest edit script by a longest-common-subsequence table (outputs are small).
  private static func editScript(_ a: [String], _ b: [String]) -> [Step] {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var steps: [Step] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        steps.append(Step(kind: .same, text: a[i], oldLine: i + 1, newLine: j + 1))
        i += 1
        j += 1
      } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
        steps.append(Step(kind: .deleted, text: a[i], oldLine: i + 1, newLine: j + 1))
        i += 1
      } else {
        steps.append(Step(kind: .inserted, text: b[j], oldLine: i + 1, newLine: j + 1))
        j += 1
      }
    }
    return steps
  }
}
