import ArgumentParser
import DocRunner
import Foundation

/// `quire`: runs the Python blocks of Markdown documents and writes or checks their outputs.
@main
struct Quire: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quire",
    abstract: "Run the Python blocks of Markdown documents; write or check their outputs.",
    discussion: """
      Exit status: 0 when every document ran as expected, 1 when a block failed or an output \
      did not match, 2 for a usage or file error.
      """,
    subcommands: [Render.self, Update.self, Check.self])

  /// Parses, runs, and maps errors to the exit statuses the README promises (2 for usage).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      guard code != .success else { exit(withError: error) }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(Batch.ExitStatus.ioError.rawValue)
    }
  }
}
