import SymbolicGraph

/// Passes its input through and reports it as a side effect while the function runs (Theano's
/// `theano.printing.Print`): the output is a view of the input.
///
/// What is printed is the host's business: the op calls its ``Printer`` with itself and the
/// value (Theano's `global_fn`, which prints `message attr = value` for each of `attrs`).
public struct PrintOp: ShapeInferring {
  /// The function called with the op and the input's value each time the node runs.
  public final class Printer {
    let body: (PrintOp, Any) throws -> Void

    /// Creates a printer.
    public init(_ body: @escaping (PrintOp, Any) throws -> Void) { self.body = body }
  }

  /// The text before each printed attribute.
  public let message: String
  /// The attributes of the value to print (a callable attribute is called).
  public let attrs: [String]
  /// The printing function (compared by identity, as Theano compares `global_fn`).
  public let printer: Printer

  /// Creates the op.
  public init(message: String, attrs: [String], printer: Printer) {
    self.message = message
    self.attrs = attrs
    self.printer = printer
  }

  public static func == (lhs: PrintOp, rhs: PrintOp) -> Bool {
    lhs.message == rhs.message && lhs.attrs == rhs.attrs && lhs.printer === rhs.printer
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(message)
    hasher.combine(attrs)
    hasher.combine(ObjectIdentifier(printer))
  }

  public var className: String { "Print" }

  /// Theano's default `str` of an op with `__props__`; the function prints with its address
  /// (here the printer's), which changes from run to run.
  public var description: String {
    let quotedAttrs = attrs.map { "'\($0)'" }
    let tuple = quotedAttrs.count == 1 ? "(\(quotedAttrs[0]),)" : "(\(quotedAttrs.joined(separator: ", ")))"
    let address = String(UInt(bitPattern: ObjectIdentifier(printer)), radix: 16)
    return "Print{message='\(message)', attrs=\(tuple), global_fn=<function _print_fn at 0x\(address)>}"
  }

  public var viewMap: [Int: [Int]] { [0: [0]] }

  public func makeNode(_ inputs: [Variable]) throws -> Apply {
    guard inputs.count == 1 else { throw TensorError.type("Print takes one input") }
    return Apply(op: self, inputs: inputs, outputTypes: [inputs[0].type])
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    try printer.body(self, inputs[0])
    return [inputs[0]]
  }

  public func inferShape(_ node: Apply, inputShapes: [[Variable]]) throws -> [[Variable]?] {
    [inputShapes[0]]
  }

  public func gradient(_ inputs: [Variable], outputGradients: [Variable]) throws -> [Variable] {
    outputGradients
  }
}
