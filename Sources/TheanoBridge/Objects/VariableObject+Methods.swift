import MiniPython
import NumPyBridge
import NumericArrays
import SymbolicGraph
import SymbolicTensor

extension TheanoSession {
  func defineVariableMethods(_ type: PyType) {
    type.defineMethod("dimshuffle") { [unowned self] interpreter, arguments in
      let me = try self.receiverVariable(arguments, "TensorVariable.dimshuffle")
      var pattern = Array(arguments.positional.dropFirst())
      var isList = false
      if pattern.count == 1, let sequence = sequenceItems(pattern[0]) {
        isList = pattern[0].object is PyList
        pattern = sequence
      }
      let order = try pattern.map { entry -> DimShuffle.Entry in
        switch entry {
        case .int(let axis): return .axis(axis)
        case .bool(let flag): return .axis(flag ? 1 : 0)
        case .str("x"): return .broadcast
        default:
          if let scalar = entry.object as? PyNumpyScalar, scalar.value.dtype.isInteger,
            let axis = scalar.value.scalars.first.map({ Int($0.doubleValue) })
          {
            return .axis(axis)
          }
          // Theano's message, with its unformatted placeholders (the arguments follow).
          let text = try interpreter.repr(.str(try interpreter.str(entry)))
          let type = try interpreter.repr(.str("<class '\(entry.typeName)'>"))
          throw PyException.typeError(
            "(\"DimShuffle indices must be python ints. Got: '%s' of type '%s'.\", \(text), \(type))")
        }
      }
      return try self.building(interpreter) { self.wrap(try dimshuffle(me, order, orderIsList: isList)) }
    }
    type.defineMethod("reshape") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("reshape", ["self", "shape", "ndim?"])
      let me = try self.receiverVariable(arguments, "TensorVariable.reshape")
      return try self.building(interpreter) {
        let target = try self.asVariable(values[1]!)
        var ndim = sequenceItems(values[1]!)?.count
        if case .int(let given)? = values[2] { ndim = given }
        if ndim == nil, let constant = target as? SymbolicGraph.Constant, let array = constant.value as? NDArray {
          ndim = array.size
        }
        guard let ndim else {
          throw PyException.valueError("The length of the provided shape (\(target)) cannot be automatically determined, so Theano is not able to know what the number of dimensions of the reshaped variable will be. You can provide the 'ndim' keyword argument to 'reshape' to avoid this problem.")
        }
        return self.wrap(try reshape(me, target, ndim: ndim))
      }
    }
    defineReductionMethods(type)
    defineShapeMethods(type)
    defineAllocMethods(type)
    type.defineMethod("astype") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("astype", ["self", "dtype"])
      let me = try self.receiverVariable(arguments, "TensorVariable.astype")
      let dtype = try castDType(values[1]!)
      return try self.building(interpreter) { self.wrap(try cast(me, dtype)) }
    }
    type.defineMethod("eval") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("eval", ["self", "inputs_to_values?"])
      let me = try self.receiverVariable(arguments, "TensorVariable.eval")
      var inputs: [Variable] = []
      var given: [PyValue] = []
      if let dict = values[1]?.object as? PyDict {
        for (key, value) in dict.items {
          inputs.append(try self.asVariable(key))
          given.append(value)
        }
      }
      let function = try self.compile(
        inputs: inputs, outputs: [me], modeName: nil, name: nil, interpreter: interpreter)
      return try function.call(given, interpreter: interpreter)[0]
    }
  }
}

/// The items of a Python list or tuple, or nil.
func sequenceItems(_ value: PyValue) -> [PyValue]? {
  if let list = value.object as? PyList { return list.items }
  if let tuple = value.object as? PyTuple { return tuple.items }
  return nil
}

/// An `axis=` argument: None, an int, or a sequence of ints.
func axisList(_ value: PyValue) throws -> [Int]? {
  switch value {
  case .none: return nil
  case .int(let axis): return [axis]
  default:
    guard let items = sequenceItems(value) else {
      throw PyException.typeError("axis must be an int, a sequence of ints or None")
    }
    return try items.map { item in
      guard case .int(let axis) = item else { throw PyException.typeError("axis must be ints") }
      return axis
    }
  }
}

/// A dtype named by a string, or Theano's bare `KeyError` for an unknown name.
func castDType(_ value: PyValue) throws -> DType {
  guard case .str(let name) = value else { throw PyException.typeError("dtype must be a string") }
  guard let dtype = DType(numpyName: name) else { throw PyException.keyError(.str(name)) }
  return dtype
}
