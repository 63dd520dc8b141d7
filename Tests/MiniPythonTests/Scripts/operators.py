# Operators: arithmetic, precedence, bitwise, shifts, comparisons, boolean logic.

# --- arithmetic_basic
print(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 // 3, 7 % 3, 7 ** 3)

# --- floor_div_mod_negative
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)

# --- power_precedence
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 2 ** -2, -2 ** -1)

# --- precedence_mixed
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 * 3 % 4, 1 + 2 << 1, 1 | 2 ^ 3 & 4)

# --- unary_operators
print(-(-3), +4, ~5, ~-1, not 0, -True)

# --- bitwise
print(12 & 10, 12 | 10, 12 ^ 10, ~12, -12 & 0xff, 5 & -1)

# --- shifts
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 << 0)

# --- negative_shift
1 << -1

# --- comparisons_chained
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2, 3 > 2 >= 2)

# --- chained_evaluates_once
def f():
    print('called')
    return 5
1 < f() < 10

# --- identity_and_membership
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, 2 in a, 3 not in a)

# --- and_or_values
print(0 or 'x', '' or [], 1 and 2, 0 and 1/0, None or 0 or 'last', [] and 'x')

# --- short_circuit
def loud(v):
    print('eval', v)
    return v
r = loud(0) and loud(1)
s = loud(1) or loud(2)
(r, s)

# --- not_precedence
print(not 1 == 2, not (1 and 0), not [], not [0])

# --- conditional_expression
x = 7
['even' if x % 2 == 0 else 'odd', 'a' if x > 5 else 'b' if x > 2 else 'c']

# --- augmented_assignment
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
x <<= 2
x |= 1
x ^= 3
x &= 14
x >>= 1
x

# --- augmented_float_div
x = 9
x /= 2
x

# --- int_division_by_zero
1 // 0

# --- int_true_division_by_zero
1 / 0

# --- int_mod_zero
5 % 0

# --- divmod_values
[divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2)]

# --- zero_power_negative
0 ** -1

# --- unsupported_operand_mul
[1] * 'a'

# --- unsupported_operand_sub
'a' - 'b'

# --- unsupported_operand_lt
1 < 'a'

# --- unsupported_unary
-'abc'

# --- unsupported_operand_none
None + 1

# --- bitwise_float_error
1.5 & 1

# --- matmul_unsupported
[1] @ [2]

# --- list_concat_and_repeat
print([1, 2] + [3], [0] * 3, 2 * [1, 2], (1,) + (2,), (1, 2) * 2)

# --- list_plus_tuple_error
[1] + (2,)

# --- comparison_of_lists_tuples
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [1] == [1.0], (1, 'a') < (1, 'b'), [] < [0])

# --- equality_mixed_types
print(1 == '1', None == 0, [1] == (1,), {1: 2} == {1: 2}, {1, 2} == {2, 1})

# --- bool_arithmetic
print(True + 1, True * 3, False - 1, True / 2, True // 1, -False)

# --- int_float_mixed
print(1 + 1.0, 3 * 0.5, 2 ** 0.5, 10 // 3.0, 10 % 3.0, 2 - 0.25)

# --- big_but_in_range
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62, -9223372036854775807 - 1, 9223372036854775807 // 7, 3037000499 * 3037000499)

# --- pow_three_arg
[pow(3, 4, 5), pow(2, 100, 1000), pow(7, -1, 11) if False else pow(10, 3)]

# --- abs_values
[abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True)]

# --- walrus
if (n := 10) > 5:
    print(n)
[y for x in range(4) if (y := x * 2) > 2]
