# Statements: if/elif/else, loops with break/continue/else, del, pass, global, print options.

# --- if_elif_else
for n in [-5, 0, 5]:
    if n < 0:
        print('negative')
    elif n == 0:
        print('zero')
    else:
        print('positive')

# --- while_loop_else
n = 0
while n < 3:
    n += 1
else:
    print('while done', n)

# --- while_break_skips_else
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print('not reached')
n

# --- for_else_search
for x in [1, 3, 5]:
    if x % 2 == 0:
        print('found even')
        break
else:
    print('no even number')

# --- for_continue
out = []
for i in range(10):
    if i % 3:
        continue
    out.append(i)
out

# --- nested_loops_break
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end='; ')
print()

# --- for_over_dict_and_string
for k in {'a': 1, 'b': 2}:
    print(k, end=' ')
for ch in 'xyz':
    print(ch, end='')
print()

# --- for_target_tuple_and_leak
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    pass
print(i, a, b)

# --- del_name
x = 1
del x
x

# --- del_multiple
a, b, c = 1, 2, 3
del a, b
c

# --- del_attribute
class C: pass
c = C()
c.v = 1
del c.v
c.v

# --- pass_statement
def f():
    pass
class C:
    pass
if True:
    pass
print('passed')

# --- print_sep_end
print(1, 2, 3, sep='-', end='!\n')
print('a', 'b', sep='')
print()
print('x', end='')
print('y')

# --- print_no_args_and_none
print(None, end=' ')
print(sep='ignored')

# --- print_bad_sep
print(1, sep=5)

# --- semicolon_statements
a = 1; b = 2; print(a + b)

# --- one_line_compound
if True: print('one-liner')
for i in range(2): print(i)
while False: pass

# --- global_at_module_level_ok
global g
g = 5
g

# --- name_error
undefined_variable

# --- name_error_in_function
def f():
    return missing + 1
f()

# --- augmented_assign_undefined
count += 1

# --- attribute_assignment_on_int
x = 5
x.attr = 1

# --- subscript_assign_on_string_key_in_list
a = [1, 2]
a['k'] = 1

# --- nested_function_definitions_in_loop
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
[f() for f in funcs]

# --- while_with_complex_condition
i, total = 0, 0
while i < 10 and total < 20:
    total += i
    i += 1
(i, total)

# --- comments_and_blank_lines
# leading comment

x = 1  # trailing comment


# another comment
x + 1

# --- multiline_brackets
values = [
    1,
    2,   # comment inside
    3,
]
total = (values[0] +
         values[1]
         + values[2])
total

# --- if_with_walrus_like_assignment_before
data = [3, 1, 2]
if len(data) > 2:
    data.sort()
data

# --- is_none_checks
x = None
print(x is None, x is not None, x == None)
