# functools and itertools (written in Python inside MiniPython), as CPython 3.11 prints them.

# --- reduce
from functools import reduce
[reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0), reduce(lambda a, b: a + b, 'abc')]

# --- reduce_empty
import functools
functools.reduce(lambda a, b: a + b, [])

# --- reduce_not_iterable
from functools import reduce
reduce(lambda a, b: a, 5)

# --- partial
from functools import partial
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
add3 = partial(partial(lambda a, b, c: a + b + c, 1), 2)
print(add3(3), add3.args)

# --- partial_not_callable
from functools import partial
partial(3)

# --- lru_cache
from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
@lru_cache
def sq(x):
    return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info(), sq.__name__)
sq.cache_clear()
sq.cache_info()

# --- lru_cache_eviction
from functools import lru_cache
calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x
for x in [1, 2, 1, 3, 2, 1]:
    f(x)
print(calls, f.cache_info())

# --- wraps
from functools import wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__)

# --- total_ordering_and_cmp_to_key
from functools import total_ordering, cmp_to_key
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) <= Version(2), Version(3) >= Version(2), Version(1) > Version(1))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

# --- count_cycle_repeat
from itertools import count, cycle, repeat, islice
print(list(islice(count(10), 3)), list(islice(count(0, 2.5), 3)), list(islice(cycle('ab'), 5)))
print(list(repeat('x', 3)), list(repeat(1, -1)), repr(count(5)), repr(count(1, 3)), repr(repeat('a', 2)))
print(list(zip(range(3), repeat(0))), list(cycle([])))

# --- accumulate
from itertools import accumulate
[list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)), list(accumulate([]))]

# --- chain
import itertools
print(list(itertools.chain('ab', [1, 2], (), range(2))), list(itertools.chain.from_iterable(['xy', 'z'])))
type(itertools.chain()).__name__, repr(itertools.chain()).startswith('<itertools.chain object at 0x')

# --- filtering
from itertools import compress, dropwhile, takewhile, filterfalse
[list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(takewhile(lambda x: x < 3, [1, 2, 4, 1])), list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, '', 'a']))]

# --- groupby
from itertools import groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
groups = [(k, g) for k, g in groupby('aabb')]
[(k, list(g)) for k, g in groups]

# --- islice
from itertools import islice
[list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3))]

# --- islice_errors
from itertools import islice
for args in [(-1,), (1, -2), (0, 5, 0), ('a',), (-5,), (0, 3, -1), (-1, 2)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print(e)

# --- pairwise_starmap_tee
from itertools import pairwise, starmap, tee
a, b = tee([1, 2, 3])
print(list(pairwise('ABCD')), list(starmap(pow, [(2, 5), (3, 2)])), list(a), list(b), list(pairwise('A')))

# --- zip_longest
from itertools import zip_longest
[list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [4, 5, 6])), list(zip_longest())]

# --- combinatorics
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)), list(product('ab', [])))

# --- combinatorics_lazy
from itertools import product, islice
list(islice(product(range(10), repeat=12), 3))

# --- combinatorics_negative_r
from itertools import combinations
combinations('abc', -1)
