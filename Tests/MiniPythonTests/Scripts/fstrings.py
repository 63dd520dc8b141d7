# f-strings: expressions, conversions, format specs, nesting.

# --- basic_fstring
name = 'World'
f'Hello, {name}!'

# --- fstring_expressions
x = 3
y = 4
print(f'{x} + {y} = {x + y}', f'{x * y:>5}', f'{[x, y]}', F'{x}')

# --- fstring_conversions
s = 'café'
print(f'{s!r} {s!s} {s!a}')

# --- fstring_repr_of_str
items = ['a', 'b']
f'{items!r} {items[0]!r}'

# --- fstring_float_specs
v = 3.14159265
print(f'{v:.2f}|{v:10.3f}|{v:<10.1f}|{v:e}|{v:.3g}|{v:%}')

# --- fstring_int_specs
n = 255
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:08b} {n:,}')

# --- fstring_nested_spec
width = 10
prec = 3
value = 2.718281828
f'[{value:{width}.{prec}f}]'

# --- fstring_braces_escape
f'{{literal}} {1 + 1} }}'

# --- fstring_debug_equals
x = 10
print(f'{x=}', f'{x * 2 = }', f'{x=:>5}')

# --- fstring_quotes_inside
d = {'key': 'value'}
f"{d['key']} and {'nested'}"

# --- fstring_method_call
s = 'abc'
f'{s.upper()} {len(s)} {s[::-1]}'

# --- fstring_conditional
n = 5
f'{"odd" if n % 2 else "even"}'

# --- fstring_multiline_triple
a, b = 1, 2
s = f"""a={a}
b={b}"""
print(s)

# --- fstring_string_align
s = 'hi'
print(f'[{s:<6}] [{s:>6}] [{s:^6}] [{s:*^7}] [{s}]')

# --- fstring_undefined_name
f'{undefined_name}'

# --- fstring_bad_spec
f'{3.5:d}'

# --- fstring_str_with_number_spec
f'{"abc":d}'

# --- fstring_empty_expression
f'{}'

# --- fstring_none_and_bool
print(f'{None} {True} {False!r} {None!r}')

# --- fstring_with_lambda_call
f = lambda x: x * 2
f'{f(21)}'

# --- fstring_sign_and_zero
print(f'{42:+d} {-42:+d} {42: d} {42:05d} {-42:05d} {3.5:+.1f}')

# --- fstring_percent
print(f'{0.1234:.1%} {1:%} {0.5:.0%}')
