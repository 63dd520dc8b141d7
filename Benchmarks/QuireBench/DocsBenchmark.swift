import DocRunner
import Foundation

/// `QuireBench docs`: how fast the document runner goes.
///
/// 1. Documents per second for 1,000 generated documents of 20 Python blocks each, through the
///    built `quire` binary (real interpreter), with one job and with one job per core; and the
///    same documents through the runner in-process with an executor that runs nothing, which is
///    the runner's own cost (parsing, splicing, HTML, writing).
/// 2. Wall time of `quire render` on `notebooks/` beside the `cmark` command rendering the same
///    files to HTML, so the runner's overhead over plain Markdown rendering is visible.
enum DocsBenchmark {
  static func run(_ arguments: [String]) throws {
    let count = arguments.first.flatMap(Int.init) ?? 1000
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quire-bench-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    try generate(count: count, blocks: 20, in: scratch + "/docs")
    let quire = siblingExecutable("quire")
    print("documents: \(count) generated documents of 20 blocks each; \(cores) cores")
    print("  (wall-clock rates; the machine is shared, so CPU seconds are given too)")
    for jobs in Set([1, cores]).sorted() {
      var inProcessCPU = 0.0
      var realCPU = 0.0
      let inProcess = try measure(cpu: &inProcessCPU) {
        let batch = Batch(command: .render(outputFolder: scratch + "/null-\(jobs)"), paths: [scratch + "/docs"], jobs: jobs, verbosity: .quiet)
        _ = batch.run(executorFactory: { _ in EchoExecutor() }, console: silentConsole)
      }
      let real = try measure(cpu: &realCPU) {
        try runProcess(quire, ["render", scratch + "/docs", "--out", scratch + "/out-\(jobs)", "--jobs", "\(jobs)", "--quiet"])
      }
      print(
        "  jobs=\(jobs): quire render \(rate(count, real)) docs/s (\(ms(real)) ms wall, \(ms(realCPU)) ms CPU);"
          + " runner alone (no interpreter) \(rate(count, inProcess)) docs/s (\(ms(inProcess)) ms wall,"
          + " \(ms(inProcessCPU)) ms CPU)")
    }
    let notebooks = arguments.dropFirst().first ?? "notebooks"
    let files = try DocumentSet(paths: [notebooks]).entries.map(\.path)
    let render = try measure {
      try runProcess(quire, ["render", notebooks, "--out", scratch + "/notebooks-out", "--jobs", "1", "--quiet"])
    }
    let cmarkEach = try measure {
      for file in files { try runProcess("/usr/bin/cmark", [file]) }
    }
    let cmarkOnce = try measure { try runProcess("/usr/bin/cmark", files) }
    print("notebooks: \(files.count) files in \(notebooks)/")
    print(
      "  quire render --jobs 1: \(ms(render)) ms (runs every block);"
        + " cmark, one process per file: \(ms(cmarkEach)) ms (quire/cmark \(ratio(render, cmarkEach)));"
        + " cmark, one process for all: \(ms(cmarkOnce)) ms (quire/cmark \(ratio(render, cmarkOnce)))")
  }

  /// An executor that runs nothing and echoes the code: the runner's own work only.
  struct EchoExecutor: CodeExecutor {
    mutating func execute(_ request: ExecutionRequest) -> ExecutionResult {
      ExecutionResult(output: request.code)
    }
  }

  static let silentConsole = Console(output: { _ in }, errors: { _ in }, showsProgress: false)

  /// Writes `count` documents of `blocks` small Python blocks each.
  static func generate(count: Int, blocks: Int, in folder: String) throws {
    for document in 0..<count {
      var text = "# Generated document \(document)\n\nSome prose before the code.\n"
      for block in 0..<blocks {
        text += "\n```python\nvalue_\(block) = \(document) * \(block) + \(block)\nprint(\"block\", \(block), value_\(block))\n```\n"
      }
      try AtomicFile.write(Array(text.utf8), to: "\(folder)/\(document / 100)/doc\(document).md")
    }
  }

  static func siblingExecutable(_ name: String) -> String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path
  }

  static func runProcess(_ path: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
  }

  /// The best wall time of two runs (the machine is shared; the first run also warms caches);
  /// the CPU seconds (user + system, this process and its children) of that run go to `cpu`.
  static func measure(cpu: inout Double, _ body: () throws -> Void) throws -> Double {
    var best = Double.infinity
    for _ in 0..<2 {
      let cpuStart = cpuSeconds()
      let start = ContinuousClock.now
      try body()
      let elapsed = ContinuousClock.now - start
      let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      if wall < best {
        best = wall
        cpu = cpuSeconds() - cpuStart
      }
    }
    return best
  }

  static func measure(_ body: () throws -> Void) throws -> Double {
    var cpu = 0.0
    return try measure(cpu: &cpu, body)
  }

  /// User plus system CPU seconds of this process and its waited-for children.
  static func cpuSeconds() -> Double {
    var total = 0.0
    for who in [RUSAGE_SELF.rawValue, RUSAGE_CHILDREN.rawValue] {
      var usage = rusage()
      getrusage(__rusage_who_t(who), &usage)
      total += Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
      total += Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
    }
    return total
  }

  static func rate(_ count: Int, _ seconds: Double) -> String { String(format: "%.0f", Double(count) / seconds) }
  static func ratio(_ a: Double, _ b: Double) -> String { String(format: "%.1fx", a / b) }
  static func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}
