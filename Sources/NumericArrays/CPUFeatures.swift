import Foundation

/// The processor features that select NumericArrays' kernels, detected once per process.
enum CPUFeatures {
  /// The `/proc/cpuinfo` flags the AVX512Kernels module is compiled for (Skylake-AVX512).
  static let avx512Flags: Set<Substring> = ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]

  /// Whether the AVX512Kernels module may run: an x86-64 Linux machine whose kernel reports all of
  /// ``avx512Flags`` (it reports them only when it also saves the AVX-512 registers), unless the
  /// environment sets `QUIRE_DISABLE_AVX512` (to run and measure the portable loops).
  static let hasAVX512: Bool = {
    #if arch(x86_64) && os(Linux)
      guard ProcessInfo.processInfo.environment["QUIRE_DISABLE_AVX512"] == nil,
        let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
        let flags = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
      else { return false }
      return avx512Flags.isSubset(of: flags.split(separator: " "))
    #else
      return false
    #endif
  }()
}
