/// The JSON report other tools read:
///
/// ```json
/// {"version": 1, "documents": [{"path": "...", "status": "ok|failed|error", "seconds": 0.01,
///  "blocks": [{"index": 0, "line": 12, "kind": "plain|doctest",
///              "status": "ok|error|mismatch|skipped", "output": "...", "seconds": 0.001}]}]}
/// ```
public enum RunReport {
  /// The report's format version.
  public static let version = 1

  /// The JSON text of a report, keys in the documented order, ending with a line end.
  /// - Parameter documents: the outcomes, in the order they should appear.
  public static func json(_ documents: [DocumentOutcome]) -> String {
    var text = "{\n  \"version\": \(version),\n  \"documents\": ["
    for (number, document) in documents.enumerated() {
      text += number == 0 ? "\n" : ",\n"
      text += "    {\"path\": \(quote(document.path)), \"status\": \(quote(document.status.rawValue)), "
      text += "\"seconds\": \(seconds(document.seconds)), \"blocks\": ["
      for (index, block) in document.blocks.enumerated() {
        text += index == 0 ? "\n" : ",\n"
        text += "      {\"index\": \(block.index), \"line\": \(block.line), \"kind\": \(quote(block.kind.rawValue)), "
        text += "\"status\": \(quote(block.status.rawValue)), \"output\": \(quote(block.output)), "
        text += "\"seconds\": \(seconds(block.seconds))}"
      }
      text += document.blocks.isEmpty ? "]}" : "\n    ]}"
    }
    text += documents.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    return text
  }

  /// A JSON string literal.
  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// Seconds with microsecond precision and no trailing zeros (`0.01`, `1.5`, `0.0`).
  static func seconds(_ value: Double) -> String {
    let micro = Int((max(value, 0) * 1_000_000).rounded())
    let fraction = String(micro % 1_000_000)
    var digits = String(repeating: "0", count: 6 - fraction.count) + fraction
    while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
    return "\(micro / 1_000_000).\(digits)"
  }
}
