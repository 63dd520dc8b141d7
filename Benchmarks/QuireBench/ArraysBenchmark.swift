import Foundation
import NumericArrays

/// `QuireBench arrays`: NumericArrays against numpy 1.23 (the oracle venv's python), run side by
/// side in the same process run, printing numpy's time over ours (above 1 means Quire is faster).
enum ArraysBenchmark {
  static let python =
    ProcessInfo.processInfo.environment["QUIRE_ORACLE_PYTHON"] ?? "/root/.cache/quire-oracle/venv/bin/python"

  /// The numpy side: the same operations, best of `repeats`, seconds as JSON.
  static let numpyScript = """
    import json, time, numpy as np
    def best(f, repeats):
        times = []
        for _ in range(repeats):
            t = time.perf_counter(); f(); times.append(time.perf_counter() - t)
        return min(times)
    rs = np.random.RandomState(0)
    x, y, z = rs.rand(10**6), rs.rand(10**6), rs.rand(10**6)
    big = rs.rand(10**7)
    a, b = rs.rand(1000, 1000), rs.rand(1000, 1000)
    a32, b32 = a.astype(np.float32), b.astype(np.float32)
    result = {
        "x*y+z": best(lambda: x * y + z, 30),
        "exp": best(lambda: np.exp(x), 30),
        "sum": best(lambda: np.sum(big), 20),
        "dot64": best(lambda: np.dot(a, b), 8),
        "dot32": best(lambda: np.dot(a32, b32), 8),
    }
    try:
        from threadpoolctl import threadpool_info
        result["blas"] = ";".join(f"{i.get('internal_api')} {i.get('version')} {i.get('architecture')} threads={i.get('num_threads')}" for i in threadpool_info())
    except Exception as e:
        result["blas"] = "threadpoolctl unavailable"
    print(json.dumps(result))
    """

  static func best(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.min() ?? 0
  }

  static func quireTimes() throws -> [String: Double] {
    let rs = try RandomState(seed: 0)
    let (x, y, z) = (try rs.randomSample(size: [1_000_000]), try rs.randomSample(size: [1_000_000]), try rs.randomSample(size: [1_000_000]))
    let big = try rs.randomSample(size: [10_000_000])
    let (a, b) = (try rs.randomSample(size: [1000, 1000]), try rs.randomSample(size: [1000, 1000]))
    let (a32, b32) = (a.astype(.float32), b.astype(.float32))
    return [
      "x*y+z": try best(30) { _ = try x * y + z },
      "exp": try best(30) { _ = try NDArray.apply(.float(.exp), x) },
      "sum": try best(20) { _ = try big.sum() },
      "dot64": try best(8) { _ = try NDArray.dot(a, b) },
      "dot32": try best(8) { _ = try NDArray.dot(a32, b32) },
    ]
  }

  /// Runs numpy with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed for that process only (they
  /// slow a current numpy's own OpenBLAS; ours keeps the machine's settings).
  static func numpyTimes() throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", numpyScript]
    var environment = ProcessInfo.processInfo.environment
    environment["OPENBLAS_CORETYPE"] = nil
    environment["OPENBLAS_L2_SIZE"] = nil
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
  }

  static func run() {
    do {
      let numpy = try numpyTimes()
      let quire = try quireTimes()
      print("NumericArrays vs numpy 1.23 (ratio = numpy time / Quire time; >= 1 means Quire is as fast or faster)")
      print("numpy BLAS: \(numpy["blas"] ?? "?")")
      for (key, label) in [
        ("x*y+z", "x*y+z, 10^6 float64"), ("exp", "exp, 10^6 float64"), ("sum", "sum, 10^7 float64"),
        ("dot64", "dot 1000x1000 float64"), ("dot32", "dot 1000x1000 float32"),
      ] {
        let theirs = numpy[key] as? Double ?? .nan
        let ours = quire[key] ?? .nan
        let padded = label.padding(toLength: 24, withPad: " ", startingAt: 0)
        print(padded + String(format: " numpy %9.3f ms   quire %9.3f ms   ratio %.2f", theirs * 1e3, ours * 1e3, theirs / ours))
      }
    } catch {
      print("arrays benchmark failed: \(error)")
    }
  }
}
