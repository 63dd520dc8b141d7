import Foundation

/// Runs the built `quire` binary, as a user would.
enum QuireBinary {
  /// What a run printed and how it exited.
  struct Result {
    let status: Int32
    let output: String
    let errors: String
  }

  /// The binary beside the test bundle in the build folder.
  static var path: String {
    var folder = Bundle.main.bundleURL
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("quire").path), folder.path != "/" {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("quire").path
  }

  /// Runs `quire` with arguments in a working folder.
  static func run(_ arguments: [String], in folder: String) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
      errors: String(decoding: errData, as: UTF8.self))
  }
}

/// A new folder holding the given files.
func folder(with files: [String: [UInt8]]) throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("quire-e2e-\(UUID().uuidString)").path
  for (name, bytes) in files {
    let file = URL(fileURLWithPath: path + "/" + name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
  }
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// A new folder holding the given text files.
func folder(with files: [String: String]) throws -> String {
  try folder(with: files.mapValues { Array($0.utf8) })
}

/// A file's text.
func text(_ path: String) throws -> String {
  try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
}
