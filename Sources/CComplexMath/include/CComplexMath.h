#pragma once

/// The C library's complex functions (glibc's `cexp`, `clog`, `csqrt`, ...), which numpy 1.23's
/// npymath calls for these ufuncs. Swift does not import C `_Complex` types, so each function
/// takes the parts of its operands and writes the parts of its result to `out[0]`, `out[1]`.
/// `kind` selects the function: 0 cexp, 1 clog, 2 csqrt, 3 csin, 4 ccos, 5 ctan, 6 csinh,
/// 7 ccosh, 8 ctanh.
void quire_complex_unary(int kind, double re, double im, double *out);
/// `quire_complex_unary` in single precision (`cexpf`, ...).
void quire_complex_unary_float(int kind, float re, float im, float *out);
/// `cpow`: `(re, im) ** (pre, pim)`.
void quire_cpow(double re, double im, double pre, double pim, double *out);
/// `cpowf`.
void quire_cpow_float(float re, float im, float pre, float pim, float *out);
