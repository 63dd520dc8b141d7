import SymbolicGraph

/// How a function is compiled (Theano's `Mode`): which rewrites run and how the graph executes.
public struct Mode: Sendable, Equatable {
  /// How the graph executes.
  public enum Linker: Sendable, Equatable {
    /// Node by node with each op's `perform` (Theano's `cvm`/`py` linkers without C).
    case perform
    /// Theano's `DebugMode`: the optimized and the original graph both run, results compared.
    case debug
    /// Theano's `NanGuardMode`: node by node, checking inputs, constants and every output.
    case nanGuard(NanGuard)
  }

  /// The rewrite selection.
  public var query: RewriteQuery {
    didSet { pipeline = makePipeline(Pipeline.phases, query: query) }
  }
  /// The linker.
  public var linker: Linker
  /// The rewrites the query selects, in order (built once per mode).
  public private(set) var pipeline: SequenceRewriter

  /// Creates a mode.
  public init(query: RewriteQuery, linker: Linker = .perform) {
    self.query = query
    self.linker = linker
    self.pipeline = makePipeline(Pipeline.phases, query: query)
  }

  public static func == (lhs: Mode, rhs: Mode) -> Bool {
    lhs.query == rhs.query && lhs.linker == rhs.linker
  }

  /// The query of a Theano optimizer name (`fast_run`, `fast_compile`, `merge`, `None`).
  public static func query(optimizer: String) -> RewriteQuery {
    switch optimizer {
    case "fast_compile", "o1": return RewriteQuery(include: ["fast_compile", "fast_compile_gpu"])
    case "merge": return RewriteQuery(include: ["merge"])
    case "None": return RewriteQuery(include: [])
    case "o2": return RewriteQuery(include: ["fast_compile", "fast_compile_gpu", "fusion"])
    case "o3": return RewriteQuery(include: ["fast_run"], exclude: ["inplace"])
    default: return RewriteQuery(include: ["fast_run"])
    }
  }

  /// The mode named `name` (`FAST_RUN`, `FAST_COMPILE`, `DebugMode`, `Mode`), or the flags'
  /// default mode when `name` is nil. As in Theano, `optimizer_excluding`/`including`/`requiring`
  /// apply only to the default mode.
  /// - Throws: ``TensorError`` for an unknown mode name.
  public static func named(_ name: String?, flags: TheanoFlags) throws -> Mode {
    let chosen = name ?? flags.mode
    var mode: Mode
    switch chosen {
    case "Mode": mode = Mode(query: query(optimizer: flags.optimizer))
    case "FAST_RUN": mode = Mode(query: query(optimizer: "fast_run"))
    case "FAST_COMPILE": mode = Mode(query: query(optimizer: "fast_compile"))
    case "DebugMode", "DEBUG_MODE":
      mode = Mode(query: query(optimizer: flags.optimizer), linker: .debug)
    default:
      throw TensorError("Exception", "No predefined mode exist for string: \(chosen)")
    }
    if name == nil {
      mode.query = mode.query.excluding(flags.optimizerExcluding)
        .including(flags.optimizerIncluding)
      mode.query.require.formUnion(flags.optimizerRequiring)
    }
    return mode
  }
}
