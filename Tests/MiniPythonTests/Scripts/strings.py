# String literals: quotes, escapes, raw and triple-quoted strings, repr choices.

# --- single_double_quotes
print('single', "double", 'it\'s', "say \"hi\"")

# --- repr_quote_choice
['plain', "it's", 'say "hi"', 'both \' and "']

# --- escapes_print
print('tab\there', 'new\nline', 'back\\slash', 'bell\a|', 'nul\0|')

# --- escapes_repr
['\t', '\n', '\r', '\\', '\x00', '\x7f', '\x1b', '\a\b\f\v']

# --- hex_unicode_escapes
print('\x41\u00e9\U0001F600\101\N{GREEK SMALL LETTER ALPHA}')

# --- repr_non_ascii
['é', 'ñandú', '日本', '\u200b', '\xa0', '😀']

# --- raw_strings
print(r'\n is not a newline', R"C:\path\to", r'\\')

# --- raw_string_repr
r'a\b\n'

# --- triple_quoted
s = """line one
line "two"
  line three"""
print(s)
s

# --- triple_single_quoted
'''it's "quoted"'''

# --- implicit_concatenation
s = 'abc' 'def' "ghi"
s

# --- line_continuation
total = 1 + \
    2 + \
    3
total

# --- string_concat_repeat
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' * 0, 'a' * -1 == '')

# --- string_index_slice
s = 'hello world'
print(s[0], s[-1], s[1:4], s[:5], s[6:], s[::2], s[::-1], s[-5:-2], s[100:])

# --- string_index_error
'abc'[5]

# --- string_immutable
s = 'abc'
s[0] = 'x'

# --- string_compare
print('abc' < 'abd', 'Z' < 'a', 'abc' == 'abc', 'a' < 'ab', '' < 'a')

# --- string_in
print('ell' in 'hello', 'z' not in 'hello', '' in 'abc')

# --- string_len_iteration
s = 'héllo'
print(len(s), [c for c in s])

# --- str_of_containers
print(str([1, 'a']), str(('x',)), str({'k': 'v'}))

# --- unknown_escape_kept
print('\d\w', len('\d'))

# --- string_multiplication_type_error
'a' * 2.0

# --- string_plus_int_error
'a' + 1

# --- int_plus_string_error
1 + 'a'

# --- bytes_like_escapes_in_repr
repr('\x80\x9f\xad')

# --- quotes_in_repr_of_repr
repr(repr("it's"))

# --- ord_chr
print(ord('A'), ord('é'), chr(97), chr(0x1F600), repr(chr(10)))

# --- chr_out_of_range
chr(0x110000)

# --- ord_wrong_length
ord('ab')

# --- unterminated_string
s = 'abc

# --- unterminated_triple_quoted
s = """abc
def
