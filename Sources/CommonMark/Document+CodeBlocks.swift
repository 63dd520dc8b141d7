import CCmark

/// A code block of a document, with its place in the source.
public struct CodeBlock {
  /// The code block's node in the tree.
  public let node: Node
  /// The info string (`""` for indented blocks and fences without one).
  public let info: String
  /// The code, as libcmark extracted it (line ends normalised to `\n`).
  public let literal: String
  /// The 1-based line of the opening fence (or first line of an indented block).
  public let startLine: Int
  /// The 1-based last line libcmark assigned to the block: the closing fence when there is one.
  public let endLine: Int
  /// The 1-based byte column where the block starts inside its container.
  public let startColumn: Int
  /// Whether the block is a direct child of the document (not inside a list or quote).
  public let isTopLevel: Bool

  /// The first word of the info string: the block's language.
  public var language: String {
    info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
  }

  /// The block directly after this one among its siblings, if it is a code block.
  public var followingCodeBlock: CodeBlock? {
    guard let next = node.next, next.kind == .codeBlock else { return nil }
    return CodeBlock(next)
  }

  init(_ node: Node) {
    self.node = node
    info = node.fenceInfo
    literal = node.literal
    startLine = node.startLine
    endLine = node.endLine
    startColumn = node.startColumn
    isTopLevel = node.parent?.kind == .document
  }
}

extension Document {
  /// Every code block of the document, in source order, at any depth.
  public var codeBlocks: [CodeBlock] { nodes(ofKind: .codeBlock).map(CodeBlock.init) }

  /// Every node of a kind, in source order, at any depth.
  public func nodes(ofKind kind: NodeKind) -> [Node] {
    var nodes: [Node] = []
    guard let iterator = cmark_iter_new(root) else { return nodes }
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
        let pointer = cmark_iter_get_node(iterator), cmark_node_get_type(pointer) == kind.cmarkType
      else { continue }
      nodes.append(Node(document: self, pointer: pointer))
    }
    return nodes
  }

  /// The plain text of the first heading, for titles; `nil` when there is none.
  public var firstHeadingText: String? {
    guard let iterator = cmark_iter_new(root) else { return nil }
    defer { cmark_iter_free(iterator) }
    var inHeading: OpaquePointer?
    var text = ""
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let pointer = cmark_iter_get_node(iterator) else { continue }
      let entering = cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
      let type = cmark_node_get_type(pointer)
      if type == CMARK_NODE_HEADING {
        if entering { inHeading = pointer } else { return text }
      } else if inHeading != nil, entering, type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
        text += cmark_node_get_literal(pointer).map { String(cString: $0) } ?? ""
      } else if inHeading != nil, type == CMARK_NODE_SOFTBREAK {
        text += " "
      }
    }
    return nil
  }
}
