# printf-style %-formatting.

# --- basic_types
'%s %d %f %r' % ('a', 42, 1.5, 'b')

# --- single_value
['%d' % 7, '%s' % 'x', '%s' % (3,), '%s' % [1, 2]]

# --- width_precision
'[%5d] [%-5d] [%05d] [%.2f] [%8.3f] [%-8.1f] [%+d] [% d]' % (42, 42, 42, 3.14159, 2.5, 1.25, 5, 5)

# --- hex_octal
'%x %X %o %#x %#X %#o %08x' % (255, 255, 8, 255, 255, 8, 3054)

# --- exponent_and_g
'%e %E %g %G %.3e %.2g %g' % (12345.678, 0.00012, 0.0001, 1e-5, 1.0, 1234.5, 100000000.0)

# --- char_and_percent
'%c%c %d%% %c' % (72, 'i', 50, 'x')

# --- dict_mapping
'%(name)s is %(age)d years' % {'name': 'Bob', 'age': 7}

# --- star_width
'[%*d] [%-*s] [%.*f]' % (5, 42, 4, 'ab', 2, 3.14159)

# --- repr_and_ascii
'%r %a %s' % ('é', 'é', None)

# --- int_from_float
['%d' % 3.99, '%i' % -2.5, '%x' % 255]

# --- not_enough_arguments
'%s %s' % ('a',)

# --- too_many_arguments
'%s' % ('a', 'b')

# --- wrong_type_for_d
'%d' % 'x'

# --- unsupported_char
'%y' % 1

# --- incomplete_format
'abc %' % ()

# --- tuple_needs_wrapping
t = (1, 2)
'%s' % (t,)

# --- inf_nan_percent
'%f %e %g %5.1f' % (float('inf'), float('-inf'), float('nan'), float('inf'))

# --- percent_on_list_value
'%s and %s' % ([1], {'a': 1})

# --- float_large_f
'%.1f %f' % (1e16, 123456789.123456789)
