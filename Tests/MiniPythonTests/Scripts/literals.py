# Literals: ints, floats, strings, None/True/False, containers, Ellipsis.

# --- int_decimal
1234

# --- int_underscores
1_000_000 + 0x_ff

# --- int_bases
print(0x1F, 0o17, 0b1011, 0XAB, 0O7, 0B1)

# --- int_negative
-42

# --- bool_values
print(True, False, None)

# --- bool_arith
True + True

# --- none_repr
x = None
print(repr(x))

# --- none_last_value_hidden
None

# --- ellipsis
print(...)
...

# --- float_basic
print(1.5, 2., .25, 1e3, 1E-3)

# --- float_exponent_literals
[1e10, 1.5e-7, 3E+2]

# --- list_literal
[1, 2.5, 'a', None, True]

# --- tuple_literal
(1, 'two', 3.0)

# --- tuple_single
t = 1,
print(t, (2,), ())

# --- dict_literal
{'a': 1, 'b': [2, 3], 3: 'c'}

# --- dict_insertion_order
d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
d['z'] = 4
d

# --- set_literal_ints
{3, 1, 2, 3, 1}

# --- empty_containers
print([], (), {}, set())

# --- nested_containers
[(1, [2, {3: (4,)}]), {'k': {'n': []}}]

# --- last_expression_only_printed
1
2
3

# --- last_statement_not_expression
x = 5
y = x * 2

# --- print_then_value
print('hello')
'world'

# --- recursive_list_repr
a = [1]
a.append(a)
a

# --- recursive_dict_repr
d = {}
d['self'] = d
d

# --- int_repr_str
print(str(10), repr(10), str(-0), repr(-7))

# --- int_leading_zero_error
x = 0123

# --- bool_is_int
print(isinstance(True, int), True == 1, False == 0, bool(2), bool(0))
