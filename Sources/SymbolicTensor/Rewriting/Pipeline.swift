import SymbolicGraph

/// Theano 1.0.5's optimization database (`optdb`) for the ops in scope, as one literal table:
/// phases by position, each with Theano's name and tags, so `optimizer_including`/`excluding`
/// can name any phase or rewrite.
public enum Pipeline {
  /// The phases, read top to bottom in position order.
  public static let phases: [RewritePhase] = sortedByPosition(Pipeline.elemwisePhases + [
    RewritePhase(
      name: "merge1", position: 0, tags: ["fast_run", "fast_compile", "merge"],
      body: .graph(MergeRewriter(name: "merge1"))),
    RewritePhase(
      name: "ShapeOpt", position: 0.1, tags: ["fast_run", "fast_compile"],
      body: .graph(ShapeOptimizer())),
    RewritePhase(
      name: "merge1.1", position: 0.65, tags: ["fast_run", "fast_compile", "merge"],
      body: .graph(MergeRewriter(name: "merge1.1"))),
    RewritePhase(
      name: "canonicalize", position: 1, tags: ["fast_run", "fast_compile", "canonicalize_db"],
      body: .equilibrium([
        LocalRewriteEntry(.localShapeToShapeI, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localSubtensorIncSubtensor, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(
          .localSubtensorMakeVector, tags: ["fast_run", "fast_compile_gpu", "canonicalize"]),
        LocalRewriteEntry(.localUselessSlice, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(
          .localSetsubtensorOfConstants,
          tags: ["fast_run", "canonicalize", "local_setsubtensor_of_allocs"]),
        LocalRewriteEntry(.localUselessSubtensor, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localSubtensorLift, tags: ["fast_run", "fast_compile", "canonicalize"]),
        LocalRewriteEntry(.localSubtensorMerge, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localSubtensorOfAlloc, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localSubtensorOfDot, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localJoin1, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localUselessSplit, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localUselessDimshuffleInReshape, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localUselessReshape, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localReshapeToDimshuffle, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localReshapeLift, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localLiftTransposeThroughDot, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localUselessRebroadcast, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localRebroadcastLift, tags: ["fast_run", "canonicalize"]),
      ] + Pipeline.elemwiseCanonicalize + [
        LocalRewriteEntry(.localSumProdDivDimshuffle, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localSumProdAllToNone, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localOpOfOp, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(.localReduceBroadcastable, tags: ["fast_run", "canonicalize"]),
        LocalRewriteEntry(
          .constantFolding, tags: ["fast_run", "fast_compile", "canonicalize"], role: .final),
      ], ignoreNewTrees: false, mergeCleanup: true)),
    RewritePhase(
      name: "merge1.2", position: 1.2, tags: ["fast_run", "fast_compile", "merge"],
      body: .graph(MergeRewriter(name: "merge1.2"))),
    RewritePhase(
      name: "stabilize", position: 1.5, tags: ["fast_run"],
      body: .equilibrium(Pipeline.elemwiseStabilize)),
    RewritePhase(
      name: "BlasOpt", position: 1.7, tags: ["fast_run", "fast_compile_gpu"],
      body: .sequence(BlasPipeline.phases)),
    RewritePhase(
      name: "specialize", position: 2, tags: ["fast_run", "fast_compile_gpu"],
      body: .equilibrium([
        LocalRewriteEntry(.localShapeToShapeI, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localSubtensorIncSubtensor, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localSubtensorMakeVector, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localUselessSlice, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localUselessSubtensor, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localSubtensorMerge, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localSubtensorOfAlloc, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localSubtensorOfDot, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localJoin1, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localUselessSplit, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localRemoveUselessAssert, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localUselessRebroadcast, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localRebroadcastLift, tags: ["fast_run", "specialize"]),
      ] + Pipeline.elemwiseSpecialize + [
        LocalRewriteEntry(.localArgmaxPushdown, tags: ["fast_run", "fast_compile_gpu", "specialize"]),
        LocalRewriteEntry(.localSubtensorIncSubtensor, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(.localSubtensorMakeVector, tags: ["fast_run", "specialize"]),
        LocalRewriteEntry(
          .constantFolding, tags: ["fast_run", "fast_compile", "specialize"], role: .final),
      ])),
    RewritePhase(
      name: "uncanonicalize", position: 3, tags: ["fast_run"],
      body: .equilibrium([
        LocalRewriteEntry(.localReduceBroadcastable, tags: ["fast_run", "uncanonicalize"]),
        LocalRewriteEntry(.localMaxAndArgmax, tags: ["fast_run", "uncanonicalize"]),
        LocalRewriteEntry(.localMaxToMin, tags: ["fast_run", "uncanonicalize"]),
        LocalRewriteEntry(
          .constantFolding, tags: ["fast_run", "fast_compile", "uncanonicalize"], role: .final),
      ])),
    RewritePhase(
      name: "local_add_mul_fusion", position: 48.998, tags: Pipeline.fusionTags,
      body: .graph(FusionOptimizer.addMulFusion)),
    RewritePhase(
      name: "composite_elemwise_fusion", position: 48.999, tags: Pipeline.fusionTags,
      body: .graph(FusionOptimizer.compositeFusion)),
    RewritePhase(
      name: "merge2", position: 49, tags: ["fast_run", "merge"],
      body: .graph(MergeRewriter(name: "merge2"))),
    RewritePhase(
      name: "add_destroy_handler", position: 49.5, tags: ["fast_run", "inplace"],
      body: .graph(AddDestroyHandler())),
    RewritePhase(
      name: "local_inplace_setsubtensor", position: 60, tags: ["fast_run", "inplace"],
      body: .graph(WalkingRewriter(name: "local_inplace_setsubtensor", rewriters: [.localInplaceSetsubtensor]))),
    RewritePhase(
      name: "local_inplace_incsubtensor1", position: 60, tags: ["fast_run", "inplace"],
      body: .graph(
        WalkingRewriter(name: "local_inplace_incsubtensor1", rewriters: [.localInplaceIncsubtensor1]))),
    RewritePhase(
      name: "InplaceBlasOpt", position: 70, tags: ["fast_run", "inplace", "blas_opt_inplace"],
      body: .graph(BlasPipeline.inplace)),
    RewritePhase(
      name: "make_scipy_blas_destructive", position: 70, tags: ["fast_run", "inplace"],
      body: .graph(BlasPipeline.scipyDestructive)),
    RewritePhase(
      name: "inplace_elemwise_opt", position: 75,
      tags: ["inplace_opt", "inplace_elemwise_optimizer", "fast_run", "inplace"],
      body: .graph(InplaceElemwiseOptimizer())),
    RewritePhase(
      name: "merge3", position: 100, tags: ["fast_run", "merge"],
      body: .graph(MergeRewriter(name: "merge3"))),
  ])

  private static func sortedByPosition(_ phases: [RewritePhase]) -> [RewritePhase] {
    phases.sorted { ($0.position, $0.name) < ($1.position, $1.name) }
  }
}

/// Attaches the ``DestroyHandler`` that in-place rewrites need (Theano's `AddDestroyHandler`).
public struct AddDestroyHandler: GraphRewriter {
  public let name = "add_destroy_handler"

  /// Creates the phase.
  public init() {}

  public func addRequirements(_ fgraph: FunctionGraph) throws {
    if fgraph.feature(DestroyHandler.self) == nil { try fgraph.attach(DestroyHandler()) }
  }

  public func apply(to fgraph: FunctionGraph) throws {}
}
