/// A variable with a value that persists between calls of the functions that use it (Theano's
/// `SharedVariable`): functions read it as an implicit input and may update it.
///
/// Copies of the variable (made when a graph is cloned) share its storage.
public final class SharedVariable: Variable {
  /// The storage shared by the variable and its copies.
  public final class Storage {
    /// The current value, in the form its type's `filter` produced.
    public var value: Any {
      didSet { hostObject = nil }
    }
    /// The host's object for the current value (for Python, the array object handed out or
    /// taken in without copying), so the host can give out the same object again; cleared when
    /// the value changes.
    public var hostObject: AnyObject?
    /// Whether a new value must already have exactly the variable's type (Theano's `strict`).
    public var strict = false
    /// Whether a new value may lose precision when converted (Theano's `allow_downcast`; `nil`:
    /// only a Python float converted to `floatX`).
    public var allowDowncast: Bool?

    init(_ value: Any) { self.value = value }
  }

  /// The shared storage.
  public let storage: Storage

  /// Creates a shared variable.
  /// - Parameters:
  ///   - type: its type.
  ///   - value: its initial value, already filtered by `type`.
  ///   - name: an optional name.
  public init(type: any VariableType, value: Any, name: String? = nil) {
    self.storage = Storage(value)
    super.init(type: type, name: name)
  }

  private init(type: any VariableType, storage: Storage, name: String?) {
    self.storage = storage
    super.init(type: type, name: name)
  }

  /// The current value.
  public var value: Any {
    get { storage.value }
    set { storage.value = newValue }
  }

  /// A copy sharing this variable's storage.
  public override func cloneDetached() -> Variable {
    let copy = SharedVariable(type: type, storage: storage, name: name)
    copy.tag = tag
    copy.trace = trace
    return copy
  }
}
