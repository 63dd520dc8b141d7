import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Oracle: `theano.printing.Print("p")(x * 2)` compiled in FAST_RUN (Theano 1.0.5): the node
/// survives optimisation, passes its input through and prints while the function runs.
@Suite struct PrintOpTests {
  @Test func passesItsInputThroughAndReportsIt() throws {
    var seen: [String] = []
    let printer = PrintOp.Printer { op, value in
      seen.append("\(op.message) \((value as? NDArray)?.numpyStr ?? "")")
    }
    let op = PrintOp(message: "p", attrs: ["__str__"], printer: printer)
    #expect(op.className == "Print" && op.viewMap == [0: [0]])
    #expect(op == PrintOp(message: "p", attrs: ["__str__"], printer: printer))
    #expect(op != PrintOp(message: "p", attrs: ["__str__"], printer: PrintOp.Printer { _, _ in }))
    let x = tensorVariable(.vector, dtype: .float64, name: "x")
    let shown = try op(try elemwise(.mul, [x, try intVector([2])]))
    let f = try compile([x], [try elemwise(.exp, [shown])])
    #expect(f.order.map { $0.op.className } == ["Elemwise", "Print", "Elemwise"])
    let result = try #require(try f([try ramp([2])]).first as? NDArray)
    #expect(seen == ["p [0. 2.]"])
    #expect(result.numpyStr == "[1.        7.3890561]")
  }
}
