/// The methods of `bytes` (the receiver is `arguments.positional[0]`).
extension BuiltinMethodTables {
  /// `bytes.decode` and `bytes.hex`, keyed by name.
  nonisolated(unsafe) static let bytes: [String: NativeFunction] = [
    "decode": { _, a in
      let p = try a.unpack("decode", ["self", "encoding?", "errors?"])
      guard let b = p[0]?.object as? PyBytes else { throw PyException.typeError("descriptor 'decode' requires a 'bytes' object") }
      let (codec, errors) = try codecArguments("decode", p[1], p[2])
      return .str(try Codecs.decode(b.bytes, codec, errors: errors))
    },
    "hex": { _, a in
      _ = try MethodArguments.positional(a, "hex", 0...0)
      guard let b = a.positional[0].object as? PyBytes else { throw PyException.typeError("descriptor 'hex' requires a 'bytes' object") }
      return .str(b.bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined())
    },
  ]

  /// The codec and error handler of `encode`/`decode`/`str(b, ...)` arguments (UTF-8 and
  /// `strict` by default), with `decode() argument 'encoding' must be str, not int`.
  static func codecArguments(_ function: String, _ encoding: PyValue?, _ errors: PyValue?) throws
    -> (Codecs.Codec, String)
  {
    func text(_ v: PyValue?, _ name: String, _ fallback: String) throws -> String {
      guard let v else { return fallback }
      guard case .str(let s) = v else {
        throw PyException.typeError("\(function)() argument '\(name)' must be str, not \(v.typeName)")
      }
      return s
    }
    return (try Codecs.codec(try text(encoding, "encoding", "utf-8")), try text(errors, "errors", "strict"))
  }
}
