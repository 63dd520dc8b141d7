import Foundation
import MiniPython

/// `QuireBench python`: MiniPython against CPython (`python3`, run as a child process) on
/// (a) parsing and running a 200-line tutorial-style script and (b) a loop of 10^6 iterations
/// of int and float arithmetic. Prints both times and the ratio.
enum PythonBenchmark {
  static let loopSource = """
    s = 0
    f = 0.0
    for i in range(1000000):
        s = s + i * 3 % 7
        f = f + i * 0.5 - s / 4.0
    print(s, f)

    """

  /// Times `body` `repeats` times; returns the median seconds.
  static func median(_ repeats: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<repeats {
      let t0 = DispatchTime.now().uptimeNanoseconds
      body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    return times.sorted()[times.count / 2]
  }

  /// Runs `source` `repeats` times in CPython (compile + exec in a fresh namespace, stdout
  /// captured) and returns the median seconds and the output of one run.
  static func cpython(_ source: String, repeats: Int) throws -> (Double, String) {
    let driver = """
      import sys, io, time
      src = sys.stdin.read()
      n = int(sys.argv[1])
      times = []
      for _ in range(n):
          buf = io.StringIO()
          old = sys.stdout
          sys.stdout = buf
          t0 = time.perf_counter()
          exec(compile(src, "tutorial.py", "exec"), {"__name__": "__main__"})
          t1 = time.perf_counter()
          sys.stdout = old
          times.append(t1 - t0)
      times.sort()
      sys.stdout.write(repr(times[len(times) // 2]) + "\\n" + buf.getvalue())
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", driver, String(repeats)]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(source.data(using: .utf8)!)
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard let newline = text.firstIndex(of: "\n"), let seconds = Double(text[..<newline]) else {
      throw CocoaError(.featureUnsupported)
    }
    return (seconds, String(text[text.index(after: newline)...]))
  }

  static func report(_ name: String, ours: Double, theirs: Double, target: String) {
    let ms = { (s: Double) in String(format: "%.3f ms", s * 1000) }
    print("\(name): MiniPython \(ms(ours)), CPython \(ms(theirs)), ratio \(String(format: "%.2f", ours / theirs))x  (\(target))")
  }

  static func run() throws {
    let creation = median(200) { _ = Interpreter() }
    let empty = median(200) { _ = Interpreter().run("pass") }
    print(String(format: "    interpreter creation %.3f ms, creation + empty run %.3f ms", creation * 1000, empty * 1000))
    let parse = median(50) { _ = try? Parser.parseModule(TutorialScript.source) }
    print(String(format: "    parse only %.3f ms", parse * 1000))
    var tutorialOutput = ""
    let tutorial = median(200) {
      let interp = Interpreter()
      tutorialOutput = interp.run(TutorialScript.source, file: "tutorial.py").output
    }
    let (cpTutorial, cpTutorialOutput) = try cpython(TutorialScript.source, repeats: 200)
    report("(a) 200-line tutorial script, parse + run", ours: tutorial, theirs: cpTutorial, target: "target < 1 ms")
    if tutorialOutput != cpTutorialOutput || tutorialOutput != TutorialScript.expectedOutput {
      print("    OUTPUT DIFFERS from CPython:\n\(tutorialOutput)")
    }
    var loopOutput = ""
    let loop = median(3) { loopOutput = Interpreter().run(loopSource).output }
    let (cpLoop, cpLoopOutput) = try cpython(loopSource, repeats: 3)
    report("(b) 10^6 iterations of int and float arithmetic", ours: loop, theirs: cpLoop, target: "target within 3x")
    if loopOutput != cpLoopOutput { print("    OUTPUT DIFFERS: \(loopOutput) vs \(cpLoopOutput)") }
  }
}
