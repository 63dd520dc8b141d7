# The math module.

# --- constants
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)

# --- sqrt_exp_log
import math
[math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(0), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(1e-10), math.expm1(1e-10)]

# --- sqrt_negative
import math
math.sqrt(-1)

# --- log_zero
import math
math.log(0)

# --- log_negative
import math
math.log(-1.5)

# --- log_base_one
import math
math.log(10, 1)

# --- exp_overflow
import math
math.exp(1000)

# --- pow_function
import math
[math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(-8, 1/3) if False else math.pow(4, -1), math.pow(1, float('nan'))]

# --- pow_domain_error
import math
math.pow(-8, 1/3)

# --- floor_ceil_trunc
import math
[math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7), math.floor(5), type(math.floor(2.5))]

# --- floor_of_inf
import math
math.floor(math.inf)

# --- floor_of_nan
import math
math.ceil(math.nan)

# --- fabs_copysign_fmod
import math
[math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2)]

# --- fmod_zero
import math
math.fmod(1, 0)

# --- trigonometry
import math
[math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi), round(math.sin(math.pi), 12), math.sin(1), math.cos(1), math.tan(1)]

# --- inverse_trigonometry
import math
[math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.asin(0.5)]

# --- asin_domain_error
import math
math.asin(2)

# --- hyperbolic
import math
[math.sinh(1), math.cosh(1), math.tanh(1), math.tanh(100), math.asinh(1), math.acosh(2), math.atanh(0.5)]

# --- hypot_degrees_radians
import math
[math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.degrees(math.pi), math.radians(180), math.degrees(1)]

# --- isnan_isinf_isfinite
import math
[math.isnan(math.nan), math.isnan(1.0), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1e308), math.isfinite(math.nan), math.isnan(5)]

# --- isclose
import math
[math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf)]

# --- isclose_negative_tolerance
import math
math.isclose(1, 1, rel_tol=-1)

# --- factorial
import math
[math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(20)]

# --- factorial_negative
import math
math.factorial(-1)

# --- factorial_float_error
import math
math.factorial(2.5)

# --- gcd_lcm
import math
[math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7)]

# --- comb_perm
import math
[math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.comb(60, 30)]

# --- comb_negative
import math
math.comb(-1, 2)

# --- prod_fsum
import math
[math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100])]

# --- modf_frexp_ldexp
import math
[math.modf(3.75), math.modf(-2.5), math.frexp(8), math.frexp(0.1), math.frexp(0), math.ldexp(0.5, 4), math.ldexp(1, -2)]

# --- math_on_ints_returns_float
import math
[math.sqrt(4), math.exp(0), math.fabs(-1), math.hypot(3, 4), math.log(1)]

# --- math_type_error
import math
math.sqrt('4')

# --- math_wrong_arg_count
import math
math.atan2(1)

# --- math_functions_on_bool
import math
[math.sqrt(True), math.floor(True), math.factorial(True)]

# --- isqrt_dist
import math
[math.isqrt(17), math.isqrt(0), math.dist((0, 0), (3, 4))]

# --- isqrt_negative
import math
math.isqrt(-1)

# --- math_inf_arithmetic
import math
[math.inf - math.inf, math.inf * 0, math.inf > 1e308, -math.inf < -1e308, math.inf == float('inf')]

# --- math_floor_large_float
import math
math.floor(1e18)

# --- log_of_large_int_and_small_float
import math
[math.log(2 ** 62), math.log10(1e-300), math.log2(0.125), math.log(1e-320)]

# --- trig_special_values
import math
[math.sin(math.inf) if False else math.atan(math.inf), math.tanh(-math.inf), math.exp(-math.inf), math.exp(math.inf)]

# --- sin_of_inf_error
import math
math.sin(math.inf)

# --- sqrt_of_inf_and_negative_zero
import math
[math.sqrt(math.inf), math.sqrt(-0.0), math.copysign(1, math.sqrt(-0.0))]

# --- degrees_radians_roundtrip
import math
[math.degrees(math.radians(90)), math.radians(45) * 4 == math.pi]

# --- floor_division_vs_math_floor
import math
[-7 // 2, math.floor(-7 / 2), int(-7 / 2)]

# --- gcd_float_error
import math
math.gcd(1.5, 3)

# --- fsum_of_generator
import math
math.fsum(1 / n for n in range(1, 11))

# --- erf_erfc
import math
[math.erf(1), math.erfc(1), math.erf(-0.5), math.erfc(10)]

# --- cbrt_exp2
import math
[math.cbrt(8), math.cbrt(-27), math.exp2(10)]
