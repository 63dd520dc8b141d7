# The complex type: literals, constructor, string parsing, arithmetic, comparisons, repr,
# hash, format specs, attributes, conversions, math rejection and cmath.

# --- imaginary_literals
print(1j, 2.5J, 1e3j, 0j, 1_0j, .5j, 0.0j, 00j)

# --- literal_repr_final
3 + 4j

# --- type_and_isinstance
print(type(1j), isinstance(1j, complex), isinstance(1, complex), isinstance(1j, (int, float)), type(1j).__name__)

# --- constructor_numbers
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex(True, False))

# --- constructor_complex_arguments
print(complex(1j, 1j), complex(1+2j), complex(1+2j, 3), complex(2, 1+1j), complex(real=1, imag=2), complex(imag=3))

# --- constructor_negative_zero
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0), complex(-0.0, 0))

# --- constructor_bad_type
complex([1])

# --- constructor_bad_second
complex(1, 'x')

# --- constructor_none
complex(None)

# --- constructor_string_second_arg
complex('1', 2)

# --- constructor_too_many
complex(1, 2, 3)

# --- string_parse_basic
print(complex('1+2j'), complex('  1-2j '), complex('(3+4j)'), complex('j'), complex('-j'), complex('+J'))

# --- string_parse_forms
print(complex('1e3'), complex('2.5'), complex('1.5e-3j'), complex('-1_000+2j'), complex('inf'), complex('nanj'), complex('-infj'), complex('( 1+1j )'))

# --- string_parse_error
complex('1+2')

# --- string_parse_error_spaces_inside
complex('1 + 2j')

# --- string_parse_error_empty
complex('')

# --- string_parse_error_double_sign
complex('1++2j')

# --- string_parse_error_unbalanced
complex('(1+2j')

# --- repr_rules
import math
print(repr(1j), repr(-1j), repr(1+0j), repr(-0j), repr(complex(-0.0, -1)), repr(complex(math.nan, 1)))

# --- repr_special
import math
print([complex(1, math.nan), complex(math.inf, -math.inf), 1e16 + 1j, complex(0, 1e16), complex(1e-5, 1e22), complex(0.1, 0.2)])

# --- repr_negative_nan_imag
import math
print(complex(1, -math.nan), complex(-math.nan, -math.inf))

# --- str_equals_repr
print(str(1+2j), str(2j), f'{1-1j}', '%s' % (1+1j), '%r' % (2j,))

# --- arithmetic_basic
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b)

# --- arithmetic_mixed
print(1j + 1, 2 - 1j, 2.5 * 1j, 1j * 2, 1 / 1j, 1j / 2, True + 1j, 1j - False)

# --- arithmetic_unary
print(-(1+2j), +(1-2j), -0j, -(complex(0.0, 0.0)))

# --- inplace_ops
z = 1j
z += 1
z *= 2
z -= 1j
z /= 2
print(z)

# --- power
print((1+2j) ** 2, (1j) ** 2, 2 ** 1j, (1+1j) ** 0.5, 1j ** 0, 0j ** 0, (1+2j) ** -1, (2+0j) ** 3)

# --- power_large_int
print((1+1j) ** 10, (1+1j) ** 101, (0.5+0.5j) ** -3)

# --- power_builtin
print(pow(1j, 2), pow(2, 1j), pow(1+1j, 3))

# --- power_three_args
pow(1j, 2, 3)

# --- power_zero_negative
0j ** -1

# --- power_zero_complex_exp
0j ** 1j

# --- division_by_zero
1j / 0

# --- division_by_complex_zero
1 / 0j

# --- division_by_float_zero
(1+1j) / 0.0

# --- floordiv_error
1j // 2

# --- floordiv_reflected_error
2 // 1j

# --- mod_error
1j % 2

# --- divmod_error
divmod(1j, 2)

# --- abs_values
import math
print(abs(3+4j), abs(-1j), abs(0j), abs(complex(math.inf, math.nan)), abs(complex(math.nan, 1)))

# --- abs_overflow
abs(complex(1e308, 1e308))

# --- equality
print(1+0j == 1, 1 == 1+0j, 1j == 1j, 1.5+0j == 1.5, 1j != 1, 1j == 'x', 2+0j != 2.0, True == 1+0j)

# --- ordering_error
1j < 2j

# --- ordering_error_mixed
1j > 1

# --- ordering_error_le
0 <= 1j

# --- hash_values
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), hash(1j), hash(2-3j), hash(complex(-1, 0)), hash(0j))

# --- dict_keys_equal_numbers
d = {1: 'one', 2.5: 'x'}
print(d[1+0j], d[complex(2.5)], {1j: 2}[1j], len({1, 1.0, 1+0j}), 1+0j in {1})

# --- bool_values
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(1e-300+0j), not 0j)

# --- attributes
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), (1j).imag, (2j).real, 1j.conjugate())

# --- attributes_readonly
z = 1j
z.real = 2

# --- unknown_attribute
(1j).foo

# --- int_of_complex
int(1j)

# --- float_of_complex
float(1+0j)

# --- round_of_complex
round(1j)

# --- int_float_attributes
print((5).real, (5).imag, (2.5).real, (2.5).imag, (5).conjugate(), (2.5).conjugate(), True.imag)

# --- format_default
print(format(1+2j), format(1j, ''), format(1+2j, '>12'), format(-1j, '<8') + '|', format(1+0j, '^10'))

# --- format_fixed
print(format(1+2j, '.2f'), format(1.5-2.25j, '.1f'), format(1j, 'f'), format(-1j, '.0f'))

# --- format_exp_general
print(format(1+2j, 'e'), format(1+2j, '.3e'), format(1+2j, 'g'), format(123456789+1j, 'g'), format(1j, 'g'), format(1j, 'E'))

# --- format_sign_and_width
print(format(1+2j, '+'), format(1+2j, '+.2f'), format(1-2j, ' .1f'), format(1+2j, '20.3f') + '|', format(1+2j, '*^24.2f'))

# --- format_empty_type_precision
print(format(1+2j, '.3'), format(1.23456+2j, '.2'), format(1j, '.3'), format(1e20+1j, '.3'))

# --- format_fstring
z = 1.5 - 2j
print(f'{z}', f'{z:.3f}', f'{z!r}', f'{z:>15}|', f'{z:g}')

# --- format_zero_padding_error
format(1+2j, '010')

# --- format_equals_align_error
format(1+2j, '=10')

# --- format_bad_type
format(1j, 'd')

# --- format_percent_error
format(1j, '%')

# --- format_nan_inf
import math
print(format(complex(math.inf, math.nan), ''), format(complex(math.inf, -math.inf), '.2f'))

# --- math_rejects_complex
import math
math.sqrt(1j)

# --- math_rejects_complex_floor
import math
math.floor(1j)

# --- math_rejects_complex_two_args
import math
math.atan2(1, 1j)

# --- sum_and_sorted
print(sum([1j, 2, 3.5]), sum([1+1j, 1-1j]), max([1, 2], key=lambda x: x))

# --- sorted_error
sorted([1j, 2j])

# --- in_containers
print([1j, 2+0j], (1j,), {1j: 1j}, 2 in [2+0j], 1j in [1j])

# --- complex_of_string_subclass_of_number
print(complex('1'), complex('-1.5'), complex('1e-2+3e1j'), complex('0x1') if False else 0)

# --- complex_mul_inf
import math
print(complex(math.inf, 0) * 2, (1+1j) * math.inf)

# --- complex_compare_to_nonnumber
print(1j == None, 1j != [], 1j == (1j,))

# --- complex_to_str_conversion
print('value: ' + str(2+3j), repr(2+3j), ascii(1j))

# --- complex_is_not_int
print(isinstance(1j, int), issubclass(complex, object), complex.__name__)

# --- string_parse_underscore_error
complex('1__0j')

# --- string_parse_trailing_underscore_error
complex('1_j')

# --- constructor_dunder_complex_returns_float
class C:
    def __complex__(self):
        return 1.5
complex(C())

# --- constructor_second_none
complex(1, None)

# --- complex_in_sequence_multiplication
[1] * 1j

# --- complex_bitwise_error
1j | 1

# --- complex_unary_invert_error
~1j

# --- complex_sum_start
print(sum([1j, 2j], 1j), sum([0.5, 1j]), max(abs(1j), 0.5))

# --- complex_power_overflow
(1e200 + 1e200j) ** 2

# --- complex_power_float_exponent_overflow
(10 + 10j) ** 400.5

# --- complex_power_negative_int_exponent
print((1+1j) ** -2, 2j ** -1, (1+2j) ** 100 == (1+2j) ** 100.0)

# --- complex_true_division_precision
print((1e308 + 1e308j) / (1e308 + 1e308j), (1 + 1j) / (1e-320 + 1e-320j), 1 / complex(0, float('inf')))

# --- negative_base_fractional_power
print((-8) ** (1/3), (-1) ** 0.5, pow(-2, 0.5), (-2.5) ** 1.5, (-8.0) ** -0.5)

# --- negative_base_integral_float_power
print((-2.0) ** 3.0, (-2) ** 2.0, (-8.0) ** float('inf'), (-0.5) ** float('-inf'))

# --- math_pow_negative_fraction
import math
math.pow(-8, 1/3)

# --- percent_format_complex
'%f' % 1j

# --- percent_format_complex_d
'%d' % (1j,)

# --- round_with_digits
round(1j, 2)

# --- str_format_complex
print('{:.2f}'.format(1+1j), '{!r:>10}|'.format(1j), f'{1j=}', f'{2-1j!s:^12}|')

# --- literal_attribute_access
print(1j.real, 1J.imag, 2.5j.conjugate(), 1e5j, 1_0.5j)

# --- keys_mixing_numbers
print({0j: 'a', 0: 'b'}, set([1, 1+0j, 1.0]), {1: 'x'}.get(1+0j), 1j in {1j}, 0j == False)

# --- inplace_power
x = 1j
x **= 2
x += 1
print(x, abs(-3j), -(-0j))

# --- string_parse_infinities
print(complex('1e1000j'), complex('1e1000'), complex('nan+nanj'), complex('-inf-infj'), complex(' 1j '), complex('\t(1j)\n'), complex('Infinity'), complex('-1.5E+3J'))

# --- string_parse_errors_misc
for s in ['j1', '1jj', '1+j2', '()', '(1j', '1j)', 'x', '1 j', '+-1j', '1e', '.j', '1.e3j']:
    try:
        print(repr(complex(s)))
    except ValueError as e:
        print(s, e)

# --- max_of_complex
max(1j, 2j)

# --- math_isclose_complex
import math
math.isclose(1j, 1j)

# --- hash_negative_one
print(hash(-1+0j), hash(complex(-1, -1)), hash(complex(0.5, -0.5)), hash(complex(1e300, 1e-300)))

# --- bool_of_nan_complex
print(bool(complex(float('nan'), 0)), (2+3j).imag.is_integer(), complex(1, 2) == complex('1+2j'))

# --- divmod_complex_zero
divmod(1j, 0)

# --- complex_type_calls
print(type(1j)(2), (1j).__class__, complex.__name__, type(complex(1)) is complex)

# --- complex_sorted_key
print(sorted([3j, 1, -2j, 1+1j], key=abs))

# --- complex_list_repr_and_str
print(str([1j, -1j, complex(-0.0, 0)]), repr((1+1j,)), {'a': 2j})

# --- int_power_complex
print(2 ** (1+1j), 2.5 ** 2j, 0 ** 1j if False else 0, 10 ** -1j)

# --- zero_int_to_complex_power
0 ** (1+1j)

# --- complex_zero_pow_zero_complex
print(0j ** 0j, 0j ** 2, (0j) ** 0.5)

# --- mixed_equality_large
print(complex(2**53, 0) == 2**53 + 1, complex(2**53, 0) == 2**53, 1e16+0j == 10**16)

# --- float_int_exact_comparisons
big = 2**53 + 1
nan = float('nan')
print(2.0**53 == big, big > 2.0**53, 2.0**53 < big, 9223372036854775807 == 9.223372036854775807e18,
      9223372036854775807 < 2.0**63, -9223372036854775807 - 1 == -2.0**63, 1 < nan, nan >= 1, 1 != nan, 0.5 < 1, -0.5 > -1,
      -1.5 < -1, 3 <= 3.0, 3 >= 3.5, float('inf') > 9223372036854775807, -float('inf') < -9223372036854775807)

# --- format_grouping_and_flags
print(format(1234.5+1j, ',.2f'), format(1234567+7654321j, '_'), format(-0.0-0.0j, 'z.1f'), format(1+1j, '#.0f'), format(1+2j, 'n'), format(1e10+1j, ',g'))

# --- format_fill_alignments
print(format(1+2j, 'x<12') + '|', format(1+2j, '-^13'), format(-1j, '+'), format(1j, ' '), format(1j, '+.1e'))

# --- format_zero_fill_explicit
format(1j, '0<10')

# --- format_s_code
format(1j, 's')

# --- format_uppercase_special
import math
print(format(complex(math.inf, math.nan), 'F'), format(complex(-math.inf, 1), 'G'), format(1e-7+1e20j, 'E'))

# --- format_precision_large
print(format(1/3+2/3j, '.15g'), format(1/3+2/3j, '.17'), format(0.1+0.2j, '.20f'))

# --- format_via_percent_s_and_r
print('%10s|%-10r|' % (1+1j, 2j))

# --- subclass_of_complex
class C(complex):
    pass
c = C(1, 2)
print(c, c + 1, type(c).__name__, isinstance(c, complex), c.real)

# --- subclass_of_complex_with_methods
class Z(complex):
    def __repr__(self):
        return 'Z(%r, %r)' % (self.real, self.imag)
    def norm(self):
        return abs(self)
z = Z('1+1j')
z.tag = 'x'
print(repr(z), z.norm(), z.tag, z * 2, type(z * 2).__name__, complex(z), type(complex(z)).__name__, z == 1+1j, hash(z) == hash(1+1j))
