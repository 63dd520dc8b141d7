import Foundation

// QuireBench: `swift run -c release QuireBench <area>`; each area prints Quire's numbers beside
// the reference implementation's, measured in the same run.

let areas: [String: () throws -> Void] = [
  "engine": { try runEngineBenchmark(); try runFusionBenchmark() },
  "engine-profile": { try runEngineCompileProfile(Array(CommandLine.arguments.dropFirst(2))) },
  "fusion": runFusionBenchmark,
  "arrays": ArraysBenchmark.run,
  "docs": { try DocsBenchmark.run(Array(CommandLine.arguments.dropFirst(2))) },
  "python": PythonBenchmark.run,
  "tutorial": { try TutorialBenchmark.run(Array(CommandLine.arguments.dropFirst(2))) },
]

let arguments = CommandLine.arguments.dropFirst()
guard let area = arguments.first, let run = areas[area] else {
  print("usage: QuireBench <\(areas.keys.sorted().joined(separator: "|"))>")
  exit(2)
}
try run()
