# str.format: positional, numbered, named, attribute and index fields, conversions.

# --- positional_auto
'{} + {} = {}'.format(1, 2, 3)

# --- numbered
'{1} {0} {1}'.format('a', 'b')

# --- named
'{name} is {age}'.format(name='Ann', age=30)

# --- index_and_attribute
class P:
    x = 3
'{0[1]} {1[k]} {2.x}'.format([10, 20], {'k': 'v'}, P())

# --- conversion_r_s
'{!r} {!s} {!r:>8}'.format('a', 'b', 'c')

# --- spec_in_format
'{:>8.2f}|{:<5}|{:^7}|{:08.3f}'.format(3.14159, 'ab', 'mid', -2.5)

# --- nested_spec
'{:{}.{}f}'.format(3.14159, 10, 2)

# --- braces_escape
'{{}} {} {{x}}'.format(1)

# --- mixed_auto_manual_error
'{} {1}'.format(1, 2)

# --- missing_positional
'{} {}'.format(1)

# --- missing_keyword
'{x}'.format(y=1)

# --- format_map_like_kwargs
d = {'a': 1, 'b': 2}
'{a}-{b}'.format(**d)

# --- format_builtin_dunder
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return '$' + format(self.v, spec or '.2f')
print('{}'.format(Money(3)), f'{Money(2.5):.1f}', format(Money(1)))

# --- str_and_repr_dunders_in_format
class T:
    def __str__(self):
        return 'str-T'
    def __repr__(self):
        return 'repr-T'
'{} {!r} {!s}'.format(T(), T(), T())

# --- format_single_brace_error
'{'.format()

# --- format_unmatched_close
'}'.format()
