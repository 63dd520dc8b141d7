# Deliberate deviations: MiniPython's int is 64-bit. Where CPython computes an int outside
# [-2**63, 2**63 - 1], MiniPython raises OverflowError (see DEVIATIONS.md). Each snippet
# states its expected output with `# expect:` lines; generate.py checks that CPython
# differs (it computes the big value), so every deviation here is a real one.

# --- add_overflow
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
9223372036854775807 + 1

# --- sub_overflow
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
-9223372036854775807 - 2

# --- mul_overflow
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
3037000500 * 3037000500

# --- pow_overflow
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
2 ** 63

# --- pow_big_exponent
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
10 ** 100

# --- shift_overflow
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
1 << 63

# --- negate_min
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
x = -9223372036854775807 - 1
-x

# --- abs_min
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
abs(-9223372036854775807 - 1)

# --- floordiv_min_by_minus_one
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
(-9223372036854775807 - 1) // -1

# --- augmented_overflow_in_loop
# expect: 1
# expect: 2432902008176640000
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
x = 1
print(x)
for i in range(1, 30):
    x *= i
    if i == 20:
        print(x)

# --- factorial_overflow
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
import math
math.factorial(21)

# --- int_literal_too_large
# expect: OverflowError: int too large: integers are limited to 64 bits
x = 9223372036854775808

# --- int_from_large_float
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
int(1e19)

# --- int_from_long_string
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
int('99999999999999999999')

# --- sum_overflow
# expect: OverflowError: integer overflow: results are limited to 64-bit integers
sum([2 ** 62, 2 ** 62])

# --- overflow_caught_as_arithmetic_error
# expect: caught OverflowError
try:
    2 ** 64
except ArithmeticError as e:
    print('caught', type(e).__name__)
else:
    print('no overflow', 2 ** 64)

# --- float_conversion_of_large_product_still_fine
1.0 * 3037000500 * 3037000500
