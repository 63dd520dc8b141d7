import Foundation

/// The median wall time of `repetitions` runs of `body`, in seconds.
func medianSeconds(_ repetitions: Int, _ body: () throws -> Void) throws -> Double {
  let clock = ContinuousClock()
  var samples: [Double] = []
  for _ in 0..<repetitions {
    let elapsed = try clock.measure(body)
    samples.append(Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
  }
  samples.sort()
  return samples[samples.count / 2]
}

/// Runs a Python script with Theano 1.0.5 (the oracle's virtual environment, or `THEANO_PYTHON`)
/// in pure-Python mode, as the oracle runs it; the script prints one JSON object of numbers as its
/// last line. Returns nothing when Theano is not installed (after saying so).
func theanoMeasurements(_ script: String) throws -> [String: Double] {
  let python = ProcessInfo.processInfo.environment["THEANO_PYTHON"]
    ?? "/root/.cache/quire-oracle/venv/bin/python"
  guard FileManager.default.isExecutableFile(atPath: python) else {
    print("(Theano not found at \(python); set THEANO_PYTHON)")
    return [:]
  }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  process.arguments = ["-c", script]
  var environment = ProcessInfo.processInfo.environment
  environment["THEANO_FLAGS"] = "blas.ldflags=,cxx="
  process.environment = environment
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = FileHandle.nullDevice
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
  guard let last = lines.last,
    let json = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Double]
  else { return [:] }
  return json
}
