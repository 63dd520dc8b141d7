import MiniPython
import NumericArrays
import SymbolicGraph
import SymbolicTensor

extension TheanoSession {
  /// Defines the `theano.tensor` functions that change patterns and shapes: `addbroadcast`,
  /// `unbroadcast`, `patternbroadcast`, `shape_padleft`, `shape_padright`, `shape_padaxis`,
  /// `flatten`, `transpose`, `split`.
  func defineShapeFunctions(_ module: PyModule) {
    for (name, flag) in [("addbroadcast", true), ("unbroadcast", false)] {
      module.defineFunction(name) { [unowned self] interpreter, arguments in
        try arguments.noKeywords(name)
        guard let first = arguments.positional.first else {
          throw PyException.typeError("\(name)() missing 1 required positional argument: 'x'")
        }
        let axes = try arguments.positional.dropFirst().map { value -> Rebroadcast.Axis in
          guard case .int(let axis) = value else {
            throw PyException.typeError("Rebroadcast needs integer axes. Got \(try interpreter.str(value))")
          }
          return Rebroadcast.Axis(axis, flag)
        }
        return try self.building(interpreter) {
          self.wrap(try rebroadcast(try self.asVariable(first), axes))
        }
      }
    }
    module.defineFunction("patternbroadcast") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("patternbroadcast", ["x", "broadcastable"])
      let flags = try (sequenceItems(values[1]!) ?? []).map { value -> Bool in
        guard case .bool(let flag) = value else {
          throw PyException.typeError(
            "Rebroadcast needs bool for new broadcast pattern. Got \(try interpreter.str(value))")
        }
        return flag
      }
      return try self.building(interpreter) {
        let axes = flags.enumerated().map { Rebroadcast.Axis($0.offset, $0.element) }
        return self.wrap(try rebroadcast(try self.asVariable(values[0]!), axes))
      }
    }
    for name in ["shape_padleft", "shape_padright"] {
      module.defineFunction(name) { [unowned self] interpreter, arguments in
        let values = try arguments.unpack(name, ["t", "n_ones?"])
        let count = try values[1].map { try self.integerArgument($0, name: "n_ones") } ?? 1
        return try self.building(interpreter) {
          let t = try self.asVariable(values[0]!)
          let axes = (0..<t.ndim).map { DimShuffle.Entry.axis($0) }
          let ones = Array(repeating: DimShuffle.Entry.broadcast, count: count)
          return self.wrap(try dimshuffle(t, name == "shape_padleft" ? ones + axes : axes + ones))
        }
      }
    }
    module.defineFunction("shape_padaxis") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("shape_padaxis", ["t", "axis"])
      let axis = try self.integerArgument(values[1]!, name: "axis")
      return try self.building(interpreter) {
        self.wrap(try shapePadAxis(try self.asVariable(values[0]!), axis: axis))
      }
    }
    module.defineFunction("flatten") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("flatten", ["x", "ndim?", "outdim?"])
      return try self.building(interpreter) {
        self.wrap(try flatten(try self.asVariable(values[0]!), ndim: try self.flattenDimensions(values[1], values[2])))
      }
    }
    module.defineFunction("transpose") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("transpose", ["x", "axes?"])
      return try self.building(interpreter) {
        let x = try self.asVariable(values[0]!)
        return self.wrap(try self.transposed(x, axes: values[1]))
      }
    }
    module.defineFunction("split") { [unowned self] interpreter, arguments in
      let values = try arguments.unpack("split", ["x", "splits_size", "n_splits", "axis?"])
      let count = try self.integerArgument(values[2]!, name: "n_splits")
      return try self.building(interpreter) {
        let pieces = try split(
          try self.asVariable(values[0]!), sizes: try self.asVariable(values[1]!), count: count,
          axis: try self.asVariable(values[3] ?? .int(0)))
        // A one-output op returns its output itself.
        return pieces.count == 1 ? self.wrap(pieces[0]) : .list(pieces.map(self.wrap))
      }
    }
  }

  /// `transpose(x, axes)`: reversed axes by default; named `x.T` when reversing a named `x`.
  func transposed(_ x: Variable, axes: PyValue?) throws -> Variable {
    guard let axes, !axes.isNone else {
      let result = try transpose(x)
      if let name = x.name { result.name = name + ".T" }
      return result
    }
    let order = try (sequenceItems(axes) ?? [axes]).map { try integerArgument($0, name: "axes") }
    let result = try dimshuffle(x, order.map { .axis($0) })
    // Theano compares the axes with a list: only a list names the result.
    if let name = x.name, axes.object is PyList, order == Array((0..<x.ndim).reversed()) {
      result.name = name + ".T"
    }
    return result
  }

  /// `flatten`'s `ndim` (default 1) and its deprecated synonym `outdim`.
  func flattenDimensions(_ ndim: PyValue?, _ outdim: PyValue?) throws -> Int {
    let given = [ndim, outdim].map { $0?.isNone == false ? $0 : nil }
    switch (given[0], given[1]) {
    case (nil, nil): return 1
    case (.some, .some): throw PyException.valueError("You should only specify ndim")
    case (let value?, nil), (nil, let value?): return try integerArgument(value, name: "ndim")
    }
  }

  /// A Python int argument.
  func integerArgument(_ value: PyValue, name: String) throws -> Int {
    switch value {
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    default: throw PyException.typeError("\(name) must be an integer, not \(value.typeName)")
    }
  }
}
