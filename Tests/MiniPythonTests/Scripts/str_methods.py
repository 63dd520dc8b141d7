# Methods of str.

# --- split_whitespace
['  a b\tc\n d  '.split(), ''.split(), '   '.split(), 'a b c'.split(None, 1)]

# --- split_separator
['a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'abc'.split('x'), ''.split(','), 'a::b::c'.split('::')]

# --- split_empty_separator_error
'abc'.split('')

# --- rsplit
['a,b,c'.rsplit(',', 1), ' a b c '.rsplit(None, 1), 'a.b.c'.rsplit('.')]

# --- join
[','.join(['a', 'b', 'c']), ''.join('xyz'), '-'.join([]), ' '.join(str(i) for i in range(3))]

# --- join_non_string_error
','.join([1, 2])

# --- strip_family
['  hi  '.strip(), '  hi  '.lstrip(), '  hi  '.rstrip(), 'xxhixx'.strip('x'), '\t\n hi \r\n'.strip(), 'abcba'.strip('ab'), 'www.example.com'.lstrip('w.')]

# --- replace
['hello'.replace('l', 'L'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'), 'a.b.c'.replace('.', '')]

# --- startswith_endswith
['hello'.startswith('he'), 'hello'.endswith('lo'), 'hello'.startswith(('x', 'h')), 'hello'.endswith('l', 0, 4), 'hello'.startswith('l', 2), ''.startswith('')]

# --- find_index_count
s = 'hello world'
[s.find('o'), s.find('o', 5), s.find('z'), s.rfind('o'), s.index('w'), s.rindex('l'), s.count('l'), s.count('o', 0, 5), s.count(''), s.find('')]

# --- index_not_found
'abc'.index('z')

# --- rindex_not_found
'abc'.rindex('z')

# --- case_methods
s = 'hello WORLD foo-bar'
[s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), "they're bill's".title(), 'ß'.upper(), 'ǅ'.lower()]

# --- casefold
['Straße'.casefold(), 'HELLO'.casefold()]

# --- predicates
[('123'.isdigit(), '12a'.isdigit(), ''.isdigit()),
 ('abc'.isalpha(), 'ab1'.isalpha(), 'é'.isalpha()),
 ('ab1'.isalnum(), 'ab 1'.isalnum()),
 (' \t\n'.isspace(), ''.isspace()),
 ('abc'.islower(), 'aBc'.islower(), 'ABC'.isupper(), '123'.isupper()),
 ('Hello World'.istitle(), 'Hello world'.istitle()),
 ('½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '١٢'.isdecimal()),
 ('abc'.isidentifier(), '1abc'.isidentifier(), 'abc'.isascii(), 'é'.isascii())]

# --- zfill
['42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3)]

# --- center_ljust_rjust
['ab'.center(6), 'ab'.center(7, '*'), 'abc'.center(6, '-'), 'ab'.ljust(5, '.'), 'ab'.rjust(5), 'long'.center(2)]

# --- center_fill_error
'ab'.center(5, '**')

# --- partition
['key=value=x'.partition('='), 'novalue'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('x')]

# --- splitlines
['a\nb\r\nc\rd'.splitlines(), 'a\n\nb\n'.splitlines(), 'x\ny'.splitlines(True), ''.splitlines()]

# --- format_method
'{0}-{1}-{0}'.format('a', 'b')

# --- expandtabs
['a\tb'.expandtabs(), 'a\tb'.expandtabs(4), '12345\t6'.expandtabs(4)]

# --- removeprefix_removesuffix
['prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'), 'abc'.removeprefix('x')]

# --- str_multiply_and_in_methods
('-' * 10).count('-')

# --- encode_not_needed_ord_loop
[ord(c) for c in 'AZaz']

# --- translate_maketrans
table = str.maketrans('abc', 'xyz', 'd')
'abcd-abcd'.translate(table)

# --- method_wrong_arg_type
'abc'.startswith(1)

# --- method_missing_argument
'abc'.replace('a')

# --- str_methods_chain
'  Hello, World  '.strip().lower().replace(',', '').split()

# --- ljust_width_smaller
['abc'.ljust(2), 'abc'.rjust(0)]

# --- count_overlapping_not_counted
['aaaa'.count('aa'), 'abababa'.count('aba')]

# --- find_with_negative_start
['hello'.find('l', -2), 'hello'.find('h', -10), 'hello'[-3:].find('l')]

# --- str_constructor_and_methods_on_literals
[str(123).zfill(6), str(3.5).split('.'), 'x'.join('123')]

# --- unbound_str_method
str.upper('abc')

# --- isdigit_on_unicode_digits
['٣'.isdigit(), '3'.isdecimal(), 'Ⅻ'.isnumeric()]
