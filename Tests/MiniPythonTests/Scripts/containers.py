# Lists, tuples, dicts and sets: indexing, slicing, assignment, deletion, unpacking.

# --- list_index_negative
a = [10, 20, 30, 40]
print(a[0], a[-1], a[-4], a[2])

# --- list_slices
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[5:2], a[-100:100])

# --- list_slice_assignment
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ['a', 'b', 'c']
a[-1:] = []
a[::2] = [7, 8, 9]
a

# --- extended_slice_length_error
a = [0, 1, 2, 3]
a[::2] = [1]

# --- list_del
a = list(range(8))
del a[0]
del a[-1]
del a[1:3]
del a[::2]
a

# --- list_index_out_of_range
[1, 2, 3][3]

# --- list_assign_out_of_range
a = [1]
a[5] = 2

# --- list_index_type_error
[1, 2]['a']

# --- list_float_index_error
[1, 2][1.0]

# --- tuple_indexing
t = (1, 2, 3, 4)
print(t[1], t[-1], t[1:3], t[::-1])

# --- tuple_item_assignment
t = (1, 2)
t[0] = 5

# --- tuple_index_error
(1, 2)[2]

# --- dict_access
d = {'a': 1, 'b': 2}
print(d['a'], len(d), 'a' in d, 2 in d, list(d))

# --- dict_missing_key
d = {'a': 1}
d['b']

# --- dict_missing_tuple_key
d = {}
d[(1, 2)]

# --- dict_unhashable_key
d = {}
d[[1, 2]] = 3

# --- dict_assignment_update_delete
d = {'x': 1}
d['y'] = 2
d['x'] = 10
del d['y']
d

# --- dict_del_missing
d = {}
del d['nope']

# --- dict_int_float_keys
d = {1: 'int', 2: 'two'}
d[1.0] = 'float'
d[True] = 'bool'
d

# --- dict_tuple_keys
grid = {(0, 0): 'a', (1, 2): 'b'}
print(grid[1, 2], grid[(0, 0)])

# --- dict_unpacking_literal
a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
{**a, **b, 'w': 0}

# --- dict_equality_order_independent
{'a': 1, 'b': 2} == {'b': 2, 'a': 1}

# --- set_operations
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a >= {1})

# --- set_membership_and_len
s = {1, 2, 2, 3}
print(len(s), 2 in s, 5 in s, sorted(s))

# --- set_unhashable
{[1]}

# --- frozen_set_like_tuple_keys
s = set()
s.add((1, 2))
s.add((1, 2))
s

# --- list_of_lists_aliasing
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
grid

# --- list_of_lists_comprehension
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
grid

# --- list_repr_nested_strings
[['a', "b'c"], ('d',), {'e': 'f'}]

# --- star_in_list_and_tuple_literal
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, 0), {*a, *b})

# --- unpacking_assignment
a, b = 1, 2
a, b = b, a
(x, y), z = (1, 2), 3
first, *rest = [1, 2, 3, 4]
*init, last = 'abc'
p, *mid, q = range(5)
print(a, b, x, y, z, first, rest, init, last, p, mid, q)

# --- unpacking_too_many
a, b = [1, 2, 3]

# --- unpacking_not_enough
a, b, c = (1, 2)

# --- unpacking_non_iterable
a, b = 5

# --- unpacking_starred_not_enough
a, b, *c = [1]

# --- chained_assignment
a = b = c = []
a.append(1)
print(a, b, c, a is c)

# --- slice_objects
s = slice(1, 5, 2)
print(list(range(10))[s], s)

# --- string_slice_step_zero
'abc'[::0]

# --- tuple_in_comparison_and_hash
print(hash((1, 2)) == hash((1, 2)), (1, 2) in {(1, 2): 0})

# --- nested_index_assignment
d = {'a': [1, {'b': 2}]}
d['a'][1]['b'] += 10
d

# --- dict_keys_view_repr
d = {'a': 1, 'b': 2}
print(d.keys(), d.values(), d.items())

# --- list_equality_and_identity_after_copy
a = [1, [2]]
b = a[:]
b[1].append(3)
print(a, b, a == b, a is b)

# --- range_object
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], 8 in r, 9 in r, range(5)[1:3])

# --- range_empty_and_negative
print(list(range(0)), list(range(5, 0, -2)), list(range(-3)), range(0, 10, -1))

# --- range_zero_step
range(1, 5, 0)
