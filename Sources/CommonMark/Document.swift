import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Markdown document parsed by libcmark.
///
/// The document owns libcmark's tree and frees it when it is deallocated; ``Node`` values keep
/// their document alive, so a node never outlives the tree it points into.
///
/// ```swift
/// let document = try Document(markdown: "# Title\n\n```python\nprint(1)\n```\n")
/// for block in document.codeBlocks { print(block.info, block.startLine) }
/// let html = document.renderHTML()
/// ```
public final class Document {
  /// The root of libcmark's tree.
  let root: OpaquePointer
  /// Nodes unlinked from the tree, freed with the document.
  private var detached: [OpaquePointer] = []

  /// Parses Markdown bytes.
  /// - Parameters:
  ///   - bytes: the document's bytes (UTF-8; a leading byte-order mark is ignored by libcmark).
  ///   - options: parse options; source positions are always recorded.
  /// - Throws: ``CommonMarkError/parseFailed`` when libcmark returns no tree.
  public init(bytes: [UInt8], options: ParseOptions = []) throws {
    let flags = options.union(.sourcePositions).rawValue
    // An empty array may have no storage; give libcmark a valid pointer with length 0.
    let storage = bytes.isEmpty ? [0] : bytes
    let parsed = storage.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        chars.baseAddress.flatMap { cmark_parse_document($0, bytes.count, flags) }
      }
    }
    guard let parsed else { throw CommonMarkError.parseFailed }
    root = parsed
  }

  /// Parses a Markdown string.
  /// - Parameters:
  ///   - markdown: the document's text.
  ///   - options: parse options; source positions are always recorded.
  /// - Throws: ``CommonMarkError/parseFailed`` when libcmark returns no tree.
  public convenience init(markdown: String, options: ParseOptions = []) throws {
    try self.init(bytes: Array(markdown.utf8), options: options)
  }

  deinit {
    cmark_node_free(root)
    for node in detached { cmark_node_free(node) }
  }

  /// The document node, root of the tree.
  public var rootNode: Node { Node(document: self, pointer: root) }

  /// Renders the document as an HTML fragment with libcmark's HTML renderer.
  /// - Parameter options: render options (raw HTML is omitted unless ``RenderOptions/unsafe``).
  /// - Returns: the HTML text.
  public func renderHTML(options: RenderOptions = []) -> String {
    guard let html = cmark_render_html(root, options.rawValue) else { return "" }
    defer { free(html) }
    return String(cString: html)
  }

  /// Keeps an unlinked node alive until the document goes away.
  func adopt(detached node: OpaquePointer) {
    detached.append(node)
  }
}
