/// How `debugprint` identifies printed items (Theano's `ids` argument).
public enum DebugPrintIDs: Sendable {
  /// `[id A]`, `[id B]`, ... (Theano's default, `"CHAR"`).
  case char
  /// `[id 0]`, `[id 1]`, ... (`"int"`).
  case int
  /// No identifier (`""`).
  case none
}

/// Options of Theano's `debugprint`.
public struct DebugPrintOptions: Sendable {
  /// Levels to print (`-1`: all).
  public var depth: Int = -1
  /// Whether to append each variable's type (` <TensorType(float64, matrix)>`).
  public var printType: Bool = false
  /// The identifier style.
  public var ids: DebugPrintIDs = .char
  /// Whether to stop below named variables.
  public var stopOnName: Bool = false

  /// Creates options with Theano's defaults.
  public init(
    depth: Int = -1, printType: Bool = false, ids: DebugPrintIDs = .char, stopOnName: Bool = false
  ) {
    self.depth = depth
    self.printType = printType
    self.ids = ids
    self.stopOnName = stopOnName
  }
}

/// One root of a debugprint: a variable, and for compiled graphs the topological order whose
/// positions are printed after each node.
public struct DebugPrintRoot {
  /// The variable printed at the root.
  public let variable: Variable
  /// The order of a compiled graph (positions are printed), or `nil` for a plain graph.
  public let order: [Apply]?

  /// Creates a root.
  public init(_ variable: Variable, order: [Apply]? = nil) {
    self.variable = variable
    self.order = order
  }
}

/// Theano's `debugprint` text for `roots`, one line per variable, ` |` marking the tree.
///
/// A node reached a second time prints one line and no subtree. `done` carries the nodes already
/// printed across calls (Theano's `done` argument); identifiers restart at each call, as in Theano.
/// - Parameters:
///   - roots: the variables to print, each with its optional order.
///   - options: the printing options.
///   - done: nodes printed so far; updated.
/// - Returns: the text, each line ending in a newline.
public func debugPrint(
  _ roots: [DebugPrintRoot], options: DebugPrintOptions = DebugPrintOptions(),
  done: inout Set<Apply>
) -> String {
  var printer = DebugPrinter(options: options, done: done)
  for root in roots {
    let positions = root.order.map { order in
      Dictionary(order.enumerated().map { (ObjectIdentifier($1), $0) }) { first, _ in first }
    }
    printer.print(root.variable, depth: options.depth, positions: positions)
  }
  done = printer.done
  return printer.text
}

private struct DebugPrinter {
  let options: DebugPrintOptions
  var done: Set<Apply>
  var ids: [ObjectIdentifier: String] = [:]
  var keepAlive: [AnyObject] = []
  var text = ""

  init(options: DebugPrintOptions, done: Set<Apply>) {
    self.options = options
    self.done = done
  }

  mutating func identifier(_ object: AnyObject) -> String {
    let key = ObjectIdentifier(object)
    if let known = ids[key] { return known }
    let made: String
    switch options.ids {
    case .char: made = "[id \(letters(ids.count))]"
    case .int: made = "[id \(ids.count)]"
    case .none: made = ""
    }
    ids[key] = made
    keepAlive.append(object)
    return made
  }

  /// Prints iteratively: a stack of (variable, prefix, child prefix, depth).
  mutating func print(_ root: Variable, depth: Int, positions: [ObjectIdentifier: Int]?) {
    var stack: [(Variable, String, String, Int)] = [(root, "", "", depth)]
    while let (variable, prefix, childPrefix, level) = stack.popLast() {
      if level == 0 { continue }
      let typeText = options.printType ? " <\(variable.type)>" : ""
      guard let node = variable.owner else {
        text += "\(prefix)\(variable) \(identifier(variable))\(typeText)\n"
        continue
      }
      let alreadyPrinted = done.contains(node)
      done.insert(node)
      let id = identifier(node)
      let index = node.outputTypes.count == 1 ? "" : ".\(variable.index)"
      var position = ""
      if let positions, let found = positions[ObjectIdentifier(node)] { position = "\(found)" }
      text += "\(prefix)\(node.op)\(index) \(id)\(typeText) '\(variable.name ?? "")'   \(position)\n"
      if alreadyPrinted || (options.stopOnName && variable.name != nil) { continue }
      var children: [(Variable, String, String, Int)] = []
      for (offset, input) in node.inputs.enumerated() {
        let last = offset == node.inputs.count - 1
        children.append((input, childPrefix + " |", childPrefix + (last ? "  " : " |"), level - 1))
      }
      stack.append(contentsOf: children.reversed())
    }
  }
}

/// Theano's `char_from_number`: 0 → A, 25 → Z, 26 → BA.
func letters(_ number: Int) -> String {
  if number == 0 { return "A" }
  var value = number
  var result = ""
  while value != 0 {
    let scalar = Unicode.Scalar(UInt8(65 + value % 26))
    result = String(Character(scalar)) + result
    value /= 26
  }
  return result
}
