# List, dict and set comprehensions, generator expressions and generator functions.

# --- list_comprehension
[x * x for x in range(6)]

# --- list_comprehension_filter
[x for x in range(20) if x % 3 == 0 if x % 2 == 0]

# --- nested_comprehension
[(i, j) for i in range(3) for j in range(i)]

# --- comprehension_of_comprehension
[[i * j for j in range(1, 4)] for i in range(1, 4)]

# --- dict_comprehension
{k: len(k) for k in ['a', 'bb', 'ccc']}

# --- set_comprehension
{x % 4 for x in range(10)}

# --- generator_expression_sum
sum(x * x for x in range(101))

# --- generator_expression_lazy
g = (print('gen', x) or x for x in range(3))
print('before')
list(g)

# --- comprehension_scope_isolated
x = 'outer'
squares = [x for x in range(3)]
x

# --- comprehension_closure_capture
fs = [lambda: i for i in range(3)]
[f() for f in fs]

# --- comprehension_tuple_unpack
pairs = [(1, 'a'), (2, 'b')]
{v: k for k, v in pairs}

# --- comprehension_conditional_value
['even' if n % 2 == 0 else 'odd' for n in range(4)]

# --- generator_function
def countdown(n):
    while n > 0:
        yield n
        n -= 1
list(countdown(4))

# --- generator_next_and_stopiteration
def gen():
    yield 1
    yield 2
g = gen()
print(next(g), next(g))
next(g)

# --- generator_return_value_ignored
def gen():
    yield 'a'
    return 'done'
[v for v in gen()]

# --- generator_send_none_progress
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
[next(f) for _ in range(10)]

# --- yield_from
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield from [3, 4]
list(outer())

# --- generator_exhausted_twice
g = (x for x in [1, 2])
print(list(g), list(g))

# --- generator_in_for_with_break
def naturals():
    n = 0
    while True:
        yield n
        n += 1
for n in naturals():
    if n > 3:
        break
    print(n, end=' ')
print()

# --- next_default
next(iter([]), 'empty')

# --- comprehension_name_error_inside
[undefined for _ in range(2)]

# --- iter_protocol_class
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
list(Count(3))

# --- generator_with_try_finally
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for v in g():
    print(v)

# --- generator_expression_in_call_with_args
max((len(w), w) for w in ['pear', 'fig', 'banana'])

# --- enumerate_zip_in_comprehension
[f'{i}:{a}{b}' for i, (a, b) in enumerate(zip('xyz', 'XYZ'))]

# --- dict_comprehension_from_zip
dict(zip(['a', 'b', 'c'], range(3)))

# --- nested_generator_pipeline
nums = range(10)
evens = (n for n in nums if n % 2 == 0)
squares = (n * n for n in evens)
list(squares)
