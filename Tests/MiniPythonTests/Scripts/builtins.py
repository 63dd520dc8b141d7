# The everyday builtin functions.

# --- len_of_things
[len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(10)), len('')]

# --- len_of_int_error
len(5)

# --- range_forms
[list(range(5)), list(range(2, 5)), list(range(10, 0, -3))]

# --- enumerate_start
list(enumerate('abc', start=1))

# --- zip_shortest
[list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3]))]

# --- map_filter
[list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, '', 'a'])), list(filter(lambda x: x > 1, [1, 2, 3]))]

# --- sorted_variants
[sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}), sorted([(1, 'b'), (1, 'a'), (0, 'z')])]

# --- sorted_stable_with_key
sorted(['bb', 'a', 'cc', 'd', 'eee'], key=len)

# --- sorted_mixed_types_error
sorted([1, 'a'])

# --- reversed_builtin
[list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3)))]

# --- min_max
[min(3, 1, 2), max([4, 9, 2]), min('hello'), max('a', 'B'), max([1, 5, 3], key=lambda x: -x), min([], default=0)]

# --- min_empty_error
min([])

# --- max_key_ties_first
max(['aa', 'bb', 'c'], key=len)

# --- sum_variants
[sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 10), sum([])]

# --- sum_strings_error
sum(['a', 'b'], '')

# --- abs_round_divmod_pow
[abs(-3), round(3.7), round(-3.5), round(3.14159, 2), divmod(17, 5), pow(2, 10), pow(2, -1), pow(2, 3, 3)]

# --- round_returns_int
[type(round(2.5)), type(round(2.5, 0)), round(5), round(1234, -2)]

# --- int_conversions
[int(), int(3.9), int('42'), int(True), int('-0'), int('1_000'), int(-0.5)]

# --- int_invalid
int('3.5')

# --- int_of_none
int(None)

# --- int_of_inf
int(float('inf'))

# --- int_of_nan
int(float('nan'))

# --- float_str_bool_conversions
[float(), float(1), str(), str(1.0), str(None), bool(), bool([]), bool([0]), bool(''), bool('0'), bool(0.0)]

# --- float_special_strings
[float('inf'), float('-Infinity'), float('nan'), float('1e5'), float(' 2.5\n')]

# --- list_tuple_dict_set_constructors
[list('abc'), tuple([1, 2]), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), sorted(set('hello')), list({'k': 1}), tuple(), list()]

# --- dict_constructor_with_kwargs_and_mapping
dict({'a': 1}, b=2)

# --- dict_constructor_bad_sequence
dict([1, 2])

# --- isinstance_with_tuple
[isinstance(1, (str, int)), isinstance(1.0, int), isinstance(True, int), isinstance('s', str), isinstance([], (tuple, dict))]

# --- type_names
[type(1).__name__, type(1.0).__name__, type('').__name__, type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__, type(None).__name__, type(True).__name__, type(range(1)).__name__]

# --- repr_builtin
print(repr('a'), repr(1.0), repr([1, 'b']), repr(None), repr(True))

# --- hash_builtin
[hash(1), hash(-1), hash(True), hash(0), hash((1, 2)) == hash((1, 2)), hash(2**61), hash(-2**61 - 5)]

# --- hash_unhashable
hash([])

# --- id_identity
a = []
b = a
print(id(a) == id(b), id(a) == id([]))

# --- any_all
[any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 2 for x in range(4)), all(c.isdigit() for c in '123')]

# --- iter_next
it = iter([1, 2, 3])
print(next(it), next(it), list(it), next(it, 'done'))

# --- callable_builtin
[callable(len), callable(lambda: 0), callable(1), callable(str), callable('s')]

# --- format_builtin
[format(3.14159, '.2f'), format(42, '08b'), format('x', '^5'), format(1234567, ',')]

# --- chr_ord_hex_bin_oct
[chr(65), ord('z'), hex(255), hex(-255), bin(10), bin(-10), oct(8), hex(0), bin(0)]

# --- hex_of_float_error
hex(1.5)

# --- getattr_setattr_hasattr_builtin
class C: pass
c = C()
setattr(c, 'name', 'box')
[getattr(c, 'name'), hasattr(c, 'name'), hasattr(c, 'other'), getattr(c, 'other', None)]

# --- issubclass_builtin_types
[issubclass(bool, int), issubclass(int, float), issubclass(int, object), issubclass(str, (int, str))]

# --- print_returns_none
x = print('printed')
x is None

# --- print_multiple_types
print(1, 2.0, 'three', [4], (5,), {6: 7}, {8}, None, True)

# --- str_of_float_and_int
[str(1e16), str(0.1), str(-0.0), str(10**18), str(float('inf'))]

# --- min_max_multiple_iterables_error
max(1)

# --- enumerate_non_iterable
enumerate(5)

# --- iter_non_iterable
for x in 42:
    pass

# --- sorted_explicit_defaults
sorted([1, 2], key=None, reverse=False)

# --- sorted_key_error_propagates
sorted([1, 2], key=lambda x: x.missing)

# --- len_with_dunder
class L:
    def __len__(self):
        return 7
len(L())

# --- bool_of_builtin_objects
[bool(None), bool(range(0)), bool({}), bool({0: 0}), bool(0j if False else 1)]

# --- list_of_dict_items
list({'a': 1, 'b': 2}.items())

# --- abs_of_string_error
abs('x')

# --- round_half_even_negative
[round(-1.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(-0.0)]

# --- divmod_zero
divmod(1, 0)

# --- builtin_names_shadowing
list = [1, 2]
len(list)

# --- type_of_builtin_function
[type(len).__name__, type(print), type(abs)]

# --- dir_free_vars_function
def f(a, b=2):
    return a * b
print(f(3), f.__name__)
