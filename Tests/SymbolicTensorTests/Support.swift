import NumericArrays
import SymbolicGraph
import SymbolicTensor
import Testing

/// Compiles `outputs` of `inputs` in `mode` (`nil`: the default FAST_RUN) with `flags`.
func compile(
  _ inputs: [Variable], _ outputs: [Variable], mode: String? = nil, flags: String = ""
) throws -> CompiledFunction {
  var parsed = TheanoFlags()
  try parsed.apply(flags)
  return try CompiledFunction(
    inputs: inputs, outputs: outputs, mode: try Mode.named(mode, flags: parsed), flags: parsed)
}

/// `debugprint` of a compiled function.
func printed(_ function: CompiledFunction) -> String {
  var done = Set<Apply>()
  return debugPrint(function.debugPrintRoots, done: &done)
}

/// `debugprint` of uncompiled variables.
func printed(_ variables: [Variable], printType: Bool = false) -> String {
  var done = Set<Apply>()
  return debugPrint(
    variables.map { DebugPrintRoot($0) }, options: DebugPrintOptions(printType: printType),
    done: &done)
}

/// Theano's `InferShapeTester`: the shape graph of `output` computed with FAST_RUN contains no
/// node of the op under test, and gives the shape of the computed output.
func expectInferShape<O: Op>(
  _ op: O.Type, inputs: [Variable], output: Variable, values: [NDArray],
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let computed = try compile(inputs, [output])(values)
  let actual = try #require(computed.first as? NDArray, sourceLocation: sourceLocation)
  let shapeFunction = try compile(inputs, [try shape(output)])
  #expect(
    !shapeFunction.order.contains { $0.op is O }, "shape graph still computes the op",
    sourceLocation: sourceLocation)
  let inferred = try #require(try shapeFunction(values).first as? NDArray, sourceLocation: sourceLocation)
  #expect(inferred.scalars.map { Int($0.doubleValue) } == actual.shape, sourceLocation: sourceLocation)
}

/// A float64 array with values 0, 1, 2, ... in `shape`.
func ramp(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
  let count = shape.reduce(1, *)
  return try NDArray((0..<count).map(Double.init), shape: shape).astype(dtype)
}

/// An int64 vector constant.
func intVector(_ values: [Int64]) throws -> Constant {
  constant(try NDArray(values, shape: [values.count]))
}

let defaultContext = TypingContext()

func matrix(_ name: String? = nil, _ dtype: DType = .float64) -> Variable {
  tensorVariable(.matrix, dtype: dtype, name: name)
}
