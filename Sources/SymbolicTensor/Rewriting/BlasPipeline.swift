import SymbolicGraph

/// Theano's `blas_optdb` (the `BlasOpt` phase, a sequence) and the in-place BLAS phases at 70,
/// as registered without a C compiler (`use_c_blas` and `c_blas_destructive` do nothing when
/// `blas.ldflags` is empty, so they are left out).
enum BlasPipeline {
  /// The sub-phases of `BlasOpt`, by position.
  static let phases: [RewritePhase] = [
    RewritePhase(
      name: "local_dot_to_dot22", position: 0, tags: ["fast_run", "fast_compile"],
      body: .graph(WalkingRewriter(name: "local_dot_to_dot22", rewriters: [.localDotToDot22]))),
    RewritePhase(
      name: "gemm_optimizer", position: 10, tags: ["fast_run"], body: .graph(GemmOptimizer())),
    RewritePhase(
      name: "local_dot22_to_dot22scalar", position: 11, tags: ["fast_run"],
      body: .graph(
        WalkingRewriter(name: "local_dot22_to_dot22scalar", rewriters: [.localDot22ToDot22Scalar]))),
    RewritePhase(
      name: "local_gemm_to_gemv", position: 15, tags: ["fast_run"],
      body: .graph(
        EquilibriumRewriter(
          name: "local_gemm_to_gemv",
          rewriters: [.localGemmToGemv, .localGemmToGer, .localDot22ToGerOrGemv, .localDimshuffleLift],
          ignoreNewTrees: false, maxUseRatio: 5))),
    RewritePhase(
      name: "scipy_blas", position: 100, tags: ["fast_run"],
      body: .graph(WalkingRewriter(name: "use_scipy_ger", rewriters: [.useScipyGer]))),
  ]

  /// `InplaceBlasOpt`: `Gemm`, `Gemv` and `Ger` made in-place where the destroy handler allows.
  static let inplace = WalkingRewriter(
    name: "blas_opt_inplace", rewriters: [.localInplaceGemm, .localInplaceGemv, .localInplaceGer])

  /// `make_scipy_blas_destructive`: `ScipyGer` made destructive where allowed.
  static let scipyDestructive = WalkingRewriter(
    name: "make_scipy_blas_destructive", rewriters: [.makeGerDestructive])
}
