/// `int.to_bytes` and `int.from_bytes` (CPython 3.11: `length=1`, `byteorder='big'`, keyword-only
/// `signed`), within 64-bit integers.
extension BuiltinMethodTables {
  static func toBytes(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    let p = try a.unpack("to_bytes", ["self", "length?", "byteorder?", "*", "signed?"])
    guard case .int(let value)? = p[0] ?? nil else { throw PyException.typeError("descriptor 'to_bytes' requires an 'int' object") }
    let length = try p[1].map { try interp.index($0) } ?? 1
    let little = try byteOrder(p[2])
    let signed = try p[3].map { try interp.truthy($0) } ?? false
    if length < 0 { throw PyException.valueError("length argument must be non-negative") }
    if value < 0 && !signed { throw PyException.overflow("can't convert negative int to unsigned") }
    let bits = signed ? (value < 0 ? (~value).bitWidthNeeded + 1 : value.bitWidthNeeded + 1) : value.bitWidthNeeded
    if bits > length * 8 && !(value == 0 && length == 0) { throw PyException.overflow("int too big to convert") }
    try interp.checkSize(length)
    var bytes: [UInt8] = []
    var rest = value
    for _ in 0..<length {
      bytes.append(UInt8(truncatingIfNeeded: rest))
      rest >>= 8
    }
    return .object(PyBytes(little ? bytes : bytes.reversed()))
  }

  static func fromBytes(_ interp: Interpreter, _ a: Arguments) throws -> PyValue {
    // Read from the class (`int.from_bytes(b)`) there is no receiver; from an int there is.
    var args = a
    if args.positional.count >= 2, case .int = args.positional[0], args.positional[1].object is PyBytes {
      args.positional.removeFirst()
    }
    let p = try args.unpack("from_bytes", ["bytes", "byteorder?", "*", "signed?"])
    var bytes: [UInt8]
    if let b = p[0]?.object as? PyBytes {
      bytes = b.bytes
    } else {
      bytes = []
      for v in try interp.listOfValues(p[0] ?? .none) {
        let i = try interp.index(v)
        guard (0...255).contains(i) else { throw PyException.valueError("bytes must be in range(0, 256)") }
        bytes.append(UInt8(i))
      }
    }
    if try byteOrder(p[1]) { bytes.reverse() }
    let signed = try p[2].map { try interp.truthy($0) } ?? false
    let negative = signed && (bytes.first ?? 0) >= 0x80
    // Leading bytes that only extend the sign (or zeros) do not count.
    while bytes.count > 1, negative ? (bytes[0] == 0xFF && bytes[1] >= 0x80) : (bytes[0] == 0 && (!signed || bytes[1] < 0x80)) {
      bytes.removeFirst()
    }
    if bytes.count > 8 || (bytes.count == 8 && !signed && bytes[0] >= 0x80) { throw Operators.overflow() }
    var bits: UInt64 = 0
    for b in bytes { bits = bits << 8 | UInt64(b) }
    if negative && bytes.count < 8 { bits |= ~0 << (8 * UInt64(bytes.count)) }
    return .int(Int(bitPattern: UInt(bits)))
  }

  /// `byteorder`: true for `'little'`.
  private static func byteOrder(_ v: PyValue?) throws -> Bool {
    guard let v else { return false }
    guard case .str(let s) = v else {
      throw PyException.typeError("to_bytes() argument 'byteorder' must be str, not \(v.typeName)")
    }
    guard s == "little" || s == "big" else { throw PyException.valueError("byteorder must be either 'little' or 'big'") }
    return s == "little"
  }
}

extension Int {
  /// The bits of a non-negative value (`bit_length`).
  fileprivate var bitWidthNeeded: Int { Int.bitWidth - leadingZeroBitCount }
}
