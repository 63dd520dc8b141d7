import Foundation
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// Compile time of the seed tutorial's functions and the call overhead of a compiled scalar
/// function, beside Theano 1.0.5 (the oracle venv) timing the same graphs in the same run.
func runEngineBenchmark() throws {
  let (graphs, mode, flags) = try seedCompilations()
  let theano = try theanoTimings()
  print("engine: compile time per function (median of 200), Quire vs Theano 1.0.5")
  for (index, (label, inputs, outputs)) in graphs.enumerated() {
    let quire = try medianSeconds(200) {
      _ = try CompiledFunction(inputs: inputs, outputs: outputs, mode: mode, flags: flags)
    }
    report(label, quire: quire, theano: theano["compile\(index)"])
  }
  let (f, arguments) = try scalarAddition(mode: mode, flags: flags)
  let calls = 20_000
  let perCall = try medianSeconds(7) {
    for _ in 0..<calls { _ = try f(arguments) }
  } / Double(calls)
  print("engine: call overhead of a compiled scalar function f(a, b) = a + b")
  report("f(1.5, 2.5)", quire: perCall, theano: theano["call"])
  let (chainInput, chain) = try elementwiseChain(links: 300, context: flags.typing)
  var unfused = mode
  unfused.query = unfused.query.excluding(["fusion"])
  let chainCompile = try medianSeconds(3) {
    _ = try CompiledFunction(inputs: [chainInput], outputs: [chain], mode: unfused, flags: flags)
  }
  print("engine: compile time of a deep graph (median of 3; Theano: 1 run)")
  report("900-node chain exp(y)*2+i, unfused", quire: chainCompile, theano: theano["chain"])
}

/// `y = exp(y) * 2 + i` for i in 0..<links, from a float64 vector `x`.
private func elementwiseChain(links: Int, context: TypingContext) throws -> (Variable, Variable) {
  let x = tensorVariable(.vector, dtype: .float64, name: "x")
  var y = x
  for link in 0..<links {
    let scaled = try elemwise(.mul, [try elemwise(.exp, [y]), constant(.int(2), context: context)])
    y = try elemwise(.add, [scaled, constant(.int(Int64(link)), context: context)])
  }
  return (x, y)
}

/// A long compile-only loop over the seed's functions (or only the one whose position is the
/// first argument), or with `call`, 2 million calls of the scalar function, for profilers
/// (`perf record`, `perf stat`).
func runEngineCompileProfile(_ arguments: [String]) throws {
  var (graphs, mode, flags) = try seedCompilations()
  if arguments.first == "call" {
    let (f, arguments) = try scalarAddition(mode: mode, flags: flags)
    for _ in 0..<2_000_000 { _ = try f(arguments) }
    return
  }
  if let position = arguments.first.flatMap(Int.init), graphs.indices.contains(position) {
    graphs = Array(repeating: graphs[position], count: graphs.count)
  }
  for _ in 0..<5_000 {
    for (_, inputs, outputs) in graphs {
      _ = try CompiledFunction(inputs: inputs, outputs: outputs, mode: mode, flags: flags)
    }
  }
}

/// `f(a, b) = a + b` on float64 scalars, and the arguments (1.5, 2.5).
private func scalarAddition(mode: Mode, flags: TheanoFlags) throws -> (CompiledFunction, [Any]) {
  let a = tensorVariable(.scalar, dtype: .float64, name: "a")
  let b = tensorVariable(.scalar, dtype: .float64, name: "b")
  let f = try CompiledFunction(
    inputs: [a, b], outputs: [try elemwise(.add, [a, b])], mode: mode, flags: flags)
  return (f, [NDArray(1.5), NDArray(2.5)])
}

/// The seed tutorial's four functions (label, inputs, outputs), with the default mode and flags.
private func seedCompilations() throws -> (
  graphs: [(String, [Variable], [Variable])], mode: Mode, flags: TheanoFlags
) {
  let flags = TheanoFlags()
  let context = flags.typing
  let x = tensorVariable(.matrix, dtype: .float64, name: "x")
  let y = tensorVariable(.matrix, dtype: .float64, name: "y")
  let two = constant(.int(2), context: context)
  let z = try join(constant(.int(0), context: context), [x, y])
  let specified = try specifyShape(x, constant(try NDArray([Int64(2), 2], shape: [2])))
  let graphs = [
    ("(x ** 2).shape", [x], [try shape(try elemwise(.pow, [x, two]))]),
    ("join(0, x, y).shape", [x, y], [try shape(z)]),
    ("join(0, x, y)", [x, y], [z]),
    ("specify_shape(x, (2, 2)) ** 2 .shape", [x], [try shape(try elemwise(.pow, [specified, two]))]),
  ]
  return (graphs, try Mode.named(nil, flags: flags), flags)
}

private func report(_ label: String, quire: Double, theano: Double?) {
  // Microseconds for the seed's functions, milliseconds for long compiles.
  let (scale, unit) = quire < 0.01 ? (1e6, "µs") : (1e3, "ms")
  let theanoText = theano.map { String(format: "%10.1f \(unit)", $0 * scale) } ?? "         n/a"
  let ratio = theano.map { String(format: "%8.1fx faster", $0 / quire) } ?? ""
  print(
    "  \(label.padding(toLength: 40, withPad: " ", startingAt: 0))"
      + String(format: "Quire %8.2f \(unit)", quire * scale) + "   Theano \(theanoText)  \(ratio)")
}

/// Runs the same measurements in Theano 1.0.5 (pure-Python mode, as the oracle runs it).
private func theanoTimings() throws -> [String: Double] {
  let script = """
    import time, statistics, json, numpy, theano, theano.tensor as T
    def median(n, fn):
        samples = []
        for _ in range(n):
            t = time.perf_counter(); fn(); samples.append(time.perf_counter() - t)
        return statistics.median(samples)
    x = T.matrix('x'); y = T.matrix('y'); z = T.join(0, x, y)
    s = T.specify_shape(x, (2, 2))
    graphs = [([x], (x ** 2).shape), ([x, y], z.shape), ([x, y], z), ([x], (s ** 2).shape)]
    out = {}
    for i, (ins, o) in enumerate(graphs):
        out['compile%d' % i] = median(20, lambda: theano.function(ins, o))
    a = T.dscalar('a'); b = T.dscalar('b'); f = theano.function([a, b], a + b)
    n = 2000
    out['call'] = median(5, lambda: [f(1.5, 2.5) for _ in range(n)]) / n
    v = T.vector('x'); w = v
    for i in range(300):
        w = T.exp(w) * 2 + i
    unfused = theano.compile.mode.get_default_mode().excluding('fusion')
    out['chain'] = median(1, lambda: theano.function([v], w, mode=unfused))
    print(json.dumps(out))
    """
  return try theanoMeasurements(script)
}
