import DocRunner
import Foundation

/// `QuireBench tutorial [FOLDER]`: the wall time of running a folder of tutorial documents
/// (default `notebooks/tutorial`) through `quire render --jobs 1`, beside real Theano 1.0.5
/// running the same documents through the oracle (`../shared/oracle/oracle.py --runs 1`, one
/// worker process per document, `blas.ldflags=,cxx=`), in the same run on the same machine.
///
/// Theano's side is given twice: the oracle command's wall time and the sum of its worker
/// processes' times (a Python process per document that imports Theano and runs the blocks, as a
/// reader running the tutorials would); Quire's, as the command's wall time and the sum of the
/// documents' times from its report.
enum TutorialBenchmark {
  static func run(_ arguments: [String]) throws {
    let folder = arguments.first ?? "notebooks/tutorial"
    let files = try DocumentSet(paths: [folder]).entries.map(\.path)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quire-tutorial-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let quire = DocsBenchmark.siblingExecutable("quire")
    var quireCPU = 0.0
    let quireWall = try DocsBenchmark.measure(cpu: &quireCPU) {
      try DocsBenchmark.runProcess(
        quire, ["render", folder, "--out", scratch + "/quire", "--jobs", "1", "--quiet", "--report", scratch + "/report.json"])
    }
    let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/report.json")))
    let documents = (report as? [String: Any])?["documents"] as? [[String: Any]] ?? []
    let quireBlocks = documents.reduce(0.0) { $0 + ($1["seconds"] as? Double ?? 0) }
    print("tutorial: \(files.count) documents in \(folder)/")
    print(
      "  quire render --jobs 1: \(DocsBenchmark.ms(quireWall)) ms wall (\(DocsBenchmark.ms(quireCPU)) ms CPU),"
        + " documents alone \(DocsBenchmark.ms(quireBlocks)) ms")
    guard let oracle = oracleScript() else {
      print("  (Theano: ../shared/oracle/oracle.py not found; set QUIRE_ORACLE)")
      return
    }
    let python = ProcessInfo.processInfo.environment["THEANO_PYTHON"] ?? "/root/.cache/quire-oracle/venv/bin/python"
    guard FileManager.default.isExecutableFile(atPath: python) else {
      print("  (Theano not found at \(python); set THEANO_PYTHON)")
      return
    }
    let start = ContinuousClock.now
    try DocsBenchmark.runProcess(
      "/usr/bin/env",
      ["python3", oracle, "--python", python, "--runs", "1", "--no-cmark-check", "--out-dir", scratch + "/theano"] + files)
    let elapsed = ContinuousClock.now - start
    let theanoWall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    var theanoRuns = 0.0
    for file in files {
      let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".expected.json"
      let data = try Data(contentsOf: URL(fileURLWithPath: scratch + "/theano/" + name))
      let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      theanoRuns += (json?["run_seconds"] as? [Double])?.first ?? 0
    }
    print(
      "  Theano 1.0.5 (oracle, a process per document): \(DocsBenchmark.ms(theanoWall)) ms wall,"
        + " worker processes (import and blocks) \(DocsBenchmark.ms(theanoRuns)) ms")
    print(
      "  Theano/Quire: \(DocsBenchmark.ratio(theanoWall, quireWall)) wall,"
        + " \(DocsBenchmark.ratio(theanoRuns, quireBlocks)) per-document processes vs documents")
  }

  /// `oracle.py`: `QUIRE_ORACLE`, or `../shared/oracle/oracle.py` from the working folder.
  static func oracleScript() -> String? {
    let candidates = [ProcessInfo.processInfo.environment["QUIRE_ORACLE"], "../shared/oracle/oracle.py"].compactMap { $0 }
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
  }
}
