/// Which rewrites a compilation mode runs (Theano's `Query`): entries whose name or tags meet
/// `include`, all of `require`, and none of `exclude`.
public struct RewriteQuery: Sendable, Equatable {
  /// Tags or names of which an entry needs at least one.
  public var include: Set<String>
  /// Tags an entry needs all of.
  public var require: Set<String>
  /// Tags or names that remove an entry.
  public var exclude: Set<String>

  /// Creates a query.
  public init(include: Set<String>, require: Set<String> = [], exclude: Set<String> = []) {
    self.include = include
    self.require = require
    self.exclude = exclude
  }

  /// Whether an entry with this name and these tags is selected.
  public func selects(name: String, tags: Set<String>) -> Bool {
    let labels = tags.union([name])
    return !labels.isDisjoint(with: include) && require.isSubset(of: labels)
      && labels.isDisjoint(with: exclude)
  }

  /// This query with more names or tags included.
  public func including(_ labels: [String]) -> RewriteQuery {
    var copy = self
    copy.include.formUnion(labels)
    return copy
  }

  /// This query with more names or tags excluded.
  public func excluding(_ labels: [String]) -> RewriteQuery {
    var copy = self
    copy.exclude.formUnion(labels)
    return copy
  }
}

/// A node rewrite registered in an equilibrium phase, with the tags that select it.
public struct LocalRewriteEntry: Sendable {
  /// How the phase uses the rewrite.
  public enum Role: Sendable {
    /// Tried on every node of every pass.
    case normal
    /// Run as a walk at the end of every pass (Theano's `final_opt`).
    case final
  }

  /// The rewrite (its name is the entry's name).
  public let rewriter: NodeRewriter
  /// Its tags (`fast_run`, `fast_compile`, ...).
  public let tags: Set<String>
  /// Its role.
  public let role: Role

  /// Creates an entry.
  public init(_ rewriter: NodeRewriter, tags: Set<String>, role: Role = .normal) {
    self.rewriter = rewriter
    self.tags = tags
    self.role = role
  }
}

/// One phase of the compilation pipeline (an entry of Theano's `optdb`).
public struct RewritePhase: Sendable {
  /// What the phase runs.
  public enum Body: Sendable {
    /// A graph rewriter.
    case graph(any GraphRewriter)
    /// Node rewrites to an equilibrium (Theano's `EquilibriumDB`): `ignoreNewTrees` leaves
    /// nodes created in a pass to the next pass; `mergeCleanup` merges after every change (only
    /// `canonicalize` does both differently from the defaults).
    case equilibrium([LocalRewriteEntry], ignoreNewTrees: Bool = true, mergeCleanup: Bool = false)
    /// Sub-phases, each selected by the query and run by position (Theano's `SequenceDB`).
    case sequence([RewritePhase])
  }

  /// Its Theano name (`canonicalize`, `ShapeOpt`, `inplace_elemwise_opt`).
  public let name: String
  /// Its position in the pipeline; phases run by increasing position.
  public let position: Double
  /// Its tags.
  public let tags: Set<String>
  /// What it runs.
  public let body: Body

  /// Creates a phase.
  public init(name: String, position: Double, tags: Set<String>, body: Body) {
    self.name = name
    self.position = position
    self.tags = tags
    self.body = body
  }
}

/// The graph rewriter that a query selects from `phases`: the selected phases by position (then
/// name), each equilibrium phase limited to its selected entries.
/// - Parameters:
///   - phases: the pipeline table.
///   - query: the selection.
/// - Returns: a sequence rewriter.
public func makePipeline(_ phases: [RewritePhase], query: RewriteQuery) -> SequenceRewriter {
  let selected = phases.filter { query.selects(name: $0.name, tags: $0.tags) }
    .sorted { ($0.position, $0.name) < ($1.position, $1.name) }
  let steps: [any GraphRewriter] = selected.map { phase in
    switch phase.body {
    case .graph(let rewriter):
      return rewriter
    case .sequence(let phases):
      return makePipeline(phases, query: query)
    case .equilibrium(let entries, let ignoreNewTrees, let mergeCleanup):
      let chosen = entries.filter { query.selects(name: $0.rewriter.name, tags: $0.tags) }
      var normal: [NodeRewriter] = []
      var final: [NodeRewriter] = []
      for entry in chosen {
        switch entry.role {
        case .normal: normal.append(entry.rewriter)
        case .final: final.append(entry.rewriter)
        }
      }
      let merge: [any GraphRewriter] =
        mergeCleanup && query.selects(name: "merge", tags: ["fast_run", "fast_compile"])
        ? [MergeRewriter(name: "merge")] : []
      return EquilibriumRewriter(
        name: phase.name, rewriters: normal, finalRewriters: final, cleanup: merge,
        ignoreNewTrees: ignoreNewTrees)
    }
  }
  return SequenceRewriter(name: "pipeline", steps: steps)
}
