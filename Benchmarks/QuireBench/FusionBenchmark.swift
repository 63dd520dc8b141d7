import Foundation
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// A 20-op element-wise function of two 1000x1000 float64 matrices, which FAST_RUN fuses into
/// one `Elemwise{Composite{...}}`: compile time and time per call, beside Theano 1.0.5 (the
/// oracle venv, without a C compiler, so its Composite runs element by element in Python).
func runFusionBenchmark() throws {
  let flags = TheanoFlags()
  let context = flags.typing
  let mode = try Mode.named(nil, flags: flags)
  let x = tensorVariable(.matrix, dtype: .float64, name: "x")
  let y = tensorVariable(.matrix, dtype: .float64, name: "y")
  func op(_ scalar: ScalarOp, _ inputs: Variable...) throws -> Variable {
    try elemwise(scalar, inputs, context: context)
  }
  func number(_ value: Double) -> Variable { constant(.float(value), context: context) }
  // The same expression as the Python below (20 element-wise ops).
  func expression() throws -> Variable {
    let t3 = try op(.tanh, op(.add, op(.mul, x, y), x))
    let t5 = try op(.sub, t3, op(.exp, op(.neg, y)))
    let t8 = try op(.sqrt, op(.add, op(.abs, op(.mul, t5, number(0.5))), number(1)))
    let t12 = try op(.add, t8, op(.mul, op(.sin, x), op(.cos, y)))
    let t14 = try op(.maximum, op(.log1p, op(.abs, t12)), y)
    return try op(.trueDiv, t14, op(.add, number(2), op(.mul, x, x)))
  }
  let theano = try theanoFusionTimings()
  let output = try expression()
  let compile = try medianSeconds(5) {
    _ = try CompiledFunction(inputs: [x, y], outputs: [output], mode: mode, flags: flags)
  }
  let function = try CompiledFunction(inputs: [x, y], outputs: [output], mode: mode, flags: flags)
  let fused = function.order.map { "\($0.op)" }
  let shape = [1000, 1000]
  let a = try NDArray(((0..<1_000_000).map { Double($0 % 997) / 997 - 0.5 }), shape: shape)
  let b = try NDArray(((0..<1_000_000).map { Double($0 % 991) / 991 + 0.25 }), shape: shape)
  let call = try medianSeconds(5) { _ = try function([a, b]) }
  print("fusion: 20 element-wise ops on two 1000x1000 float64 matrices, Quire vs Theano 1.0.5")
  print("  Quire's compiled graph: \(fused.count) node(s): \(fused.joined(separator: ", ").prefix(100))...")
  if let nodes = theano["nodes"] { print("  Theano's compiled graph: \(Int(nodes)) node(s)") }
  report("compile (median of 5)", quire: compile, theano: theano["compile"], unit: 1e3, "ms")
  report("call (median of 5; Theano: 1 call)", quire: call, theano: theano["call"], unit: 1e3, "ms")
}

private func report(_ label: String, quire: Double, theano: Double?, unit: Double, _ name: String) {
  let theanoText = theano.map { String(format: "%10.1f %@", $0 * unit, name) } ?? "         n/a"
  let ratio = theano.map { String(format: "  ratio %.1fx faster", $0 / quire) } ?? ""
  print(
    "  \(label.padding(toLength: 38, withPad: " ", startingAt: 0))"
      + String(format: "Quire %9.2f %@", quire * unit, name) + "   Theano \(theanoText)\(ratio)")
}

/// Theano 1.0.5 timing the same function in the same run.
private func theanoFusionTimings() throws -> [String: Double] {
  let script = """
    import time, statistics, json, numpy as np, theano, theano.tensor as T
    x = T.dmatrix('x'); y = T.dmatrix('y')
    t3 = T.tanh(x * y + x)
    t5 = t3 - T.exp(-y)
    t8 = T.sqrt(abs(t5 * 0.5) + 1.0)
    t12 = t8 + T.sin(x) * T.cos(y)
    t14 = T.maximum(T.log1p(abs(t12)), y)
    out = t14 / (2.0 + x * x)
    samples = []
    for _ in range(5):
        t = time.perf_counter(); f = theano.function([x, y], out); samples.append(time.perf_counter() - t)
    i = np.arange(1000000)
    a = (i % 997 / 997.0 - 0.5).reshape(1000, 1000); b = (i % 991 / 991.0 + 0.25).reshape(1000, 1000)
    t = time.perf_counter(); f(a, b); call = time.perf_counter() - t
    print(json.dumps({'compile': statistics.median(samples), 'call': call,
                      'nodes': len(f.maker.fgraph.toposort())}))
    """
  return try theanoMeasurements(script)
}
