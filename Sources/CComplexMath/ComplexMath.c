#include "CComplexMath.h"
#include <complex.h>

static double complex make(double re, double im) {
  double complex z;
  __real__ z = re;
  __imag__ z = im;
  return z;
}

static float complex make_float(float re, float im) {
  float complex z;
  __real__ z = re;
  __imag__ z = im;
  return z;
}

static double complex apply(int kind, double complex z) {
  switch (kind) {
  case 0: return cexp(z);
  case 1: return clog(z);
  case 2: return csqrt(z);
  case 3: return csin(z);
  case 4: return ccos(z);
  case 5: return ctan(z);
  case 6: return csinh(z);
  case 7: return ccosh(z);
  default: return ctanh(z);
  }
}

static float complex apply_float(int kind, float complex z) {
  switch (kind) {
  case 0: return cexpf(z);
  case 1: return clogf(z);
  case 2: return csqrtf(z);
  case 3: return csinf(z);
  case 4: return ccosf(z);
  case 5: return ctanf(z);
  case 6: return csinhf(z);
  case 7: return ccoshf(z);
  default: return ctanhf(z);
  }
}

void quire_complex_unary(int kind, double re, double im, double *out) {
  double complex r = apply(kind, make(re, im));
  out[0] = creal(r);
  out[1] = cimag(r);
}

void quire_complex_unary_float(int kind, float re, float im, float *out) {
  float complex r = apply_float(kind, make_float(re, im));
  out[0] = crealf(r);
  out[1] = cimagf(r);
}

void quire_cpow(double re, double im, double pre, double pim, double *out) {
  double complex r = cpow(make(re, im), make(pre, pim));
  out[0] = creal(r);
  out[1] = cimag(r);
}

void quire_cpow_float(float re, float im, float pre, float pim, float *out) {
  float complex r = cpowf(make_float(re, im), make_float(pre, pim));
  out[0] = crealf(r);
  out[1] = cimagf(r);
}
