# Methods and attributes of int, float and bool.

# --- int_bit_length
[(0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2**62).bit_length()]

# --- int_bit_count
[(0).bit_count(), (255).bit_count(), (-7).bit_count()]

# --- int_conjugate_real_imag
[(5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate()]

# --- float_is_integer
[(2.0).is_integer(), (2.5).is_integer(), float('inf').is_integer()]

# --- float_as_integer_ratio
[(0.5).as_integer_ratio(), (2.0).as_integer_ratio(), (-0.75).as_integer_ratio()]

# --- float_real_imag_conjugate
[(1.5).real, (1.5).imag, (1.5).conjugate()]

# --- float_hex
[(1.0).hex(), (0.5).hex(), (-0.1).hex(), (0.0).hex()]

# --- float_fromhex
[float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2')]

# --- int_method_via_variable
n = 1024
n.bit_length()

# --- int_literal_attribute_spacing
5 .bit_length()

# --- bool_methods
[True.bit_length(), (True + 0).bit_length(), str(True).lower()]

# --- float_method_on_int_error
(3).is_integer()

# --- int_to_str_roundtrip
[int(str(-9223372036854775807)), str(9223372036854775807)]

# --- int_to_bytes_from_bytes
print(int.from_bytes(b'\x00\x10', 'big'), (1024).to_bytes(2, 'big'), (1).to_bytes(), int.from_bytes(b''), int.from_bytes([1, 2], 'big'))
print(int.from_bytes(b'\xff\xfe', 'little', signed=True), (-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True), int.from_bytes(b'\x80', signed=True), int.from_bytes(b'\x00\x80', signed=True))
print(int.from_bytes(b'\xff' * 8, signed=True), int.from_bytes(b'\x7f' + b'\xff' * 7), (9223372036854775807).to_bytes(8, "big"), (-2**62 * 2).to_bytes(8, 'big', signed=True), int.from_bytes(b'\x00' * 12 + b'\x05'))
for make in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(2, 'big'), lambda: (1).to_bytes(2, 'middle'), lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(-1, 'big')]:
    try:
        make()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
(0).to_bytes(0, 'big'), (255).to_bytes(1, 'little'), b'ab' * 2, 3 * b'x', b'z' * 0
