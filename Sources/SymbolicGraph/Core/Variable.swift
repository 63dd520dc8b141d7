/// A symbolic value in a graph (Theano's `Variable`).
///
/// A variable either has an owner (the `Apply` node computing it, at output position `index`), or
/// is a graph input, or is a ``Constant``. Edges point only towards producers: a variable holds its
/// owner strongly; consumers are recorded by the ``FunctionGraph`` that contains the variable.
public class Variable: Hashable, CustomStringConvertible {
  /// The type of the values this variable stands for.
  public let type: any VariableType
  /// The node that computes this variable, if any.
  public internal(set) var owner: Apply?
  /// The position of this variable among its owner's outputs.
  public internal(set) var index: Int
  /// The user-visible name (`x` in `T.matrix("x")`).
  public var name: String?
  /// Host-provided annotations (for example a Python test value); the engine never reads them.
  public var tag: [String: Any] = [:]
  /// Where an input variable was created (see ``NodeTrace``); outputs use their owner's trace.
  public var trace: [String] = []

  /// Creates a variable that is a graph input (no owner).
  /// - Parameters:
  ///   - type: the type of its values.
  ///   - name: an optional name.
  public init(type: any VariableType, name: String? = nil) {
    self.type = type
    self.owner = nil
    self.index = 0
    self.name = name
    self.trace = NodeTrace.current
  }

  init(type: any VariableType, owner: Apply, index: Int) {
    self.type = type
    self.owner = owner
    self.index = index
  }

  /// Releases the chain of producers iteratively, so dropping a very deep graph cannot overflow
  /// the stack through nested deinitializers.
  deinit {
    owner?.forgetOutput(self, at: index)
    var nodes: [Apply] = owner.map { [$0] } ?? []
    owner = nil
    while var node = nodes.popLast() {
      guard isKnownUniquelyReferenced(&node) else { continue }
      var inputs = node.inputs
      node.inputs = []
      while var input = inputs.popLast() {
        if isKnownUniquelyReferenced(&input), let producer = input.owner {
          producer.forgetOutput(input, at: input.index)
          input.owner = nil
          nodes.append(producer)
        }
      }
    }
  }

  /// Theano's `str(variable)`: the name, `Op.index` for unnamed outputs, or `<Type>`.
  public var description: String {
    if let name { return name }
    if let owner { return "\(owner.op).\(index)" }
    return "<\(type)>"
  }

  /// A fresh variable of the same type and name, without owner (Theano's `Variable.clone`).
  public func cloneDetached() -> Variable {
    let copy = Variable(type: type, name: name)
    copy.tag = tag
    copy.trace = trace
    return copy
  }

  public static func == (lhs: Variable, rhs: Variable) -> Bool { lhs === rhs }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// A variable with a fixed value (Theano's `Constant`); never an input of a compiled function.
public final class Constant: Variable {
  /// The value, in the form its type's `filter` produced.
  public let value: Any

  /// Creates a constant.
  /// - Parameters:
  ///   - type: its type.
  ///   - value: its value, already filtered by `type`.
  ///   - name: an optional name.
  public init(type: any VariableType, value: Any, name: String? = nil) {
    self.value = value
    super.init(type: type, name: name)
  }

  /// The key that decides whether two constants may merge: equal types and equal value
  /// signatures (computed once: a constant never changes).
  public private(set) lazy var signature = ConstantSignature(
    type: type.hashKey, value: type.constantSignature(value))

  /// `TensorConstant{...}` (or the name, when named).
  public override var description: String {
    if let name { return name }
    return type.constantDescription(value)
  }

  /// A constant with the same value and type (constants are immutable, so this shares the value).
  public override func cloneDetached() -> Variable {
    let copy = Constant(type: type, value: value, name: name)
    copy.tag = tag
    return copy
  }
}

/// What makes two constants interchangeable (Theano's `merge_signature`): their type and their
/// value's signature. Its hash is computed once, so merging looks constants up cheaply.
public struct ConstantSignature: Hashable {
  private let type: AnyHashable
  private let value: AnyHashable
  private let hash: Int

  init(type: AnyHashable, value: AnyHashable) {
    self.type = type
    self.value = value
    var hasher = Hasher()
    hasher.combine(type)
    hasher.combine(value)
    self.hash = hasher.finalize()
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.hash == rhs.hash && lhs.type == rhs.type && lhs.value == rhs.value
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
