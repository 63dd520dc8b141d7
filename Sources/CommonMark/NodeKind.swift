import CCmark

/// The kind of a node of a Markdown tree, mirroring libcmark's `cmark_node_type`.
public enum NodeKind: Sendable, Equatable, CaseIterable {
  case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
  case thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline, emphasis
  case strong, link, image

  /// The kind of a libcmark node type, or `nil` for `CMARK_NODE_NONE`.
  init?(_ type: cmark_node_type) {
    guard let kind = NodeKind.allCases.first(where: { $0.cmarkType == type }) else { return nil }
    self = kind
  }

  /// The libcmark node type of this kind.
  var cmarkType: cmark_node_type {
    switch self {
    case .document: CMARK_NODE_DOCUMENT
    case .blockQuote: CMARK_NODE_BLOCK_QUOTE
    case .list: CMARK_NODE_LIST
    case .item: CMARK_NODE_ITEM
    case .codeBlock: CMARK_NODE_CODE_BLOCK
    case .htmlBlock: CMARK_NODE_HTML_BLOCK
    case .customBlock: CMARK_NODE_CUSTOM_BLOCK
    case .paragraph: CMARK_NODE_PARAGRAPH
    case .heading: CMARK_NODE_HEADING
    case .thematicBreak: CMARK_NODE_THEMATIC_BREAK
    case .text: CMARK_NODE_TEXT
    case .softBreak: CMARK_NODE_SOFTBREAK
    case .lineBreak: CMARK_NODE_LINEBREAK
    case .code: CMARK_NODE_CODE
    case .htmlInline: CMARK_NODE_HTML_INLINE
    case .customInline: CMARK_NODE_CUSTOM_INLINE
    case .emphasis: CMARK_NODE_EMPH
    case .strong: CMARK_NODE_STRONG
    case .link: CMARK_NODE_LINK
    case .image: CMARK_NODE_IMAGE
    }
  }

  /// Whether nodes of this kind are blocks (as opposed to inlines).
  public var isBlock: Bool {
    switch self {
    case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph,
      .heading, .thematicBreak:
      true
    case .text, .softBreak, .lineBreak, .code, .htmlInline, .customInline, .emphasis, .strong,
      .link, .image:
      false
    }
  }
}
