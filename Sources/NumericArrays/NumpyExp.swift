#if arch(x86_64)
  import AVX512Kernels
#endif

/// numpy 1.23's own `exp` kernels for AVX512F machines, reproduced element by element so results
/// are bit-identical to numpy's (they are not glibc's correctly rounded `exp`):
/// - float64: Tang's table-driven method with a 32-entry table of 2^(j/32) and a degree-5
///   polynomial (`AVX512F_exp_DOUBLE`);
/// - float32: Cody-Waite reduction and a rational 5/2 minimax approximation (`simd_exp_FLOAT`).
enum NumpyExp {
  private static let tableTop: [UInt64] = [
    0x3FF0_0000_0000_0000, 0x3FF0_59B0_D315_8540, 0x3FF0_B558_6CF9_8900, 0x3FF1_1301_D012_5B40,
    0x3FF1_72B8_3C7D_5140, 0x3FF1_D487_3168_B980, 0x3FF2_387A_6E75_6200, 0x3FF2_9E9D_F51F_DEC0,
    0x3FF3_06FE_0A31_B700, 0x3FF3_71A7_373A_A9C0, 0x3FF3_DEA6_4C12_3400, 0x3FF4_4E08_6061_8900,
    0x3FF4_BFDA_D536_2A00, 0x3FF5_342B_569D_4F80, 0x3FF5_AB07_DD48_5400, 0x3FF6_247E_B03A_5580,
    0x3FF6_A09E_667F_3BC0, 0x3FF7_1F75_E8EC_5F40, 0x3FF7_A114_73EB_0180, 0x3FF8_2589_994C_CE00,
    0x3FF8_ACE5_422A_A0C0, 0x3FF9_3737_B0CD_C5C0, 0x3FF9_C491_82A3_F080, 0x3FFA_5503_B23E_2540,
    0x3FFA_E89F_995A_D380, 0x3FFB_7F76_F2FB_5E40, 0x3FFC_199B_DD85_5280, 0x3FFC_B720_DCEF_9040,
    0x3FFD_5818_DCFB_A480, 0x3FFD_FC97_337B_9B40, 0x3FFE_A4AF_A2A4_90C0, 0x3FFF_5076_5B6E_4540,
  ]
  private static let tableTail: [UInt64] = [
    0x0000_0000_0000_0000, 0x3D0A_1D73_E2A4_75B4, 0x3CEE_C531_7256_E308, 0x3CF0_A4EB_BF1A_ED93,
    0x3D0D_6E6F_BE46_2876, 0x3D05_3C02_DC01_44C8, 0x3D0C_3360_FD6D_8E0B, 0x3D00_9612_E8AF_AD12,
    0x3CF5_2DE8_D5A4_6306, 0x3CE5_4E28_AA05_E8A9, 0x3D01_1ADA_0911_F09F, 0x3D06_8189_B7A0_4EF8,
    0x3D03_8EA1_CBD7_F621, 0x3CBD_F0A8_3C49_D86A, 0x3D04_AC64_980A_8C8F, 0x3CD2_C7C3_E81B_F4B7,
    0x3CE9_2116_5F62_6CDD, 0x3D09_EE91_B879_7785, 0x3CDB_5F54_408F_DB37, 0x3CF2_8ACF_88AF_AB35,
    0x3CFB_5BA7_C55A_192D, 0x3D02_7A28_0E1F_92A0, 0x3CF0_1C7C_46B0_71F3, 0x3CFC_8B42_4491_CAF8,
    0x3D06_AF43_9A68_BB99, 0x3CDB_AA9E_C206_AD4F, 0x3CFC_2220_CB12_A092, 0x3D04_8A81_E5E8_F4A5,
    0x3CDC_9768_16BA_D9B8, 0x3CFE_B968_CAC3_9ED3, 0x3CF9_858F_73A1_8F5E, 0x3C99_D3E1_2DD8_A18B,
  ]
  /// The tables as doubles, the 32 tops then the 32 tails (the layout AVX512Kernels loads into
  /// registers), in a buffer that lives for the process.
  nonisolated(unsafe) static let table: UnsafePointer<Double> = {
    let buffer = UnsafeMutablePointer<Double>.allocate(capacity: 64)
    for i in 0..<32 {
      buffer[i] = Double(bitPattern: tableTop[i])
      buffer[32 + i] = Double(bitPattern: tableTail[i])
    }
    return UnsafePointer(buffer)
  }()

  /// numpy's float64 `exp` (its AVX512F kernel); `table` is ``table``, read once by the caller.
  ///
  /// Written without branches (special lanes are selected at the end, the scale is applied as
  /// two exact powers of two) so the compiler vectorises loops over it with gathers.
  @inline(__always)
  static func exp(_ input: Double, table: UnsafePointer<Double>) -> Double {
    let isNaN = input != input
    let huge = input > 0x1.62e42fefa39efp+9
    let tiny = input < -0x1.74910d52d3053p+9
    let nearZero = input.magnitude < 0x1p-54
    let x = isNaN || huge || tiny || nearZero ? 0 : input
    let shift = 0x1.8p52
    let shifted = x * 0x1.71547652b82fep+5 + shift
    let k = Int64(bitPattern: shifted.bitPattern) &- Int64(bitPattern: shift.bitPattern)
    let kd = shifted - shift
    let index = Int(k & 0x1f)
    let r1 = x.addingProduct(kd, -0x1.62e42fefp-6)
    let r2 = kd * -0x1.473de6af278edp-39
    let r = r1 + r2
    var q = (0x1.11115b7aa905ep-7 as Double).addingProduct(0x1.6c1728d739765p-10, r)
    q = (0x1.5555555545d4ep-5 as Double).addingProduct(q, r)
    q = (0x1.5555555548f7cp-3 as Double).addingProduct(q, r)
    q = (0x1p-1 as Double).addingProduct(q, r)
    q *= r
    let p = r1 + r2.addingProduct(r, q)
    let t = table[index]
    let u = table[32 + index]
    let m = k >> 5
    let half = m >> 1
    let first = Double(bitPattern: UInt64(bitPattern: half &+ 1023) << 52)
    let second = Double(bitPattern: UInt64(bitPattern: m &- half &+ 1023) << 52)
    var result = (u.addingProduct(t + u, p) + t) * first * second
    result = nearZero ? 1 : result
    result = isNaN ? .nan : result
    result = huge ? .infinity : result
    return tiny ? 0 : result
  }

  /// numpy's float32 `exp`.
  @inline(__always)
  static func exp(_ input: Float) -> Float {
    if input.isNaN { return .nan }
    if input >= 88.72283935546875 { return .infinity }
    if input <= -103.97208404541015625 { return 0 }
    let magic: Float = 0x1.8p+23
    var quadrant = input * 1.442695040888963407359924681001892137
    quadrant = (quadrant + magic) - magic
    var x = input.addingProduct(quadrant, -6.93145752e-1)
    x = x.addingProduct(quadrant, -1.42860677e-6)
    x = x.addingProduct(quadrant, 0)
    var numerator = (6.757896990527504603057e-03 as Float).addingProduct(5.082762527590693718096e-04, x)
    numerator = (5.114512081637298353406e-02 as Float).addingProduct(numerator, x)
    numerator = (2.473615434895520810817e-01 as Float).addingProduct(numerator, x)
    numerator = (7.257664613233124478488e-01 as Float).addingProduct(numerator, x)
    numerator = (9.999999999980870924916e-01 as Float).addingProduct(numerator, x)
    var denominator = (-2.742335390411667452936e-01 as Float).addingProduct(2.159509375685829852307e-02, x)
    denominator = (1 as Float).addingProduct(denominator, x)
    return scaled(numerator / denominator, Int(quadrant.rounded(.down)))
  }

  /// `value * 2^exponent` rounded once, as AVX-512's `scalef` (intermediate products stay exact).
  @inline(__always)
  private static func scaled(_ value: Double, _ exponent: Int) -> Double {
    func power(_ e: Int) -> Double { Double(bitPattern: UInt64(e + 1023) << 52) }
    if exponent >= -1022 && exponent <= 1023 { return value * power(exponent) }
    if exponent < -1022 { return value * power(exponent + 200) * power(-200) }
    return value * power(1023) * power(Swift.min(exponent - 1023, 1023))
  }

  @inline(__always)
  private static func scaled(_ value: Float, _ exponent: Int) -> Float {
    func power(_ e: Int) -> Float { Float(bitPattern: UInt32(e + 127) << 23) }
    if exponent >= -126 && exponent <= 127 { return value * power(exponent) }
    if exponent < -126 { return value * power(exponent + 60) * power(-60) }
    return value * power(127) * power(Swift.min(exponent - 127, 127))
  }
}

extension NumpyExp {
  /// numpy's float64 `exp` over a contiguous run: eight lanes at a time with AVX-512 when the
  /// processor has it, else element by element (the same bits either way).
  static func exp(_ input: UnsafePointer<Double>, _ output: UnsafeMutablePointer<Double>, count: Int) {
    #if arch(x86_64)
      if CPUFeatures.hasAVX512 {
        ExpFloat64.apply(input, output, count: count, table: table)
        return
      }
    #endif
    scalarExp(input, output, count: count)
  }

  /// The portable loop of ``exp(_:_:count:)``.
  static func scalarExp(_ input: UnsafePointer<Double>, _ output: UnsafeMutablePointer<Double>, count: Int) {
    let table = NumpyExp.table
    for i in 0..<count { output[i] = exp(input[i], table: table) }
  }
}
