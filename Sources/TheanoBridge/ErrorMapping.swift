import MiniPython
import NumPyBridge
import NumericArrays
import SymbolicGraph
import SymbolicTensor

/// The one mapping of engine and array errors to Python exceptions: the exception class Theano
/// raises, with Theano's message.
/// - Parameters:
///   - error: any error thrown by the engine, the arrays or the interpreter.
///   - types: the session's classes (for module-defined exception classes).
/// - Returns: the Python exception to throw.
func pythonException(_ error: any Error, types: BridgeTypes?) -> PyException {
  if let python = error as? PyException { return python }
  let tensorError = TensorError.from(error)
  let types = types ?? BridgeTypes()
  return PyException(types.exceptionType(tensorError.pythonType), tensorError.message)
}

extension TheanoSession {
  /// Runs engine code, turning its errors into Python exceptions.
  ///
  /// The block's time limit stops long engine work (compiling, calling a function) through the
  /// ``Interruption`` check the interpreter installs for each block; the stop passes through here
  /// as the interpreter's own budget error.
  func bridged<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let interrupted as Interrupted {
      throw interrupted.reason
    } catch {
      throw pythonException(error, types: types)
    }
  }

  /// Runs graph-building engine code with the Python call stack recorded as the creation trace
  /// of the nodes and variables it makes (Theano's `tag.trace`).
  ///
  /// With `theano.config.compute_test_value` on, the nodes it makes then compute their test
  /// values, in creation order.
  func building<T>(_ interpreter: Interpreter, _ body: () throws -> T) throws -> T {
    let frames = interpreter.currentStack().suffix(flags.tracebackLimit).map(\.formatted)
    let policy: TestValues.Policy
    switch flags.computeTestValue {
    case "off": return try NodeTrace.$current.withValue(Array(frames)) { try bridged(body) }
    case "ignore", "warn": policy = .skip
    default: policy = .raise
    }
    let log = NodeLog()
    return try NodeTrace.$current.withValue(Array(frames)) {
      try NodeLog.$current.withValue(log) {
        try bridged {
          let result = try body()
          try TestValues.compute(log.nodes, policy: policy) { stored in
            guard let python = stored as? PyValue else { return stored }
            return try NumPy.array(from: python, interpreter: interpreter)
          }
          return result
        }
      }
    }
  }
}
