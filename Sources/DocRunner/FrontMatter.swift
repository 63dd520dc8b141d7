import Yams

/// The YAML front matter of a document: a block between a first line `---` and a line `---` or
/// `...`, whose top-level keys set options for the whole document.
public struct FrontMatter: Sendable, Equatable {
  /// The top-level keys and their scalar values as written (`theano_flags`, `timeout`, ...).
  public var values: [String: String]
  /// The number of lines the front matter takes, fences included (0 when there is none).
  public var lineCount: Int

  /// No front matter.
  public static let none = FrontMatter(values: [:], lineCount: 0)

  /// Creates front matter from values.
  public init(values: [String: String], lineCount: Int) {
    self.values = values
    self.lineCount = lineCount
  }

  /// Finds and parses the front matter at the start of a document.
  /// - Returns: the front matter and warnings (with their lines) about keys that are not scalars.
  /// - Throws: ``RunnerError/invalidFrontMatter(path:line:message:)`` for invalid YAML.
  static func parse(_ source: SourceText, path: String) throws -> (FrontMatter, [(line: Int, message: String)]) {
    guard source.lineCount >= 2, isFence(source.content(ofLine: 1).dropByteOrderMark(), opening: true)
    else { return (.none, []) }
    guard let closing = (2...source.lineCount).first(where: { isFence(source.content(ofLine: $0), opening: false) })
    else { return (.none, []) }
    let yamlLines = (2..<closing).map { String(decoding: source.content(ofLine: $0), as: UTF8.self) }
    let yaml = yamlLines.joined(separator: "\n")
    let node: Yams.Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw RunnerError.invalidFrontMatter(path: path, line: 2, message: "\(error)")
    } catch {
      throw RunnerError.invalidFrontMatter(path: path, line: 2, message: "\(error)")
    }
    var values: [String: String] = [:]
    var warnings: [(line: Int, message: String)] = []
    switch node {
    case nil:
      break
    case .mapping(let mapping)?:
      for (key, value) in mapping {
        guard let name = key.string else { continue }
        if let scalar = value.scalar {
          values[name] = scalar.string
        } else {
          let line = key.mark.map { $0.line + 1 } ?? 2
          warnings.append((line, "front matter key '\(name)' is not a scalar; ignored"))
        }
      }
    case .scalar?, .sequence?, .alias?:
      throw RunnerError.invalidFrontMatter(path: path, line: 2, message: "front matter must be a mapping of keys to values")
    }
    return (FrontMatter(values: values, lineCount: closing), warnings)
  }

  private static func isFence(_ line: some Collection<UInt8>, opening: Bool) -> Bool {
    let trimmed = line.reversed().drop(while: { $0 == .space || $0 == .tab }).reversed()
    if Array(trimmed) == [.hyphen, .hyphen, .hyphen] { return true }
    return !opening && Array(trimmed) == [.period, .period, .period]
  }
}

extension ArraySlice<UInt8> {
  /// The slice without a leading UTF-8 byte-order mark.
  func dropByteOrderMark() -> ArraySlice<UInt8> {
    starts(with: [0xEF, 0xBB, 0xBF]) ? dropFirst(3) : self
  }
}
