# The format-spec mini-language through format(): fill, align, sign, #, 0, width,
# grouping, precision and every presentation type.

# --- int_default_and_d
[format(42), format(42, 'd'), format(-42, ''), format(0, 'd')]

# --- int_width_align
[format(42, '6'), format(42, '<6'), format(42, '^6'), format(42, '>6'), format(-42, '=6')]

# --- int_fill
[format(42, '*<6'), format(42, '0>6'), format(-42, '*=7'), format(42, ' ^7'), format(42, '{^5')]

# --- int_sign
[format(5, '+'), format(-5, '+'), format(5, '-'), format(5, ' '), format(-5, ' ')]

# --- int_zero_padding
[format(42, '05'), format(-42, '05'), format(42, '+05'), format(42, '005'), format(42, '0<5')]

# --- int_grouping
[format(1234567, ','), format(1234567, '_'), format(-1234567, ',d'), format(123, ','), format(1234, '010,')]

# --- int_grouping_hex
[format(0xdeadbeef, '_x'), format(255, '_b'), format(4095, '#_o'), format(65535, '#_X')]

# --- int_binary_octal_hex
[format(10, 'b'), format(10, 'o'), format(255, 'x'), format(255, 'X'), format(-255, 'x')]

# --- int_alternate_forms
[format(10, '#b'), format(10, '#o'), format(255, '#x'), format(255, '#X'), format(-255, '#x')]

# --- int_alternate_with_zero_pad
[format(255, '#010x'), format(-255, '#010x'), format(5, '#08b'), format(255, '#010_x')]

# --- int_char_type
[format(65, 'c'), format(0x263A, 'c'), format(97, '>3c')]

# --- int_n_type
[format(1234567, 'n'), format(-42, 'n')]

# --- int_as_float_types
[format(42, 'f'), format(42, '.2e'), format(42, 'g'), format(42, '%'), format(42, 'E')]

# --- int_precision_error
format(42, '.2d')

# --- int_unknown_code
format(42, 's')

# --- float_default
[format(3.5), format(1e16, ''), format(0.1, ''), format(1e-7, ''), format(2.0, '')]

# --- float_f
[format(3.14159, 'f'), format(3.14159, '.2f'), format(-0.5, '.0f'), format(2.5, '.0f'), format(1e20, 'f')]

# --- float_f_rounding
[format(0.125, '.2f'), format(0.375, '.2f'), format(1.005, '.2f'), format(2.675, '.2f'), format(-1.5, '.0f')]

# --- float_e
[format(12345.678, 'e'), format(12345.678, '.2e'), format(0.000123, 'E'), format(0.0, 'e'), format(-1e-300, '.1e')]

# --- float_g
[format(12345.678, 'g'), format(0.0001234, 'g'), format(0.00001234, 'g'), format(1234567.0, 'g'), format(100.0, 'g')]

# --- float_g_precision
[format(3.14159, '.3g'), format(1234.5, '.2g'), format(0.5, '.0g'), format(123456.0, '.6g'), format(1e-5, '.3G')]

# --- float_g_alternate
[format(1.0, '#g'), format(100.0, '#.3g'), format(1.5, '#.0f'), format(1.0, '#e')]

# --- float_percent
[format(0.25, '%'), format(0.25, '.1%'), format(1.0, '.0%'), format(-0.0125, '.2%')]

# --- float_width_sign_fill
[format(3.14159, '+10.3f'), format(-3.14159, '010.2f'), format(3.14159, '*^12.4f'), format(3.5, ' .1f')]

# --- float_grouping
[format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(-1234.5, ',f'), format(1e6, ',g')]

# --- float_inf_nan
[format(float('inf'), 'f'), format(float('-inf'), '.2e'), format(float('nan'), 'F'), format(float('inf'), '+08.2f'), format(float('nan'), 'G')]

# --- float_negative_zero
[format(-0.0, 'f'), format(-0.0, '.1e'), format(-0.0, 'g'), format(-0.0001, '.2f')]

# --- float_n_type
[format(1234.5678, 'n'), format(0.1, 'n')]

# --- float_no_type_precision
[format(3.14159, '.3'), format(1234.5, '.2'), format(1e20, '.3'), format(0.5, '.10')]

# --- float_large_exponent
[format(1.5e300, 'f')[:10], format(1e100, '.3e'), format(1e-100, 'g')]

# --- str_spec
[format('abc', ''), format('abc', 's'), format('abc', '5'), format('abc', '>5'), format('abc', '^6'), format('abcdef', '.3'), format('abcdef', '*^9.2')]

# --- str_sign_error
format('abc', '+')

# --- str_zero_pad
format('abc', '05')

# --- bool_format
[format(True), format(True, 'd'), format(False, '>5'), format(True, 'x')]

# --- none_format
format(None)

# --- none_format_spec_error
format(None, '>5')

# --- invalid_spec
format(1.5, 'q')

# --- grouping_with_wrong_type
format(10, ',x')

# --- width_too_big_precision
[format(1.0, '.30f'), format(2**0.5, '.20g')]

# --- float_round_half_even
[format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(0.25, '.1f'), format(0.35, '.1f')]
