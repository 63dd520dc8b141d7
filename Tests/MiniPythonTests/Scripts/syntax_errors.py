# SyntaxError and IndentationError: CPython's messages, line numbers and caret columns.

# --- unclosed_paren
x = (1, 2
y = 3

# --- unclosed_bracket_at_eof
values = [1, 2,

# --- unmatched_close
x = 1)

# --- mismatched_brackets
x = [1, 2)

# --- invalid_syntax_two_names
print 'hello'

# --- missing_colon_if
if True
    pass

# --- missing_colon_def
def f()
    return 1

# --- unexpected_indent
x = 1
    y = 2

# --- expected_indented_block
def f():
return 1

# --- expected_indented_block_if
if True:
x = 1

# --- unindent_mismatch
if True:
        x = 1
    y = 2

# --- assign_to_literal
1 = x

# --- assign_to_call
f() = 1

# --- assign_to_keyword_value
None = 1

# --- augmented_assign_to_literal
5 += 1

# --- invalid_character
x = 5 $ 3

# --- return_outside_function
return 5

# --- break_outside_loop
break

# --- continue_outside_loop
continue

# --- yield_outside_function
yield 1

# --- nonlocal_at_module_level
nonlocal x

# --- keyword_as_identifier
class = 5

# --- lambda_with_statement
f = lambda: return 1

# --- else_without_if
else:
    pass

# --- unterminated_call_multiline
print(1,
      2,
x = 3

# --- invalid_decimal_literal
x = 12abc

# --- error_on_later_line
a = 1
b = 2
c = (3 +)

# --- double_operator
x = 1 +* 2

# --- missing_comma_in_list
[1 2 3]

# --- equals_in_condition
if x = 1:
    pass

# --- tab_space_mix
if True:
	x = 1
        y = 2

# --- try_without_except
try:
    x = 1
y = 2

# --- positional_after_keyword
f(a=1, 2)

# --- duplicate_argument
def f(a, a):
    pass

# --- starred_assignment_alone
*a = [1, 2]

# --- default_before_nondefault
def f(a=1, b):
    pass

# --- unterminated_fstring_brace
f'{x'

# --- syntax_error_after_output_not_run
print('never printed')
x = = 1
