import CommonMark

/// The standalone HTML page of a document with outputs: libcmark's HTML inside a template.
///
/// Output blocks are wrapped in `<div class="quire-output">` (`quire-output quire-error` when the
/// block raised); the source of `hide` blocks is left out.
struct HTMLPage {
  let markdown: [UInt8]
  let frontMatter: FrontMatter
  let fileName: String
  let path: String
  let blocks: [BlockOutcome]

  func render() throws -> String {
    let source = SourceText(markdown)
    let parsed = try ParsedMarkdown(source: source, frontMatter: frontMatter, path: path)
    let discovery = Discovery(document: parsed.document, source: source)
    for (block, outcome) in zip(discovery.blocks, blocks) {
      if let output = block.outputNode {
        let classes = outcome.raised ? "quire-output quire-error" : "quire-output"
        try output.wrap(htmlBefore: "<div class=\"\(classes)\">", htmlAfter: "</div>")
      }
      if outcome.options.hide { block.node.detach() }
    }
    for link in parsed.document.nodes(ofKind: .link) {
      if let target = HTMLPage.pageLink(link.url) { try link.setURL(target) }
    }
    let title = parsed.document.firstHeadingText ?? fileName
    let body = parsed.document.renderHTML()
    return HTMLTemplate.page(title: title, body: body)
  }
}

extension HTMLPage {
  /// The link to the rendered page of a relative link to a Markdown document
  /// (`other.md#part` → `other.html#part`); `nil` for any other link.
  static func pageLink(_ url: String) -> String? {
    let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let path = parts[0]
    guard path.hasSuffix(".md"), !path.contains(":"), !path.hasPrefix("/") else { return nil }
    return path.dropLast(3) + ".html" + (parts.count > 1 ? "#" + parts[1] : "")
  }
}

/// The page around libcmark's HTML.
enum HTMLTemplate {
  /// A complete HTML page.
  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="quire">
    <title>\(escape(title))</title>
    <style>
    \(css)</style>
    </head>
    <body>
    <main>
    \(body)</main>
    </body>
    </html>

    """
  }

  /// Escapes text for HTML.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  static let css = """
    :root { color-scheme: light; }
    body { margin: 0; background: #fdfdfc; color: #1f2328;
      font: 17px/1.6 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
    main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
    h1, h2, h3 { line-height: 1.25; margin: 2rem 0 1rem; }
    h1 { font-size: 2rem; border-bottom: 1px solid #d8dee4; padding-bottom: .3rem; }
    a { color: #0969da; }
    code { font: .9em/1.45 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, monospace; }
    :not(pre) > code { background: #eff1f3; padding: .1em .3em; border-radius: 4px; }
    pre { background: #f3f4f6; border: 1px solid #d8dee4; border-radius: 6px; padding: .8rem 1rem;
      overflow-x: auto; }
    .quire-output { position: relative; margin: -.6rem 0 1.2rem; }
    .quire-output pre { background: #ffffff; border-left: 4px solid #2da44e; border-radius: 0 0 6px 6px; }
    .quire-output::before { content: "output"; position: absolute; right: .6rem; top: .3rem;
      font: 11px/1 ui-monospace, monospace; color: #57606a; text-transform: uppercase; }
    .quire-error pre { background: #fff5f5; border-left-color: #cf222e; color: #82071e; }
    .quire-error::before { content: "error"; color: #cf222e; }
    blockquote { margin: 0; padding: 0 1rem; color: #57606a; border-left: 4px solid #d0d7de; }
    table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: .3rem .6rem; }

    """
}
