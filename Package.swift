// swift-tools-version: 6.1
import PackageDescription

/// Code generation on x86-64 hosts: NumericArrays for Haswell (AVX2 + FMA: numpy's kernels that it
/// reproduces rely on fused multiply-add), AVX512Kernels for Skylake-AVX512 (AVX-512 F, CD, BW,
/// DQ, VL; NumericArrays calls it only after checking the processor). Other hosts use the
/// defaults, and AVX512Kernels is empty there.
#if arch(x86_64)
  let haswellSettings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"])]
  let avx512Settings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "skylake-avx512"])]
#else
  let haswellSettings: [SwiftSetting] = []
  let avx512Settings: [SwiftSetting] = []
#endif

/// Quire: Markdown tutorials about symbolic tensor graphs, executed and checked.
///
/// Dependencies point one way only (see Documentation/Architecture.md):
/// NumericArrays ← SymbolicGraph/SymbolicTensor ← TheanoBridge → NumPyBridge → MiniPython;
/// CCmark ← CommonMark ← DocRunner; the `quire` executable composes them.
let package = Package(
  name: "Quire",
  products: [
    .executable(name: "quire", targets: ["quire"]),
    .library(name: "MiniPython", targets: ["MiniPython"]),
    .library(name: "NumericArrays", targets: ["NumericArrays"]),
    .library(name: "SymbolicTensor", targets: ["SymbolicTensor"]),
    .library(name: "DocRunner", targets: ["DocRunner"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // Numeric arrays (numpy semantics), BLAS through OpenBLAS.
    .systemLibrary(
      name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
    // The hottest loops also exist as AVX-512 kernels, called after a run-time processor check.
    .target(
      name: "NumericArrays", dependencies: ["COpenBLAS", "AVX512Kernels", "CComplexMath", "Interrupts"],
      swiftSettings: haswellSettings),
    // glibc's C99 complex functions (numpy calls them), behind a part-by-part C interface.
    .target(name: "CComplexMath", linkerSettings: [.linkedLibrary("m")]),
    .target(name: "AVX512Kernels", swiftSettings: avx512Settings),

    // The one way to stop long work (a block's time limit): loops call its checkpoint.
    .target(name: "Interrupts"),

    // The graph engine: a tensor-agnostic core and the tensor ops on top of it.
    .target(name: "SymbolicGraph", dependencies: ["Interrupts"]),
    .target(name: "SymbolicTensor", dependencies: ["SymbolicGraph", "NumericArrays"]),

    // The block language: a safe interpreter of the Python subset tutorials use.
    .target(name: "MiniPython", dependencies: ["Interrupts"]),

    // Bindings that join the interpreter to arrays and the engine.
    .target(name: "NumPyBridge", dependencies: ["MiniPython", "NumericArrays"]),
    .target(
      name: "TheanoBridge",
      dependencies: ["MiniPython", "NumPyBridge", "NumericArrays", "SymbolicGraph", "SymbolicTensor"]),

    // Markdown: libcmark behind a safe Swift face, and the document runner.
    .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    .target(name: "CommonMark", dependencies: ["CCmark"]),
    .target(name: "DocRunner", dependencies: ["CommonMark", .product(name: "Yams", package: "Yams")]),

    // The command line: parsing and wiring only.
    .executableTarget(
      name: "quire",
      dependencies: [
        "DocRunner", "TheanoBridge", "NumPyBridge", "MiniPython",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Benchmarks: a runnable target that prints ratios against numpy/CPython/Theano.
    .executableTarget(
      name: "QuireBench",
      dependencies: ["MiniPython", "NumericArrays", "TheanoBridge", "DocRunner", "SymbolicTensor"],
      path: "Benchmarks/QuireBench"),

    .target(name: "TestSupport", dependencies: ["SymbolicGraph"], path: "Tests/TestSupport"),
    .testTarget(name: "NumericArraysTests", dependencies: ["NumericArrays"], resources: [.copy("Fixtures")]),
    .testTarget(name: "SymbolicGraphTests", dependencies: ["SymbolicGraph", "TestSupport"]),
    .testTarget(name: "SymbolicTensorTests", dependencies: ["SymbolicTensor", "TestSupport"]),
    .testTarget(name: "MiniPythonTests", dependencies: ["MiniPython"], resources: [.copy("Scripts")]),
    .testTarget(name: "NumPyBridgeTests", dependencies: ["NumPyBridge", "MiniPython"], resources: [.copy("Fixtures")]),
    .testTarget(name: "TheanoBridgeTests", dependencies: ["TheanoBridge", "MiniPython", "NumPyBridge"], resources: [.copy("Fixtures")]),
    .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
    .testTarget(name: "DocRunnerTests", dependencies: ["DocRunner"]),
    .testTarget(name: "EndToEndTests", dependencies: ["quire"], resources: [.copy("Fixtures")]),
  ],
  swiftLanguageModes: [.v6]
)
