import Foundation

/// The Markdown documents named by command-line paths.
public struct DocumentSet: Sendable, Equatable {
  /// One document.
  public struct Entry: Sendable, Equatable {
    /// The path to read, as given or found under a given folder.
    public var path: String
    /// The path below the folder it was found in (its base name for a file given directly).
    public var relativePath: String
  }

  /// The documents, folders' contents sorted by path.
  public var entries: [Entry]

  /// Collects documents: a file is taken as it is; a folder gives every `.md` file below it
  /// (hidden folders and files skipped).
  /// - Parameters:
  ///   - paths: files and folders.
  ///   - excluding: a folder whose documents are never collected (the output folder).
  /// - Throws: ``RunnerError/missingPath(_:)`` for a path that does not exist.
  public init(paths: [String], excluding: String? = nil) throws {
    let manager = FileManager.default
    let excluded = excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
    var entries: [Entry] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { throw RunnerError.missingPath(path) }
      guard isFolder.boolValue else {
        entries.append(Entry(path: path, relativePath: URL(fileURLWithPath: path).lastPathComponent))
        continue
      }
      let root = URL(fileURLWithPath: path)
      let found = try Self.markdownFiles(under: root).filter { relative in
        guard let excluded else { return true }
        return !(root.appendingPathComponent(relative).standardizedFileURL.path).hasPrefix(excluded)
      }
      let prefix = path.hasSuffix("/") ? path : path + "/"
      entries += found.map { Entry(path: prefix + $0, relativePath: $0) }
    }
    self.entries = entries
  }

  /// The output paths that two entries share, as an error.
  public func collision() -> RunnerError? {
    var seen: [String: String] = [:]
    for entry in entries {
      if let first = seen[entry.relativePath] {
        return .outputCollision(path: entry.relativePath, first: first, second: entry.path)
      }
      seen[entry.relativePath] = entry.path
    }
    return nil
  }

  /// Relative paths of `.md` files below a folder, sorted, found with an explicit stack.
  private static func markdownFiles(under root: URL) throws -> [String] {
    let manager = FileManager.default
    var result: [String] = []
    var pending = [""]
    while let relative = pending.popLast() {
      let folder = relative.isEmpty ? root : root.appendingPathComponent(relative)
      let names: [String]
      do {
        names = try manager.contentsOfDirectory(atPath: folder.path)
      } catch {
        throw RunnerError.unreadable(path: folder.path, reason: (error as NSError).localizedDescription)
      }
      for name in names where !name.hasPrefix(".") {
        let child = relative.isEmpty ? name : relative + "/" + name
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root.appendingPathComponent(child).path, isDirectory: &isFolder) else {
          continue
        }
        if isFolder.boolValue {
          pending.append(child)
        } else if name.hasSuffix(".md") {
          result.append(child)
        }
      }
    }
    return result.sorted()
  }
}
