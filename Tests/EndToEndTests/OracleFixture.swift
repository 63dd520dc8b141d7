import Foundation

/// The expected outputs the oracle (real CPython/Theano) produced for a notebook.
struct OracleFixture: Decodable {
  struct Block: Decodable {
    let index: Int
    let line: Int
    let kind: String
    let output: String
  }

  let blocks: [Block]

  /// Loads `Fixtures/oracle/<relative path>.expected.json`.
  static func load(_ relativePath: String) throws -> OracleFixture {
    let name = relativePath.replacingOccurrences(of: ".md", with: ".expected.json")
    guard let url = Bundle.module.url(forResource: "Fixtures/oracle/" + name, withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile)
    }
    return try JSONDecoder().decode(OracleFixture.self, from: Data(contentsOf: url))
  }
}

/// The repository's root folder (this file is Tests/EndToEndTests/OracleFixture.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path

/// The report written by a run, decoded.
struct Report: Decodable {
  struct Document: Decodable {
    let path: String
    let status: String
    let blocks: [Block]
  }

  struct Block: Decodable {
    let index: Int
    let line: Int
    let kind: String
    let status: String
    let output: String
  }

  let version: Int
  let documents: [Document]

  static func load(_ path: String) throws -> Report {
    try JSONDecoder().decode(Report.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
  }
}
