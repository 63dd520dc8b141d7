import ArgumentParser

/// `quire update`: rewrites documents in place with fresh outputs.
struct Update: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run documents and rewrite them in place with fresh output blocks.")

  @Argument(help: "Markdown files, or folders searched for .md files.")
  var paths: [String]

  @OptionGroup var options: RunOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("update needs at least one path") }
  }

  func run() throws {
    try options.run(.update, paths: paths)
  }
}
