/// Theano's `theano.printing.min_informative_str`: the graph of `variable` with a letter per
/// variable, expanded down to named or ownerless variables; a variable met again prints as its
/// letter in angle brackets.
///
/// ```
/// A. Elemwise{add,no_inplace}
///  B. sigmoid
///   C. dot
///    D. W
///    E. x
///  <B>
/// ```
/// - Parameters:
///   - variable: the variable to describe.
///   - indentLevel: the indentation (spaces) of the first line; each level adds one.
/// - Returns: the lines, joined by newlines (no final newline).
public func minInformativeString(_ variable: Variable, indentLevel: Int = 0) -> String {
  var tags: [Variable: String] = [:]
  var lines: [String] = []
  var stack: [(Variable, Int)] = [(variable, indentLevel)]
  while let (current, level) = stack.popLast() {
    let indent = String(repeating: " ", count: level)
    if let tag = tags[current] {
      lines.append("\(indent)<\(tag)>")
      continue
    }
    let tag = letters(tags.count)
    tags[current] = tag
    if let name = current.name {
      lines.append("\(indent)\(tag). \(name)")
    } else if let owner = current.owner {
      lines.append("\(indent)\(tag). \(owner.op)")
      stack.append(contentsOf: owner.inputs.reversed().map { ($0, level + 1) })
    } else {
      lines.append("\(indent)\(tag). \(current)")
    }
  }
  return lines.joined(separator: "\n")
}
