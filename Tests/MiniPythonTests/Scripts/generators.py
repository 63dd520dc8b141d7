# Generator functions: yield, yield from, send/throw/close, return values and errors.

# --- yield_statement_and_expression
def g():
    x = yield 1
    print('got', x)
    y = yield
    print('got', y)
    yield x, y
it = g()
print(next(it))
print(it.send('a'))
print(it.send('b'))

# --- minibatches
def iterate_minibatches(X, y, size):
    for i in range(0, len(X), size):
        yield X[i:i + size], y[i:i + size]
X = list(range(7))
y = [v * 10 for v in X]
for xb, yb in iterate_minibatches(X, y, 3):
    print(xb, yb)

# --- return_value_stopiteration
def g():
    yield 1
    return 'done'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', repr(e.value), e.args)
next(it)

# --- next_exhausted_with_value
def g():
    return 5
    yield
next(g())

# --- next_default
def g():
    yield 1
it = g()
print(next(it, 'x'), next(it, 'x'), next(it, 'x'))

# --- yield_from_generator_return
def inner():
    a = yield 1
    print('inner got', a)
    return 'r'
def outer():
    r = yield from inner()
    print('result', r)
    yield 2
it = outer()
print(next(it))
print(it.send('s'))

# --- yield_from_iterables
def g():
    yield from 'ab'
    yield from range(2)
    yield from (x * x for x in [3, 4])
list(g())

# --- stopiteration_inside_generator
def g():
    yield 1
    raise StopIteration('boom')
list(g())

# --- next_inside_generator
def g():
    it = iter([])
    yield next(it)
list(g())

# --- generator_already_executing
def g():
    yield next(it)
it = g()
next(it)

# --- send_non_none_first
def g():
    yield 1
g().send(3)

# --- close_runs_finally
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
it = g()
print(next(it))
it.close()
print('closed')
print(next(it, 'end'))

# --- close_not_started
def g():
    try:
        yield 1
    finally:
        print('never')
it = g()
it.close()
list(it)

# --- close_ignored
def g():
    n = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            n += 1
            if n > 1:
                return
            print('ignoring')
it = g()
next(it)
it.close()

# --- throw_caught
def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
it = g()
next(it)
print(it.throw(ValueError('bad')))
print(it.throw(ValueError, 'worse'))

# --- throw_uncaught
def g():
    yield 1
it = g()
next(it)
it.throw(KeyError('k'))

# --- throw_not_started
def g():
    print('body')
    yield 1
it = g()
try:
    it.throw(TypeError('t'))
except TypeError as e:
    print('raised', e)
list(it)

# --- with_block_in_generator
class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit', a[0])
def g():
    with Ctx():
        yield 1
        yield 2
for v in g():
    print(v)
it = g()
next(it)
it.close()

# --- generator_repr
def gen():
    yield 1
class A:
    def m(self):
        yield self
def outer():
    def inner():
        yield 1
    return inner()
r = [repr(gen()), repr(A().m()), repr(outer())]
print([s.split(' at 0x')[0] for s in r], all(s.endswith('>') for s in r))
print(type(gen()).__name__, gen().__name__, outer().__qualname__)

# --- builtins_over_generators
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count(5)), list(zip(count(3), 'abc')), sorted(count(4), reverse=True))
print([x * 2 for x in count(3)], {x: x for x in count(2)}, max(count(6)), list(enumerate(count(2))))
print(list(map(str, count(3))), 2 in count(5), tuple(count(3)), dict(zip('ab', count(2))))
a, b, c = count(3)
print(a, b, c, *count(2))

# --- iter_is_self
def g():
    yield 1
it = g()
print(iter(it) is it, it.__iter__() is it, it.__next__())

# --- method_and_closure_generators
class Dataset:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d * 2
    def batches(self, n):
        for i in range(0, len(self.data), n):
            yield self.data[i:i + n]
def make_counter(step):
    def counter(n):
        for i in range(n):
            yield i * step
    return counter
ds = Dataset([1, 2, 3])
print(list(ds), list(ds.batches(2)), list(make_counter(10)(3)))

# --- nonlocal_in_generator
def outer():
    total = 0
    def g(n):
        nonlocal total
        for i in range(n):
            total += i
            yield total
    return g, lambda: total
g, get = outer()
print(list(g(4)), get())

# --- yield_in_try_except
def g():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError as e:
            yield 'error: ' + str(e)
list(g())

# --- exception_in_generator_body
def g():
    yield 1
    [][0]
it = g()
print(next(it))
next(it)

# --- exception_handled_state_across_yield
def g():
    try:
        raise KeyError('a')
    except KeyError:
        yield 1
        raise
it = g()
next(it)
try:
    raise ValueError('outside')
except ValueError:
    pass
next(it)

# --- infinite_generator_with_islice_like
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n * n > 50:
        break
    out.append(n)
out

# --- recursive_generator
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
list(flatten([1, [2, [3, [4, [5]]]], 6]))

# --- generator_finally_on_return
def g():
    try:
        yield 1
        return 2
    finally:
        print('finally')
it = g()
print(next(it))
print(next(it, 'done'))

# --- yield_inside_expression
def g():
    total = 0
    while True:
        total += (yield total)
acc = g()
next(acc)
print(acc.send(3), acc.send(4))

# --- yield_from_send_and_throw_delegation
def inner():
    try:
        while True:
            v = yield
            print('inner', v)
    except ValueError:
        print('inner caught')
        return 'inner done'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'end'
it = outer()
next(it)
it.send(1)
it.send(2)
print(it.throw(ValueError))

# --- yield_in_lambda
f = lambda: (yield 5)
list(f())

# --- return_in_generator_with_value_in_list
def g():
    yield 1
    return 99
print(list(g()))
def h():
    r = yield from g()
    yield r
list(h())

# --- yield_in_list_comprehension
def f():
    return [(yield x) for x in range(3)]

# --- yield_in_genexp
def f():
    return ((yield x) for x in range(3))

# --- yield_in_class_body
class A:
    yield 1

# --- yield_from_non_iterable
def g():
    yield from 5
list(g())

# --- generator_not_subscriptable_len
def g():
    yield 1
len(g())

# --- throw_bad_argument
def g():
    yield 1
it = g()
next(it)
it.throw(5)

# --- deep_recursion_in_generator
def g():
    def rec(n):
        return rec(n + 1)
    yield rec(0)
next(g())

# --- generator_type_and_args
def g(a, b=2, *rest, scale=1, **kw):
    yield a * scale, b
    yield rest, sorted(kw)
print(type(g(1)))
list(g(1, 3, 4, 5, scale=10, x=1, y=2))

# --- arguments_bound_at_call
def g(n):
    print('started', n)
    yield n
it = g(len([1, 2]))
print('created')
next(it)

# --- yield_tuple_and_assign_from
def inner():
    yield 1
    return 'x', 'y'
def outer():
    a, b = yield from inner()
    yield a, b
    c = yield 'p', 'q'
    yield c
it = outer()
print(next(it), next(it), next(it), it.send(7))

# --- gi_running_and_name
def g():
    yield it.gi_running
it = g()
print(it.gi_running, next(it), it.__name__)

# --- exception_type_error_not_iterator
def g():
    yield 1
next(g)

# --- generator_close_returns_none_after_finish
def g():
    yield 1
it = g()
print(list(it), it.close(), next(it, 'done'))

# --- genexpr_close
g = (x * x for x in range(5))
print(next(g), g.close(), next(g, 'done'), list(g))
h = (x for x in [1, 2])
h.close()
print(list(h))

# --- genexpr_send
g = (x for x in 'ab')
print(g.send(None), g.send(42))
g.send(0)

# --- genexpr_send_non_none_first
g = (x for x in 'ab')
g.send(1)

# --- genexpr_throw
g = (x for x in range(3))
print(next(g))
try:
    g.throw(ValueError('stop here'))
except ValueError as e:
    print('caught', e)
print(list(g))
g.throw(KeyError, 'k')

# --- genexpr_throw_stopiteration
g = (x for x in range(3))
g.throw(StopIteration)

# --- genexpr_stopiteration_inside
it = iter([])
g = (next(it) for x in range(3))
list(g)

# --- genexpr_already_executing
g = (next(g) for x in range(3))
next(g)

# --- genexpr_attributes
def make():
    return (x for x in [])
g = make()
print(g.__name__, g.__qualname__, g.gi_running, type(g).__name__)
print(repr(g).startswith('<generator object make.<locals>.<genexpr> at 0x'))

# --- genexpr_method_arguments
g = (x for x in [])
g.throw()

# --- generator_throw_stopiteration_not_started
def gen():
    yield 1
gen().throw(StopIteration)
