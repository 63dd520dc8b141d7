# Float repr: shortest round-trip, exponent thresholds, inf/nan, signed zero.

# --- tenth_sum
0.1 + 0.2

# --- shortest_roundtrip
print(0.1, 1/3, 2/3, 1.1 * 3, 100.0)

# --- exponent_threshold_large
print(1e15, 1e16, 1e17, 123456789012345678.0)

# --- exponent_threshold_small
print(0.0001, 0.00001, 1e-5, 0.000123456)

# --- float_integral_values
[1.0, -2.0, 10.0**15, 2.0**53]

# --- inf_nan
x = float('inf')
print(x, -x, float('nan'), float('-inf'), x - x)

# --- inf_repr_in_list
[float('inf'), float('nan'), -float('inf')]

# --- negative_zero
print(-0.0, 0.0 * -1, -0.0 == 0.0)

# --- negative_zero_repr
-0.0

# --- float_str_vs_repr
x = 1.23456789012345678
print(str(x), repr(x))

# --- float_large
[1.7976931348623157e308, 5e-324, 2.2250738585072014e-308]

# --- float_overflow_to_inf
1e308 * 10

# --- float_division
print(7 / 2, -7 / 2, 1 / 4, 6 / 3)

# --- float_floor_div_mod
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)

# --- float_conversions
print(float(3), float('2.5'), float('  -1e3 '), float('1_000.5'), int(2.9), int(-2.9))

# --- float_from_int_large
float(2**62)

# --- float_round
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))

# --- float_round_ndigits
[round(3.14159, 3), round(1234.5678, -2), round(1.0, 1), round(15, -1)]

# --- float_pow
print(2.0 ** 0.5, 2 ** -1, 10 ** -2, (-8) ** (1/3) if False else 4 ** 0.5)

# --- float_compare_int
print(1 == 1.0, 1 < 1.5, 2**53 == 2.0**53, float('nan') == float('nan'))

# --- float_hash_eq_int
print(hash(1.0) == hash(1), hash(0.5), hash(-1), hash(-2))

# --- float_sci_values
[1e22, 1e21, 1.5e300, 6.02214076e23, 6.626e-34]

# --- float_many_digits
[0.3, 0.7, 1.15, 2.675, 9.995, 1234.5678]

# --- float_from_invalid_string
float('abc')

# --- float_division_by_zero
1.0 / 0

# --- float_mod_zero
5.0 % 0.0

# --- int_true_division_large
print(10**18 / 3, 2**63 - 1 if False else 9007199254740993 / 1)

# --- float_round_halfway_and_limits
[round(-43265.875, 2), round(1081.873046875, 8), round(0.125, 2), round(-0.375, 2), round(2.5e-10, 10), round(1.23456789e-30, 25), round(1e300, 5), round(-1e-320, 330), round(123.456, 400), round(1e300, -309), round(5e15 + 0.5, 0), round(0.285, 2)]
