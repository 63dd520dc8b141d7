import NumericArrays

/// Theano's configuration flags that the engine honours (`THEANO_FLAGS`, `theano.config`, a
/// document's `theano_flags` front matter).
public struct TheanoFlags: Sendable, Equatable {
  /// `mode`: `Mode` (the default: `optimizer` with the perform linker), `FAST_RUN`,
  /// `FAST_COMPILE` or `DebugMode`.
  public var mode: String = "Mode"
  /// `optimizer`: `fast_run`, `fast_compile`, `merge` or `None`.
  public var optimizer: String = "fast_run"
  /// `optimizer_excluding`: names or tags, colon-separated in the flag.
  public var optimizerExcluding: [String] = []
  /// `optimizer_including`.
  public var optimizerIncluding: [String] = []
  /// `optimizer_requiring`.
  public var optimizerRequiring: [String] = []
  /// `exception_verbosity`: `low` or `high`.
  public var exceptionVerbosity: String = "low"
  /// `floatX`.
  public var floatX: DType = .float64
  /// `traceback.limit`.
  public var tracebackLimit: Int = 8
  /// `compute_test_value`: `off`, `ignore`, `warn`, `raise` or `pdb`.
  public var computeTestValue: String = "off"
  /// Flags accepted and kept but without effect here (`blas.ldflags`, `cxx`, `device`, ...).
  public var other: [String: String] = [:]

  /// Theano's defaults.
  public init() {}

  /// Parses a `THEANO_FLAGS`-style string (`a=b,c=d`) on top of these flags.
  /// - Throws: ``TensorError`` for a malformed entry or an invalid value.
  public mutating func apply(_ text: String) throws {
    for entry in text.split(separator: ",") {
      let trimmed = entry.trimmingSpaces()
      if trimmed.isEmpty { continue }
      guard let equal = trimmed.firstIndex(of: "=") else {
        throw TensorError.value("Invalid flag without value: \(trimmed)")
      }
      try set(String(trimmed[..<equal]), String(trimmed[trimmed.index(after: equal)...]))
    }
  }

  /// Sets one flag by its Theano name.
  /// - Throws: ``TensorError`` when the value is not valid for the flag.
  public mutating func set(_ name: String, _ value: String) throws {
    switch name {
    case "mode":
      let modes = ["Mode", "FAST_RUN", "FAST_COMPILE", "DebugMode", "DEBUG_MODE", "ProfileMode"]
      guard modes.contains(value) else { throw invalid(name, value) }
      mode = value
    case "optimizer":
      let optimizers = ["fast_run", "fast_compile", "merge", "None", "o1", "o2", "o3", "o4", "unsafe", "stabilize"]
      guard optimizers.contains(value) else { throw invalid(name, value) }
      optimizer = value
    case "optimizer_excluding": optimizerExcluding = colonList(value)
    case "optimizer_including": optimizerIncluding = colonList(value)
    case "optimizer_requiring": optimizerRequiring = colonList(value)
    case "exception_verbosity":
      guard value == "low" || value == "high" else { throw invalid(name, value) }
      exceptionVerbosity = value
    case "floatX":
      guard let dtype = DType(numpyName: value), [.float16, .float32, .float64].contains(dtype)
      else { throw invalid(name, value) }
      floatX = dtype
    case "compute_test_value":
      let options = ["off", "ignore", "warn", "raise", "pdb"]
      guard options.contains(value) else {
        throw TensorError.value(
          invalid(name, value).message + " Valid options are ("
            + options.map { "'\($0)'" }.joined(separator: ", ") + ")")
      }
      computeTestValue = value
    case "traceback.limit":
      guard let limit = Int(value) else { throw invalid(name, value) }
      tracebackLimit = limit
    default:
      other[name] = value
    }
  }

  /// The typing context these flags imply.
  public var typing: TypingContext { TypingContext(floatX: floatX) }

  private func invalid(_ name: String, _ value: String) -> TensorError {
    TensorError.value("Invalid value (\"\(value)\") for configuration variable \"\(name)\".")
  }

  private func colonList(_ value: String) -> [String] {
    value.split(separator: ":").map(String.init).filter { !$0.isEmpty }
  }
}

extension Substring {
  func trimmingSpaces() -> Substring {
    var text = self
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return text
  }
}
