import ArgumentParser
import DocRunner
import Foundation

/// Options shared by every command.
struct RunOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Documents run in parallel, each in its own interpreter (default: the number of cores).")
  var jobs: Int?

  @Option(help: ArgumentHelp("Write a JSON report of every document and block to this file.", valueName: "file"))
  var report: String?

  @Option(help: ArgumentHelp("Time limit of a block in seconds, unless its options or the front matter set one.", valueName: "seconds"))
  var timeout: Double = 120

  @Flag(name: .shortAndLong, help: "Print only errors and check differences.")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Also print every block's status and output.")
  var verbose = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
    if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
  }

  /// Runs a command over paths and exits with the batch's status when it is not success.
  func run(_ command: Batch.Command, paths: [String]) throws {
    let batch = Batch(
      command: command, paths: paths, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      reportPath: report, verbosity: quiet ? .quiet : verbose ? .verbose : .normal, defaultTimeout: timeout)
    let (status, _) = batch.run(executorFactory: PythonExecutor.factory, console: .standard())
    if status != .success { throw ExitCode(status.rawValue) }
  }
}
