extension BuiltinMethodTables {
  /// Methods of `complex` (`real` and `imag` are attributes, see `Interpreter.getAttribute`).
  nonisolated(unsafe) static let complex: [String: NativeFunction] = [
    "conjugate": { _, a in
      _ = try MethodArguments.positional(a, "complex.conjugate", 0...0)
      let z = try complexReceiver(a)
      return .complex(z.real, -z.imag)
    },
    "__complex__": { _, a in
      _ = try MethodArguments.positional(a, "complex.__complex__", 0...0)
      let z = try complexReceiver(a)
      return .complex(z.real, z.imag)
    },
    "__format__": { interp, a in
      let v = try MethodArguments.positional(a, "__format__", 1...1)
      let z = try complexReceiver(a)
      return .str(try interp.formatValue(.complex(z.real, z.imag), spec: try MethodArguments.str(v[0])))
    },
  ]

  private static func complexReceiver(_ a: Arguments) throws(PyException) -> (real: Double, imag: Double) {
    if let z = a.receiver.complexValue { return z }
    throw .typeError("descriptor requires a 'complex' object but received a '\(a.receiver.typeName)'")
  }
}
