import SymbolicGraph

/// A type for graph-core tests: values are `Double`s, types differ by name only.
public struct ToyType: VariableType {
  /// The printed name.
  public let name: String

  /// Creates a toy type.
  public init(_ name: String = "toy") { self.name = name }

  public var description: String { name }

  public func filter(_ value: Any, strict: Bool, allowDowncast: Bool?) throws -> Any {
    guard let number = value as? Double else { throw ToyError.badValue("\(value)") }
    return number
  }

  public func constantDescription(_ value: Any) -> String { "ToyConstant{\(value)}" }

  public func valuesAreClose(_ a: Any, _ b: Any) -> Bool {
    (a as? Double) == (b as? Double)
  }

  public func constantSignature(_ value: Any) -> AnyHashable { AnyHashable(value as? Double) }
}

/// Errors of the toy ops.
public enum ToyError: Error, Equatable {
  /// A value that is not a `Double`.
  case badValue(String)
  /// A deliberate failure.
  case failed(String)
}

/// An op that combines `Double`s with a named operation; its props are `name` and `arity`.
public struct ToyOp: Op {
  /// The printed name and the operation (`add`, `mul`, `neg`, `fail`, `first`).
  public let name: String
  /// Outputs it produces.
  public let outputCount: Int
  /// Destroy map, for in-place tests.
  public let destroys: [Int: [Int]]
  /// View map, for aliasing tests.
  public let views: [Int: [Int]]

  /// Creates a toy op.
  public init(
    _ name: String, outputs: Int = 1, destroys: [Int: [Int]] = [:], views: [Int: [Int]] = [:]
  ) {
    self.name = name
    self.outputCount = outputs
    self.destroys = destroys
    self.views = views
  }

  public var description: String { name }
  public var destroyMap: [Int: [Int]] { destroys }
  public var viewMap: [Int: [Int]] { views }

  public func makeNode(_ inputs: [Variable]) -> Apply {
    Apply(op: self, inputs: inputs, outputTypes: Array(repeating: ToyType(), count: outputCount))
  }

  public func perform(_ node: Apply, inputs: [Any]) throws -> [Any] {
    let values = inputs.compactMap { $0 as? Double }
    let result: Double
    switch name {
    case "add": result = values.reduce(0, +)
    case "mul": result = values.reduce(1, *)
    case "neg": result = -(values.first ?? 0)
    case "fail": throw ToyError.failed("toy failure")
    default: result = values.first ?? 0
    }
    return Array(repeating: result, count: outputCount)
  }
}

/// Shorthand: applies a toy op and returns its first output.
public func toy(_ name: String, _ inputs: Variable...) -> Variable {
  ToyOp(name).makeNode(inputs).out
}

/// A toy input variable.
public func toyVariable(_ name: String? = nil) -> Variable {
  Variable(type: ToyType(), name: name)
}

/// A toy constant.
public func toyConstant(_ value: Double) -> Constant {
  Constant(type: ToyType(), value: value)
}
