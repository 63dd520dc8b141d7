import Foundation

// A first set of `str` methods written by the interpreter's author; `Library/` completes it.
extension BuiltinMethodTables {
  static func receiverString(_ a: Arguments, _ method: String) throws -> String {
    guard case .str(let s) = a.receiver else {
      throw PyException.typeError("descriptor '\(method)' for 'str' objects doesn't apply to a '\(a.receiver.typeName)' object")
    }
    return s
  }

  static func stringArgument(_ v: PyValue, _ method: String) throws -> String {
    guard case .str(let s) = v else { throw PyException.typeError("must be str, not \(v.typeName)") }
    return s
  }

  /// Methods of `str`.
  nonisolated(unsafe) static let str: [String: NativeFunction] = [
    "join": { interp, a in
      let sep = try receiverString(a, "join")
      let p = try Arguments(Array(a.positional.dropFirst())).unpack("join", ["iterable"])
      var parts: [String] = []
      for (i, v) in try interp.listOfValues(p[0]!).enumerated() {
        guard case .str(let s) = v else {
          throw PyException.typeError("sequence item \(i): expected str instance, \(v.typeName) found")
        }
        parts.append(s)
      }
      return .str(parts.joined(separator: sep))
    },
    "split": { interp, a in
      let s = try receiverString(a, "split")
      let p = try Arguments(Array(a.positional.dropFirst()), keywords: a.keywords).unpack("split", ["sep?", "maxsplit?"])
      let maxsplit = try p[1].map { try interp.index($0) } ?? -1
      if let sepValue = p[0], !sepValue.isNone {
        let sep = try stringArgument(sepValue, "split")
        if sep.isEmpty { throw PyException.valueError("empty separator") }
        var parts: [PyValue] = []
        var rest = Substring(s)
        while maxsplit < 0 || parts.count < maxsplit, let r = rest.range(of: sep) {
          parts.append(.str(String(rest[..<r.lowerBound])))
          rest = rest[r.upperBound...]
        }
        parts.append(.str(String(rest)))
        return .list(parts)
      }
      var parts: [PyValue] = []
      var rest = Substring(s).drop(while: { $0.isWhitespace })
      while !rest.isEmpty {
        if maxsplit >= 0 && parts.count == maxsplit {
          parts.append(.str(String(rest.reversed().drop(while: { $0.isWhitespace }).reversed())))
          break
        }
        let word = rest.prefix(while: { !$0.isWhitespace })
        parts.append(.str(String(word)))
        rest = rest.dropFirst(word.count).drop(while: { $0.isWhitespace })
      }
      return .list(parts)
    },
    "strip": { _, a in
      let s = try receiverString(a, "strip")
      if a.positional.count > 1, case .str(let chars) = a.positional[1] {
        return .str(String(s.drop(while: { chars.contains($0) }).reversed().drop(while: { chars.contains($0) }).reversed()))
      }
      return .str(s.trimmingCharacters(in: .whitespacesAndNewlines))
    },
    "upper": { _, a in .str(try receiverString(a, "upper").uppercased()) },
    "lower": { _, a in .str(try receiverString(a, "lower").lowercased()) },
    "replace": { _, a in
      let s = try receiverString(a, "replace")
      guard a.positional.count >= 3 else { throw PyException.typeError("replace expected at least 2 arguments, got \(a.positional.count - 1)") }
      return .str(s.replacingOccurrences(of: try stringArgument(a.positional[1], "replace"), with: try stringArgument(a.positional[2], "replace")))
    },
    "startswith": { _, a in
      let s = try receiverString(a, "startswith")
      guard a.positional.count == 2 else { throw PyException.typeError("startswith() takes at least 1 argument") }
      if let t = a.positional[1].object as? PyTuple {
        return .bool(try t.items.contains { s.hasPrefix(try stringArgument($0, "startswith")) })
      }
      return .bool(s.hasPrefix(try stringArgument(a.positional[1], "startswith")))
    },
    "endswith": { _, a in
      let s = try receiverString(a, "endswith")
      guard a.positional.count == 2 else { throw PyException.typeError("endswith() takes at least 1 argument") }
      if let t = a.positional[1].object as? PyTuple {
        return .bool(try t.items.contains { s.hasSuffix(try stringArgument($0, "endswith")) })
      }
      return .bool(s.hasSuffix(try stringArgument(a.positional[1], "endswith")))
    },
  ]
}
