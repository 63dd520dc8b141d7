# str.encode, bytes.decode, str(b, encoding) and bytes(s, encoding): UTF-8, ASCII, Latin-1.

# --- encode_utf8_default
['héllo 😀'.encode(), 'abc'.encode('utf-8'), 'é'.encode('UTF8'), 'é'.encode('utf_8'), 'é'.encode(encoding='U8')]

# --- encode_ascii_and_latin1
['abc'.encode('ascii'), 'café'.encode('latin-1'), 'café'.encode('Latin 1'), 'x'.encode('us-ascii'), 'ÿ'.encode('iso8859_1')]

# --- encode_ascii_error
'héllo'.encode('ascii')

# --- encode_error_range
'aéé b'.encode('ascii')

# --- encode_latin1_error
'hé😀'.encode('latin-1')

# --- encode_error_handlers
s = 'hé😀llo'
[s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'), s.encode('ascii', 'backslashreplace'), s.encode('ascii', errors='xmlcharrefreplace'), s.encode('latin-1', 'namereplace')]

# --- encode_unknown_encoding
'a'.encode('no-such-codec')

# --- encode_unknown_handler_only_on_error
print('abc'.encode('ascii', 'bogus'))
'é'.encode('ascii', 'bogus')

# --- encode_argument_types
'a'.encode(1)

# --- decode_utf8
[b'h\xc3\xa9llo'.decode(), b'\xf0\x9f\x98\x80'.decode('utf-8'), b'abc'.decode('ascii'), b'caf\xe9'.decode('latin-1')]

# --- decode_invalid_start_byte
b'h\xffi'.decode()

# --- decode_unexpected_end
b'ab\xe2\x82'.decode('utf-8')

# --- decode_invalid_continuation
b'\xe2\x82x'.decode()

# --- decode_surrogate_and_overlong
for data in [b'\xed\xa0\x80', b'\xe0\x80\x80', b'\xf4\x90\x80\x80', b'\xc0\xaf']:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e)

# --- decode_ascii_error
b'a\x80'.decode('ascii')

# --- decode_error_handlers
data = b'\xe2\x82x\xff\xf0\x9f\x98'
[data.decode('utf-8', 'replace'), data.decode('utf-8', 'ignore'), data.decode('utf-8', 'backslashreplace'), b'a\xff'.decode('ascii', 'replace')]

# --- decode_error_attributes
try:
    b'ok\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))

# --- encode_error_caught_as_value_error
try:
    'ü'.encode('ascii')
except ValueError as e:
    print(type(e).__name__, '|', e)
    print(e.start, e.end, e.reason)

# --- round_trip
text = 'Grüße, 世界!'
data = text.encode()
print(len(text), len(data), data.decode() == text, data.hex())

# --- str_and_bytes_constructors
[str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', encoding='latin-1'), str(b'abc', errors='strict'), bytes('café', 'utf-8'), bytes('abc', encoding='ascii')]

# --- str_constructor_decoding_str
str('abc', 'utf-8')

# --- bytes_constructor_encode_error
bytes('é', 'ascii')
