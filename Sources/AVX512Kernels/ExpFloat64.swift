#if arch(x86_64)
import _Builtin_intrinsics.intel

/// numpy 1.23's float64 `exp` for AVX512F machines (`AVX512F_exp_DOUBLE`), eight lanes at a time.
///
/// Tang's table-driven method: `x = (k/32) ln 2 + r`, `exp(x) = 2^(k/32) (1 + p(r))` with the
/// 32-entry table of `2^(j/32)` split into a top and a tail part, looked up with two-register
/// permutes, and the scale applied once with `vscalefpd`. Every operation is numpy's, in numpy's
/// order, so the results are bit-identical to its kernel (and to NumericArrays' scalar version).
public enum ExpFloat64 {
  /// The table held in eight registers.
  struct Table {
    let top: (SIMD8<Double>, SIMD8<Double>, SIMD8<Double>, SIMD8<Double>)
    let tail: (SIMD8<Double>, SIMD8<Double>, SIMD8<Double>, SIMD8<Double>)

    init(_ pointer: UnsafePointer<Double>) {
      let raw = UnsafeRawPointer(pointer)
      func load(_ index: Int) -> SIMD8<Double> {
        raw.loadUnaligned(fromByteOffset: index * 64, as: SIMD8<Double>.self)
      }
      top = (load(0), load(1), load(2), load(3))
      tail = (load(4), load(5), load(6), load(7))
    }
  }

  /// Writes `exp(input[i])` to `output[i]` for `i < count`.
  /// - Parameters:
  ///   - table: 64 doubles: the tops of `2^(j/32)` for `j` in `0..<32`, then their tails.
  /// - Precondition: the processor supports AVX-512 F, CD, BW, DQ and VL and the operating system
  ///   saves their registers; anywhere else this traps with an illegal instruction.
  @inline(never)
  public static func apply(
    _ input: UnsafePointer<Double>, _ output: UnsafeMutablePointer<Double>, count: Int,
    table: UnsafePointer<Double>
  ) {
    let table = Table(table)
    let source = UnsafeRawPointer(input)
    let destination = UnsafeMutableRawPointer(output)
    var i = 0
    // Whole vectors use plain loads and stores: masked stores are slow on some processors.
    while i + 8 <= count {
      let x = source.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
      destination.storeBytes(of: exp(x, table), toByteOffset: i * 8, as: SIMD8<Double>.self)
      i += 8
    }
    if i < count {
      let mask = __mmask8(truncatingIfNeeded: (1 << (count - i)) - 1)
      _mm512_mask_storeu_pd(output + i, mask, exp(_mm512_maskz_loadu_pd(mask, input + i), table))
    }
  }

  /// `exp` of eight lanes. numpy first sets NaN, out-of-range and near-zero lanes to 0; here those
  /// lanes compute garbage that is replaced at the end, which gives the same results and keeps the
  /// special cases off the common path (one range test when no lane is special).
  @inline(__always)
  static func exp(_ x: SIMD8<Double>, _ table: Table) -> SIMD8<Double> {
    let result = tang(x, table)
    let magnitude = unsafeBitCast(
      unsafeBitCast(x, to: SIMD8<UInt64>.self) & 0x7fff_ffff_ffff_ffff, to: SIMD8<Double>.self)
    if all((magnitude .>= 0x1p-54) .& (magnitude .<= 0x1.62e42fefa39efp+9)) { return result }
    let isNaN = x .!= x
    let overflows = x .> 0x1.62e42fefa39efp+9
    let underflows = x .< -0x1.74910d52d3053p+9
    let nearZero = magnitude .< 0x1p-54
    var special = SIMD8<Double>(repeating: 1)
    special.replace(with: .nan, where: isNaN)
    special.replace(with: .infinity, where: overflows)
    special.replace(with: 0, where: underflows)
    return result.replacing(with: special, where: isNaN .| overflows .| underflows .| nearZero)
  }

  /// Tang's method on eight lanes, numpy's operations in numpy's order.
  @inline(__always)
  static func tang(_ x: SIMD8<Double>, _ table: Table) -> SIMD8<Double> {
    // k = round(x * 32 / ln 2), to nearest even, through the 1.5 * 2^52 shift.
    let shift = SIMD8<Double>(repeating: 0x1.8p52)
    let shifted = x * 0x1.71547652b82fep+5 + shift
    let k = shifted - shift
    let r1 = _mm512_fmadd_pd(k, SIMD8(repeating: -0x1.62e42fefp-6), x)
    let r2 = k * -0x1.473de6af278edp-39
    let r = r1 + r2
    var q = _mm512_fmadd_pd(SIMD8(repeating: 0x1.6c1728d739765p-10), r, SIMD8(repeating: 0x1.11115b7aa905ep-7))
    q = _mm512_fmadd_pd(q, r, SIMD8(repeating: 0x1.5555555545d4ep-5))
    q = _mm512_fmadd_pd(q, r, SIMD8(repeating: 0x1.5555555548f7cp-3))
    q = _mm512_fmadd_pd(q, r, SIMD8(repeating: 0x1p-1))
    q = q * r
    let p = r1 + _mm512_fmadd_pd(r, q, r2)

    // The low five bits of k index the table (the shifted value's low mantissa bits).
    let j = unsafeBitCast(shifted, to: SIMD8<Int64>.self)
    let upperHalf = _mm512_test_epi64_mask(j, _mm512_set1_epi64(0x10))
    let top = _mm512_mask_blend_pd(
      upperHalf, _mm512_permutex2var_pd(table.top.0, j, table.top.1),
      _mm512_permutex2var_pd(table.top.2, j, table.top.3))
    let tail = _mm512_mask_blend_pd(
      upperHalf, _mm512_permutex2var_pd(table.tail.0, j, table.tail.1),
      _mm512_permutex2var_pd(table.tail.2, j, table.tail.3))
    return _mm512_scalef_pd(_mm512_fmadd_pd(top + tail, p, tail) + top, k * (1.0 / 32))
  }
}
#endif
