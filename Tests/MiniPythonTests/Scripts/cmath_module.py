# The cmath module: roots, exponentials, logarithms, polar form, trigonometry, predicates.

# --- cmath_sqrt_exp_log
import cmath
print(cmath.sqrt(-1), cmath.sqrt(1j), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log(1j), cmath.log(8, 2))

# --- cmath_phase_polar_rect
import cmath
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1-0j), cmath.polar(1j), cmath.polar(-2), cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2))

# --- cmath_constants
import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)

# --- cmath_predicates
import cmath
print(cmath.isfinite(1j), cmath.isinf(complex(1, cmath.inf)), cmath.isnan(cmath.nanj), cmath.isclose(1j, 1.0000000001j), cmath.isclose(1, 2))

# --- cmath_trig
import cmath
print(cmath.sin(1j), cmath.cos(1+1j), cmath.tan(0.5j), cmath.sinh(1j), cmath.cosh(1), cmath.tanh(1+1j))

# --- cmath_inverse_trig
import cmath
print(cmath.asin(2), cmath.acos(2), cmath.atan(1j / 2), cmath.asinh(1j), cmath.acosh(0.5), cmath.atanh(2))

# --- cmath_log10_and_errors
import cmath
print(cmath.log10(100j), cmath.log10(-10))

# --- cmath_log_zero_error
import cmath
cmath.log(0)

# --- cmath_sqrt_type_error
import cmath
cmath.sqrt('x')

# --- cmath_exp_overflow
import cmath
cmath.exp(1000)

# --- cmath_atanh_domain_error
import cmath
cmath.atanh(1)

# --- cmath_log_base_one_error
import cmath
cmath.log(5, 1)

# --- cmath_signed_zeros
import cmath
print(cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(complex(0, -0.0)), cmath.atan(0j), cmath.asin(-0.0))

# --- cmath_tiny_and_huge
import cmath
print(cmath.sqrt(complex(1e-320, 1e-320)), cmath.log(complex(1e-320, 0)), cmath.log(1e308 + 1e308j), cmath.sqrt(1e308 + 1e308j))

# --- cmath_large_arguments
import cmath
print(cmath.asinh(1e200), cmath.acos(1e300j), cmath.acosh(1e300), cmath.atanh(1e200 + 1j), cmath.tanh(800), cmath.sinh(1j * 1e10))

# --- cmath_polar_overflow
import cmath
cmath.polar(complex(1e308, 1e308))

# --- cmath_rect_infinite_phase
import cmath
cmath.rect(1, float('inf'))

# --- cmath_rect_special
import cmath
print(cmath.rect(float('inf'), 1), cmath.rect(-float('inf'), 2), cmath.rect(0, 1), cmath.rect(2, -0.0))

# --- cmath_rect_complex_argument
import cmath
cmath.rect(1j, 0)

# --- cmath_dunder_complex_argument
import cmath
class C:
    def __complex__(self):
        return 2j
class F:
    def __float__(self):
        return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(C()), complex(C()), complex(F(), 1))

# --- cmath_argument_count
import cmath
cmath.sqrt()

# --- cmath_log_argument_count
import cmath
cmath.log(1, 2, 3)

# --- cmath_isclose_tolerances
import cmath
print(cmath.isclose(1+1j, 1+1.001j, rel_tol=0.01), cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj))

# --- cmath_isclose_negative_tolerance
import cmath
cmath.isclose(1, 1j, rel_tol=-1)

# --- cmath_exp_large_finite
import cmath
print(cmath.exp(709.5), cmath.exp(complex(-1000, 1)), cmath.cosh(710 + 1j))

# --- cmath_no_arguments_messages
import cmath
for f in [cmath.phase, cmath.polar, cmath.isnan, cmath.exp, cmath.rect, cmath.isclose]:
    try:
        f()
    except TypeError as e:
        print(e)

# --- cmath_special_values_grid
import cmath
inf, nan = float('inf'), float('nan')
parts = [-inf, -1.5, -0.0, 0.0, 2.5, inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isinf', 'isnan']
for name in names:
    f = getattr(cmath, name)
    row = []
    for a in parts:
        for b in parts:
            try:
                row.append(repr(f(complex(a, b))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(name, ' '.join(row))

# --- cmath_rect_special_grid
import cmath
inf, nan = float('inf'), float('nan')
parts = [-inf, -1.5, -0.0, 0.0, 2.5, inf, nan]
row = []
for r in parts:
    for phi in parts:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except ValueError as e:
            row.append('ValueError')
print(' '.join(row))

# --- cmath_infinite_real_branches
import cmath
inf = float('inf')
for y in [1.0, -2.0, 3.0, -4.0]:
    print(cmath.exp(complex(inf, y)), cmath.exp(complex(-inf, y)), cmath.cosh(complex(-inf, y)),
          cmath.sinh(complex(-inf, y)), cmath.tanh(complex(-inf, y)), cmath.sin(complex(y, inf)))
