import SymbolicGraph

/// The element-wise rewrites of each equilibrium phase, in Theano's registration order (which
/// decides the order they are tried on a node of a given op).
extension Pipeline {
  /// `canonicalize` (Theano's `register_canonicalize`).
  static let elemwiseCanonicalize: [LocalRewriteEntry] = [
    LocalRewriteEntry(.localDimshuffleLift, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localFillSink, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localUselessElemwise, tags: ["fast_run", "fast_compile", "canonicalize"]),
    LocalRewriteEntry(.localCastCast, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localFuncInv, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localUpcastElemwiseConstantInputs, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localExpm1, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localUselessSwitch, tags: ["fast_run", "fast_compile", "canonicalize"]),
    LocalRewriteEntry(.localMergeSwitchSameCond, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localUselessElemwiseComparison, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localUselessFill, tags: ["fast_run", "fast_compile", "canonicalize"]),
    LocalRewriteEntry(.localMulSwitchSink, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localMulCanonizer, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localMulZero, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localIntDivByOne, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localZeroDiv, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localInvCanon, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localNegToMul, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localIncSubtensorSerialize, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localAddCanonizer, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localPowCanonicalize, tags: ["fast_run", "canonicalize"]),
    LocalRewriteEntry(.localAbsLift, tags: ["fast_run", "canonicalize"]),
  ]

  /// `stabilize` (Theano's `register_stabilize`).
  static let elemwiseStabilize: [LocalRewriteEntry] = [
    LocalRewriteEntry(.localSubtensorOfDot, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(
      .localSetsubtensorOfConstants, tags: ["fast_run", "stabilize", "local_setsubtensor_of_allocs"]),
    LocalRewriteEntry(.localUselessReshape, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.localReshapeLift, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.localExpm1, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.localUselessElemwiseComparison, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.localFillToAlloc, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.localLog1p, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.localExpOver1PlusExp, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.localInv1PlusExp, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.logsigmToSoftplus, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.log1msigmToSoftplus, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.log1pexpToSoftplus, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(.log1pNegSigmoid, tags: ["fast_run", "stabilize"]),
    LocalRewriteEntry(
      .constantFolding, tags: ["fast_run", "fast_compile", "stabilize"], role: .final),
  ]

  /// `specialize` (Theano's `register_specialize`).
  static let elemwiseSpecialize: [LocalRewriteEntry] = [
    LocalRewriteEntry(.localDimshuffleLift, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localUselessElemwise, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localAllocUnary, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localCastCast, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localFuncInv, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localExpm1, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localUselessSwitch, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localUselessElemwiseComparison, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localFillToAlloc, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localMulSwitchSink, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localSumProdMulByScalar, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localSumProdDivDimshuffle, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localReduceBroadcastable, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localOptAlloc, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localElemwiseSubZeros, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localMulToSqr, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localMulSpecialize, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localNegNeg, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localNegDivNeg, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localDivToInv, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localZeroDiv, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localPowSpecialize, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localAddSpecialize, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localAbsMerge, tags: ["fast_run", "specialize"]),
    LocalRewriteEntry(.localLog1p, tags: ["fast_run", "specialize"]),
  ]

  /// The element-wise phases between `stabilize` and `specialize`, and `specialize_device`.
  static let elemwisePhases: [RewritePhase] = [
    RewritePhase(
      name: "pre_local_IncSubtensor_serialize", position: 0.99, tags: ["fast_run"],
      body: .graph(
        WalkingRewriter(name: "pre_local_IncSubtensor_serialize", rewriters: [.localIncSubtensorSerialize]))),
    RewritePhase(
      name: "local_fill_to_alloc", position: 1.51, tags: ["fast_run"],
      body: .graph(WalkingRewriter(name: "local_fill_to_alloc", rewriters: [.localFillToAlloc]))),
    RewritePhase(
      name: "specialize_device", position: 48.6, tags: ["fast_run", "fast_compile"],
      body: .equilibrium([
        LocalRewriteEntry(.localPowSpecializeDevice, tags: ["fast_run", "specialize_device"])
      ])),
  ]
}
