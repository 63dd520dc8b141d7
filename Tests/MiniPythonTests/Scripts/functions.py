# def: defaults, keyword-only, *args, **kwargs, closures, nonlocal/global, lambda, recursion.

# --- def_and_call
def add(a, b):
    return a + b
add(2, 3)

# --- default_arguments
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'))

# --- mutable_default_shared
def append(x, acc=[]):
    acc.append(x)
    return acc
append(1)
append(2)

# --- keyword_only
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, c=4, b=5))
f(1, 2)

# --- keyword_only_missing
def f(a, *, b):
    return a + b
f(1)

# --- varargs_kwargs
def f(*args, **kwargs):
    return args, kwargs
f(1, 2, x=3, y=4)

# --- call_with_star_and_double_star
def f(a, b, c, d):
    return [a, b, c, d]
args = [1, 2]
kw = {'d': 4}
f(*args, 3, **kw)

# --- missing_positional_argument
def f(a, b):
    pass
f(1)

# --- too_many_positional
def f(a):
    pass
f(1, 2)

# --- unexpected_keyword
def f(a):
    pass
f(a=1, b=2)

# --- multiple_values_for_argument
def f(a, b):
    pass
f(1, a=2)

# --- closure_counter
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c()
c()
c()

# --- closures_independent
def adder(n):
    return lambda x: x + n
add2 = adder(2)
add10 = adder(10)
[add2(1), add10(1)]

# --- global_statement
total = 0
def bump(n):
    global total
    total += n
bump(3)
bump(4)
total

# --- unbound_local_error
x = 1
def f():
    print(x)
    x = 2
f()

# --- recursion_factorial
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
[fact(i) for i in range(10)]

# --- recursion_fibonacci_memo
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
fib(90)

# --- recursion_limit
def down(n):
    return down(n + 1)
down(0)

# --- lambda_forms
f = lambda: 'none'
g = lambda x, y=2: x * y
h = lambda *a, **k: (a, k)
print(f(), g(3), g(3, 4), h(1, z=2))

# --- sorted_with_lambda_key
words = ['banana', 'Apple', 'cherry', 'date']
sorted(words, key=lambda w: (len(w), w.lower()))

# --- return_none_implicit
def f():
    pass
print(f())

# --- return_multiple_values
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi)

# --- nested_functions_and_scopes
def outer():
    x = 'outer'
    def inner():
        return x
    x = 'changed'
    return inner()
outer()

# --- function_attributes_name
def my_func():
    pass
print(my_func.__name__, (lambda: 0).__name__)

# --- docstring
def f():
    """Return nothing."""
f.__doc__

# --- higher_order
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
[compose(inc, dbl)(5), compose(dbl, inc)(5)]

# --- call_non_callable
x = 5
x()

# --- call_none
None()

# --- kwargs_order_preserved
def f(**kw):
    return list(kw)
f(z=1, a=2, m=3)

# --- default_evaluated_once
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
def f(x=tick()):
    return x
print(f(), f(), counter)

# --- nonlocal_in_nested
def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 5
        inner()
    mid()
    return x
outer()

# --- star_args_type_error
def f(*args):
    return args
f(*5)

# --- double_star_non_mapping
def f(**kw):
    return kw
f(**[1, 2])
