import ArgumentParser

/// `quire check`: compares fresh outputs with the recorded ones and doctest expectations.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run documents and compare every output with the recorded output block; write nothing.")

  @Argument(help: "Markdown files, or folders searched for .md files.")
  var paths: [String]

  @OptionGroup var options: RunOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("check needs at least one path") }
  }

  func run() throws {
    try options.run(.check, paths: paths)
  }
}
