/// The errors of the CommonMark module.
public enum CommonMarkError: Error, Equatable, CustomStringConvertible {
  /// libcmark could not allocate or parse the document.
  case parseFailed
  /// libcmark refused a tree edit (for example a block where only inlines may go).
  case editRejected(String)

  /// A message for people.
  public var description: String {
    switch self {
    case .parseFailed: "libcmark could not parse the document"
    case .editRejected(let what): "libcmark rejected the edit: \(what)"
    }
  }
}
