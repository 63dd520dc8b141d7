import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file beside the target, which is then
/// renamed over it. A failure part-way leaves the old file as it was and no temporary behind.
public enum AtomicFile {
  /// Writes bytes to a path, creating missing parent folders.
  /// - Parameters:
  ///   - bytes: the new contents.
  ///   - path: the file to replace or create.
  ///   - durable: flush the bytes to the disk before the rename (for files that cannot be
  ///     made again, such as the author's documents), so not even a power loss leaves an empty file.
  ///   - beforeRename: called after the temporary file is complete (tests interrupt writes here).
  /// - Throws: ``RunnerError/unwritable(path:reason:)``.
  public static func write(
    _ bytes: [UInt8], to path: String, durable: Bool = false, beforeRename: () throws -> Void = {}
  ) throws {
    // Write through a symbolic link to its target, so the link itself stays a link.
    let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let folder = url.deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw RunnerError.unwritable(path: folder, reason: reason(error))
    }
    var template = Array("\(folder)/.\(url.lastPathComponent).quire-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw RunnerError.unwritable(path: path, reason: lastError()) }
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var renamed = false
    var open = true
    defer {
      if open { close(descriptor) }
      if !renamed { unlink(temporary) }
    }
    do {
      try writeAll(bytes, to: descriptor, path: path)
      if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
        let permissions = attributes[.posixPermissions] as? NSNumber
      {
        fchmod(descriptor, mode_t(permissions.uint16Value))
      } else {
        fchmod(descriptor, 0o644)
      }
      guard !durable || fsync(descriptor) == 0 else { throw RunnerError.unwritable(path: path, reason: lastError()) }
      close(descriptor)
      open = false
      try beforeRename()
    } catch {
      throw error as? RunnerError ?? RunnerError.unwritable(path: path, reason: reason(error))
    }
    guard rename(temporary, url.path) == 0 else { throw RunnerError.unwritable(path: path, reason: lastError()) }
    renamed = true
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw RunnerError.unwritable(path: path, reason: lastError())
      }
      offset += written
    }
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }

  private static func reason(_ error: Error) -> String {
    if let error = error as? RunnerError { return error.description }
    return (error as NSError).localizedDescription
  }
}
