# Methods of dict and set.

# --- dict_get
d = {'a': 1}
[d.get('a'), d.get('b'), d.get('b', 0)]

# --- dict_keys_values_items
d = {'x': 1, 'y': 2}
print(list(d.keys()), list(d.values()), list(d.items()), len(d.keys()), 'x' in d.keys())

# --- dict_pop
d = {'a': 1, 'b': 2}
print(d.pop('a'), d.pop('zz', 'default'), d)
d.pop('zz')

# --- dict_popitem
d = {'a': 1, 'b': 2}
print(d.popitem(), d)
d.popitem()
d.popitem()

# --- dict_setdefault
d = {}
d.setdefault('a', []).append(1)
d.setdefault('a', []).append(2)
print(d.setdefault('b'), d)

# --- dict_update
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3)])
d.update(d=4, a=0)
d

# --- dict_copy_clear
d = {'a': [1]}
c = d.copy()
c['b'] = 2
c['a'].append(2)
d2 = dict(d)
d.clear()
print(d, c, d2)

# --- dict_fromkeys
[dict.fromkeys(['a', 'b']), dict.fromkeys('xy', 0)]

# --- dict_iteration_order_after_delete
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
d['a'] = 4
[k for k in d]

# --- dict_items_unpack_loop
d = {'one': 1, 'two': 2}
for k, v in d.items():
    print(k, '->', v)

# --- dict_modify_during_iteration
d = {'a': 1}
for k in d:
    d['b'] = 2

# --- dict_merge_operator
a = {'x': 1}
b = {'y': 2}
print(a | b, {**a, 'x': 9})

# --- dict_counting_idiom
counts = {}
for w in 'the cat the hat the end'.split():
    counts[w] = counts.get(w, 0) + 1
sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

# --- dict_values_sum_max
scores = {'a': 3, 'b': 7, 'c': 5}
[sum(scores.values()), max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1])]

# --- dict_keys_set_ops
a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
sorted(a.keys() & b.keys())

# --- set_add_remove_discard
s = {1, 2}
s.add(3)
s.discard(1)
s.discard(99)
s.remove(2)
s

# --- set_remove_missing
s = {1}
s.remove(5)

# --- set_pop_empty
set().pop()

# --- set_methods_algebra
a = {1, 2, 3}
b = {2, 3, 4}
[a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({9})]

# --- set_update_methods
s = {1, 2}
s.update([3, 4], {5})
s.intersection_update({1, 2, 3, 4})
s.difference_update([1])
s

# --- set_copy_clear
s = {1, 2}
c = s.copy()
s.clear()
print(s, c)

# --- set_from_string_sorted
sorted(set('mississippi'))

# --- set_comparisons
[{1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == {1}, {1} != {2}]

# --- set_in_place_operators
s = {1, 2, 3}
s |= {4}
s &= {2, 3, 4}
s -= {3}
s ^= {5, 2}
s

# --- set_of_tuples_dedupe
points = [(0, 0), (1, 1), (0, 0)]
len(set(points))

# --- dict_keys_not_subscriptable
d = {'a': 1}
d.keys()[0]

# --- dict_get_unhashable
{}.get([1])

# --- set_repr_single_and_negative
[{-1}, {0}, {3, -2}]
