import Dispatch
import Foundation
import Synchronization

/// A `quire` command's work: run documents, write results, report, and choose the exit status.
public struct Batch: Sendable {
  /// What to do with each document.
  public enum Command: Sendable, Equatable {
    /// Write `OUT/<relative path>.md` and `.html` with fresh outputs.
    case render(outputFolder: String)
    /// Rewrite each document in place with fresh outputs.
    case update
    /// Compare fresh outputs with the recorded ones; write nothing.
    case check
  }

  /// The exit statuses.
  public enum ExitStatus: Int32, Sendable {
    /// Every document ran as expected.
    case success = 0
    /// A block failed, mismatched, or a document could not be processed.
    case failure = 1
    /// Bad usage or an input/output error.
    case ioError = 2
  }

  /// The command.
  public var command: Command
  /// Files and folders of documents.
  public var paths: [String]
  /// Documents run at the same time (each with its own executor).
  public var jobs: Int
  /// Where to write the JSON report, if anywhere.
  public var reportPath: String?
  /// How much to print.
  public var verbosity: Verbosity
  /// The time limit of blocks that set none.
  public var defaultTimeout: Double?

  /// Creates a batch.
  public init(
    command: Command, paths: [String], jobs: Int, reportPath: String? = nil, verbosity: Verbosity = .normal,
    defaultTimeout: Double? = nil
  ) {
    self.command = command
    self.paths = paths
    self.jobs = jobs
    self.reportPath = reportPath
    self.verbosity = verbosity
    self.defaultTimeout = defaultTimeout
  }

  /// Runs the batch.
  /// - Parameters:
  ///   - executorFactory: makes a fresh executor for each document.
  ///   - console: where messages go.
  /// - Returns: the exit status and the outcomes, in document order.
  public func run(executorFactory: @escaping ExecutorFactory, console: Console) -> (ExitStatus, [DocumentOutcome]) {
    let documents: DocumentSet
    do {
      documents = try prepare()
    } catch {
      console.printError("quire: error: \(error)\n")
      return (.ioError, [])
    }
    let runner = DocumentRunner(executorFactory: executorFactory, defaultTimeout: defaultTimeout)
    let entries = documents.entries
    let results = Mutex([DocumentOutcome?](repeating: nil, count: entries.count))
    let next = Mutex(0)
    let workers = max(1, min(jobs, entries.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index: Int? = next.withLock { value in
          guard value < entries.count else { return nil }
          value += 1
          return value - 1
        }
        guard let index else { return }
        let outcome = process(entries[index], runner: runner)
        let done = results.withLock { results in
          results[index] = outcome
          return results.count(where: { $0 != nil })
        }
        console.progress("[\(done)/\(entries.count)] \(entries[index].path)")
      }
    }
    console.endProgress()
    let outcomes = results.withLock { $0.compactMap { $0 } }
    var status = Messages(verbosity: verbosity, console: console).show(outcomes, command: command)
    if let reportPath {
      do {
        try AtomicFile.write(Array(RunReport.json(outcomes).utf8), to: reportPath)
      } catch {
        console.printError("quire: error: \(error)\n")
        status = .ioError
      }
    }
    return (status, outcomes)
  }

  /// Finds the documents and checks the output folder before anything runs.
  private func prepare() throws -> DocumentSet {
    switch command {
    case .render(let folder):
      let documents = try DocumentSet(paths: paths, excluding: folder)
      if let collision = documents.collision() { throw collision }
      for entry in documents.entries {
        let target = folder + "/" + entry.relativePath
        if Self.samePlace(target, entry.path) {
          throw RunnerError.unwritable(path: target, reason: "it is the document itself; render never overwrites a source")
        }
      }
      try checkWritable(folder: folder)
      return documents
    case .update, .check:
      return try DocumentSet(paths: paths)
    }
  }

  /// Whether two paths name the same file once symbolic links are resolved.
  static func samePlace(_ first: String, _ second: String) -> Bool {
    let resolve = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
    return resolve(first) == resolve(second)
  }

  private func checkWritable(folder: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw RunnerError.unwritable(path: folder, reason: (error as NSError).localizedDescription)
    }
    let probe = folder + "/.quire-write-test"
    guard FileManager.default.createFile(atPath: probe, contents: Data()) else {
      throw RunnerError.unwritable(path: folder, reason: "the folder is not writable")
    }
    try? FileManager.default.removeItem(atPath: probe)
  }

  /// Reads, runs and writes one document.
  private func process(_ entry: DocumentSet.Entry, runner: DocumentRunner) -> DocumentOutcome {
    let bytes: [UInt8]
    do {
      bytes = Array(try Data(contentsOf: URL(fileURLWithPath: entry.path)))
    } catch {
      return .failure(path: entry.path, error: .unreadable(path: entry.path, reason: (error as NSError).localizedDescription))
    }
    let purpose: DocumentRunner.Purpose =
      switch command {
      case .render: .render
      case .update: .update
      case .check: .check
      }
    var outcome = runner.run(bytes: bytes, path: entry.path, purpose: purpose)
    guard let markdown = outcome.markdown, let html = outcome.html else { return outcome }
    do {
      switch command {
      case .render(let folder):
        let base = folder + "/" + entry.relativePath.dropLastExtension(".md")
        try AtomicFile.write(markdown, to: base + ".md")
        try AtomicFile.write(Array(html.utf8), to: base + ".html")
      case .update:
        if markdown != bytes { try AtomicFile.write(markdown, to: entry.path, durable: true) }
      case .check:
        break
      }
    } catch {
      outcome.status = .error
      outcome.error = error as? RunnerError ?? .unwritable(path: entry.path, reason: "\(error)")
    }
    return outcome
  }
}

extension String {
  /// The string without a final extension such as `.md` (unchanged when it has another one).
  func dropLastExtension(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
