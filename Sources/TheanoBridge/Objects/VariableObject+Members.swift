import MiniPython
import NumericArrays
import SymbolicGraph
import SymbolicTensor

extension TheanoSession {
  /// Defines the operators, attributes and methods of `TensorVariable` (Theano's
  /// `_tensor_py_operators`).
  func defineVariableMembers() {
    let type = types.tensorVariable
    let binary: [(String, ScalarOp, Bool)] = [
      ("__add__", .add, false), ("__radd__", .add, true), ("__sub__", .sub, false),
      ("__rsub__", .sub, true), ("__mul__", .mul, false), ("__rmul__", .mul, true),
      ("__truediv__", .trueDiv, false), ("__rtruediv__", .trueDiv, true),
      ("__floordiv__", .intDiv, false), ("__rfloordiv__", .intDiv, true),
      ("__mod__", .mod, false), ("__rmod__", .mod, true), ("__pow__", .pow, false),
      ("__rpow__", .pow, true), ("__lt__", .lt, false), ("__le__", .le, false),
      ("__gt__", .gt, false), ("__ge__", .ge, false), ("__and__", .and, false),
      ("__rand__", .and, true), ("__or__", .or, false), ("__ror__", .or, true),
      ("__xor__", .xor, false), ("__rxor__", .xor, true),
    ]
    for (name, op, reflected) in binary {
      type.defineMethod(name) { [unowned self] interpreter, arguments in
        guard arguments.positional.count == 2 else {
          throw PyException.typeError("\(name) expected 1 argument")
        }
        let me = try self.receiverVariable(arguments, "TensorVariable.\(name)")
        return try self.building(interpreter) {
          let other = try self.asVariable(arguments.positional[1])
          if op == .mod, me.dtype?.isComplex == true || other.dtype?.isComplex == true {
            // Theano's `mod_check` behind `%`.
            throw TensorError(
              "theano.scalar.basic.ComplexError",
              "Theano does not support the mod operator (%) on complex numbers, since numpy deprecated it.")
          }
          return self.wrap(try elemwise(op, reflected ? [other, me] : [me, other], context: self.typing))
        }
      }
    }
    for (name, op) in [("__neg__", ScalarOp.neg), ("__abs__", .abs), ("__invert__", .invert)] {
      type.defineMethod(name) { [unowned self] interpreter, arguments in
        let me = try self.receiverVariable(arguments, "TensorVariable.\(name)")
        return try self.building(interpreter) { self.wrap(try elemwise(op, [me], context: self.typing)) }
      }
    }
    for (name, op) in [("conj", ScalarOp.conj), ("conjugate", .conj)] {
      type.defineMethod(name) { [unowned self] interpreter, arguments in
        let me = try self.receiverVariable(arguments, "TensorVariable.\(name)")
        return try self.building(interpreter) { self.wrap(try elemwise(op, [me], context: self.typing)) }
      }
    }
    for (name, op) in [("real", ScalarOp.real), ("imag", .imag)] {
      type.defineProperty(name) { [unowned self] interpreter, value in
        let me = try self.asVariable(value)
        return try self.building(interpreter) { self.wrap(try elemwise(op, [me], context: self.typing)) }
      }
    }
    type.defineMethod("__repr__") { [unowned self] _, arguments in
      .str(try self.receiverVariable(arguments, "TensorVariable.__repr__").description)
    }
    type.defineMethod("__str__") { [unowned self] _, arguments in
      .str(try self.receiverVariable(arguments, "TensorVariable.__str__").description)
    }
    type.defineMethod("__getitem__") { [unowned self] interpreter, arguments in
      let me = try self.receiverVariable(arguments, "TensorVariable.__getitem__")
      return try self.building(interpreter) {
        self.wrap(try SymbolicTensor.index(me, try self.indexEntries(arguments.positional[1])))
      }
    }
    type.defineMethod("__len__") { _, _ in
      throw PyException.typeError("object of type 'TensorVariable' has no len()")
    }
    type.defineProperty("shape") { [unowned self] interpreter, value in
      let me = try self.asVariable(value)
      return try self.building(interpreter) { self.wrap(try shape(me)) }
    }
    type.defineProperty("T") { [unowned self] interpreter, value in
      let me = try self.asVariable(value)
      return try self.building(interpreter) {
        let result = try transpose(me)
        if let name = me.name { result.name = name + ".T" }
        return self.wrap(result)
      }
    }
    type.defineProperty("ndim") { [unowned self] _, value in .int(try self.asVariable(value).ndim) }
    type.defineProperty("dtype") { [unowned self] _, value in
      .str(try self.asVariable(value).dtype?.name ?? "")
    }
    type.defineProperty("broadcastable") { [unowned self] _, value in
      .tuple(try self.asVariable(value).broadcastable.map { .bool($0) })
    }
    type.defineProperty("type") { [unowned self] _, value in
      .object(TypeObject(try self.asVariable(value).type, type: self.types.tensorType))
    }
    type.defineProperty("owner") { [unowned self] _, value in
      guard let owner = try self.asVariable(value).owner else { return .none }
      return .object(ApplyObject(owner, session: self))
    }
    type.defineProperty(
      "name", get: { [unowned self] _, value in try self.asVariable(value).name.map { .str($0) } ?? .none },
      set: { [unowned self] _, value, name in
        let variable = try self.asVariable(value)
        switch name {
        case .none: variable.name = nil
        case .str(let text): variable.name = text
        default: throw PyException.typeError("name must be a string")
        }
      })
    defineVariableMethods(type)
  }

  /// A Python index expression as Theano's `__getitem__` sees it: Python ints become int64
  /// scalar constants, lists and arrays tensor constants; Python bools are refused.
  func indexEntries(_ key: PyValue) throws -> [IndexEntry] {
    var items = [key]
    if let tuple = key.object as? PyTuple {
      items = tuple.items
    } else if let list = key.object as? PyList, list.items.contains(where: { $0.object is PySlice }) {
      items = list.items
    }
    for item in items where item.object as? PySlice == nil && containsPythonBool(item) {
      throw PyException.typeError(
        "TensorType does not support Python bools for indexing, such as tensor[[True, False]]. "
          + "To use a boolean mask, convert the mask to a NumPy array first, e.g., "
          + "tensor[numpy.array([True, False])].")
    }
    func bound(_ value: PyValue) throws -> Variable? {
      switch value {
      case .none: return nil
      case .int(let number): return scalarConstant(Int64(number))
      case .bool(let flag): return scalarConstant(flag ? 1 : 0)
      default: return try asVariable(value)
      }
    }
    return try items.map { item -> IndexEntry in
      if let slice = item.object as? PySlice {
        return .slice(start: try bound(slice.start), stop: try bound(slice.stop), step: try bound(slice.step))
      }
      switch item {
      case .none: return .newAxis
      case .int(let number): return .variable(scalarConstant(Int64(number)))
      default:
        if item.object === BuiltinTypes.ellipsisValue.object { return .ellipsis }
        if let items = sequenceItems(item), items.isEmpty {
          return .variable(constant(try NDArray.zeros([0], dtype: .int64)))
        }
        return .variable(try asVariable(item))
      }
    }
  }

  /// Theano's `includes_bool`: a Python bool, or a list or tuple holding one.
  private func containsPythonBool(_ value: PyValue) -> Bool {
    if case .bool = value { return true }
    return sequenceItems(value)?.contains(where: containsPythonBool) ?? false
  }
}
