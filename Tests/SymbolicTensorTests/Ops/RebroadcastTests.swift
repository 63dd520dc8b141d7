import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Expected texts are Theano 1.0.5's (the oracle) for the same graphs.
@Suite struct RebroadcastTests {
  let x = tensorVariable(.tensor3, dtype: .float64, name: "x")

  @Test func printedNames() {
    #expect(Rebroadcast([.init(1, true), .init(0, false)]).description == "Rebroadcast{0,1}")
    #expect(Rebroadcast([]).description == "Rebroadcast{}")
    #expect(Rebroadcast([.init(2, true)]).description == "Rebroadcast{?,?,1}")
  }

  /// Oracle: `addbroadcast(unbroadcast(addbroadcast(x, 0), 1), 2)` is one `Rebroadcast{1,?,1}`
  /// of `x`; `unbroadcast(addbroadcast(x, 0), 0)` is `x` itself.
  @Test func buildersSimplifyAsApplyRebroadcastOpt() throws {
    let merged = try rebroadcast(
      try rebroadcast(try rebroadcast(x, [.init(0, true)]), [.init(1, false)]), [.init(2, true)])
    #expect(merged.owner.map { "\($0.op)" } == "Rebroadcast{1,?,1}")
    #expect(merged.owner?.inputs == [x])
    #expect(try rebroadcast(try rebroadcast(x, [.init(0, true)]), [.init(0, false)]) === x)
    let row = tensorVariable(.row, dtype: .float64)
    #expect(try rebroadcast(row, [.init(0, false), .init(1, false)]).owner.map { "\($0.op)" }
      == "Rebroadcast{0}")
  }

  @Test func performChecksTheNewBroadcastableAxes() throws {
    let m = matrix("m")
    let f = try compile([m], [try rebroadcast(m, [.init(0, true)])], mode: "FAST_COMPILE")
    #expect(try f([try ramp([1, 3])]).compactMap { ($0 as? NDArray)?.shape } == [[1, 3]])
    #expect {
      try f([try ramp([2, 3])])
    } throws: { error in
      (error as? TensorError)?.message.hasPrefix(
        "Dimension 0 in Rebroadcast's input was supposed to be 1 (got 2 instead)\n"
          + "Apply node that caused the error: Rebroadcast{1}(m)") == true
    }
  }

  /// Oracle: `function([m], addbroadcast(exp(m), 0))` lifts the `Rebroadcast` below the `exp`.
  @Test func liftThroughUnaryElemwise() throws {
    let m = matrix("m")
    let f = try compile([m], [try rebroadcast(try elemwise(.exp, [m]), [.init(0, true)])])
    #expect(printed(f) == """
      Elemwise{exp,no_inplace} [id A] ''   1
       |Rebroadcast{1} [id B] ''   0
         |m [id C]

      """)
  }

  @Test func inferShape() throws {
    let m = matrix("m")
    try expectInferShape(
      Rebroadcast.self, inputs: [m], output: try rebroadcast(m, [.init(1, true)]),
      values: [try ramp([3, 1])])
  }
}
