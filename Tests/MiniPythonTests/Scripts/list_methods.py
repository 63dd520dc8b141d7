# Methods of list and tuple.

# --- append_extend_insert
a = [1]
a.append(2)
a.extend([3, 4])
a.extend('ab')
a.insert(0, 0)
a.insert(100, 'end')
a.insert(-1, 'before-end')
a

# --- pop_variants
a = [1, 2, 3, 4]
print(a.pop(), a.pop(0), a.pop(-1), a)

# --- pop_empty
[].pop()

# --- pop_out_of_range
[1].pop(5)

# --- remove
a = [1, 2, 3, 2]
a.remove(2)
a

# --- remove_missing
[1, 2].remove(3)

# --- index_count
a = [1, 2, 3, 2, 1]
[a.index(2), a.index(1, 1), a.count(1), a.count(9)]

# --- index_missing
[1, 2].index(3)

# --- sort_in_place
a = [3, 1, 2]
r = a.sort()
print(r, a)

# --- sort_key_reverse_stable
pairs = [('b', 2), ('a', 2), ('c', 1), ('d', 3)]
pairs.sort(key=lambda p: p[1])
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)

# --- sort_strings_and_floats
a = ['pear', 'Apple', 'fig']
a.sort()
b = [2.5, -1, 3, 0.5]
b.sort(reverse=True)
print(a, b)

# --- sort_mixed_error
[3, 'a', 1].sort()

# --- sort_positional_arg_error
[1].sort(len)

# --- reverse_copy_clear
a = [1, 2, 3]
b = a.copy()
a.reverse()
c = a
a.clear()
print(a, b, c)

# --- list_equality_after_methods
a = list(range(5))
a.pop(2)
a.insert(2, 2)
a == list(range(5))

# --- list_multiplication_and_in
a = [[1]] * 2 + [2]
print(a, [1] in a, len(a))

# --- tuple_methods
t = (1, 2, 2, 3, 2)
[t.count(2), t.index(3), t.index(2, 2)]

# --- tuple_index_missing
(1, 2).index(5)

# --- list_constructor_from_generator
list(x * 2 for x in range(4))

# --- list_iadd_extends_in_place
a = [1]
b = a
a += [2, 3]
a += 'xy'
print(a, b is a)

# --- list_contains_nan_identity
nan = float('nan')
[nan in [nan], nan == nan]

# --- list_del_slice_and_sort_numbers
a = [5, 3, 8, 1, 9, 2]
del a[1:3]
a.sort()
a

# --- list_extend_non_iterable
[].extend(5)

# --- nested_list_sort_by_multiple_keys
people = [('bob', 25), ('alice', 30), ('carol', 25)]
sorted(people, key=lambda p: (p[1], p[0]))

# --- list_append_returns_none
a = []
print(a.append(1), a)

# --- list_repr_with_floats_and_strings
[1.0, 'x', 2.50, -0.0, 1e100]
