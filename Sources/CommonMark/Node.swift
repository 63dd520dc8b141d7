import CCmark

/// A node of a ``Document``'s tree: a block (heading, code block, ...) or an inline.
///
/// A node keeps its document alive. Edits change the document's tree in place.
public struct Node {
  /// The document whose tree holds this node.
  public let document: Document
  /// The libcmark node.
  let pointer: OpaquePointer

  /// The node's kind.
  public var kind: NodeKind {
    // libcmark only reports CMARK_NODE_NONE for a NULL node, which a Node never holds.
    NodeKind(cmark_node_get_type(pointer)) ?? .document
  }

  /// The 1-based line where the node starts.
  public var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
  /// The 1-based line where the node ends (libcmark's value; see ``CodeBlock/isClosed``).
  public var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
  /// The 1-based byte column where the node starts.
  public var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
  /// The 1-based byte column where the node ends.
  public var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }

  /// The literal text of a code block, code span, text or HTML node; `""` for other kinds.
  public var literal: String {
    guard let text = cmark_node_get_literal(pointer) else { return "" }
    return String(cString: text)
  }

  /// The info string of a fenced code block; `""` for other nodes.
  public var fenceInfo: String {
    guard let text = cmark_node_get_fence_info(pointer) else { return "" }
    return String(cString: text)
  }

  /// The destination of a link or image; `""` for other nodes.
  public var url: String {
    guard let text = cmark_node_get_url(pointer) else { return "" }
    return String(cString: text)
  }

  /// Sets the destination of a link or image.
  /// - Throws: ``CommonMarkError/editRejected(_:)`` when the node is not a link or an image.
  public func setURL(_ url: String) throws {
    guard kind == .link || kind == .image, cmark_node_set_url(pointer, url) == 1 else {
      throw CommonMarkError.editRejected("set the URL of a \(kind) node")
    }
  }

  /// The parent node, `nil` for the document node or a detached node.
  public var parent: Node? { cmark_node_parent(pointer).map { Node(document: document, pointer: $0) } }
  /// The next sibling.
  public var next: Node? { cmark_node_next(pointer).map { Node(document: document, pointer: $0) } }
  /// The previous sibling.
  public var previous: Node? {
    cmark_node_previous(pointer).map { Node(document: document, pointer: $0) }
  }

  /// The node's children in order.
  public var children: [Node] {
    var result: [Node] = []
    var child = cmark_node_first_child(pointer)
    while let current = child {
      result.append(Node(document: document, pointer: current))
      child = cmark_node_next(current)
    }
    return result
  }

  /// Whether two values denote the same node of the same tree.
  public func isSameNode(as other: Node) -> Bool { pointer == other.pointer }

  /// Sets the info string of a code block.
  /// - Throws: ``CommonMarkError/editRejected(_:)`` when the node is not a code block.
  public func setFenceInfo(_ info: String) throws {
    guard cmark_node_set_fence_info(pointer, info) == 1 else {
      throw CommonMarkError.editRejected("set the info string of a \(kind) node")
    }
  }

  /// Removes the node from the tree. It stays valid (and is freed with its document).
  public func detach() {
    guard parent != nil else { return }
    cmark_node_unlink(pointer)
    document.adopt(detached: pointer)
  }

  /// Moves this block into a new custom block at its place, whose HTML rendering starts with
  /// `before` and ends with `after` (both written verbatim, even when raw HTML is not allowed).
  /// - Parameters:
  ///   - before: the HTML written where the wrapper starts.
  ///   - after: the HTML written where the wrapper ends.
  /// - Returns: the new custom block.
  /// - Throws: ``CommonMarkError/editRejected(_:)`` for an inline or a node without parent.
  @discardableResult
  public func wrap(htmlBefore before: String, htmlAfter after: String) throws -> Node {
    guard kind.isBlock, parent != nil, let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
      throw CommonMarkError.editRejected("wrap a \(kind) node")
    }
    cmark_node_set_on_enter(wrapper, before)
    cmark_node_set_on_exit(wrapper, after)
    guard cmark_node_insert_before(pointer, wrapper) == 1,
      cmark_node_append_child(wrapper, pointer) == 1
    else {
      cmark_node_free(wrapper)
      throw CommonMarkError.editRejected("wrap a \(kind) node")
    }
    return Node(document: document, pointer: wrapper)
  }
}
