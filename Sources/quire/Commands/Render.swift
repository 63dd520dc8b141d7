import ArgumentParser

/// `quire render`: writes each document with outputs, and its HTML page, to the output folder.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run documents and write OUT/<path>.md (with outputs) and OUT/<path>.html.")

  @Argument(help: "Markdown files, or folders searched for .md files.")
  var paths: [String] = ["notebooks/"]

  @Option(name: .shortAndLong, help: ArgumentHelp("The output folder.", valueName: "folder"))
  var out = "output/"

  @OptionGroup var options: RunOptions

  func validate() throws {
    if out.isEmpty { throw ValidationError("--out needs a folder") }
  }

  func run() throws {
    let folder = out.count > 1 && out.hasSuffix("/") ? String(out.dropLast()) : out
    try options.run(.render(outputFolder: folder), paths: paths)
  }
}
