# Unicode character names: \N{...} escapes and the unicodedata module (Unicode 14.0).

# --- named_escapes
s = '\N{GREEK SMALL LETTER ALPHA}\N{greek capital letter omega}\N{EM DASH}\N{GRINNING FACE}'
print(s, len(s))
[hex(ord(c)) for c in s]

# --- named_escape_aliases
['\N{LINE FEED}', '\N{NBSP}', '\N{BOM}', '\N{zwj}', '\N{LATIN CAPITAL LETTER GHA}', '\N{NULL}']

# --- named_escape_algorithmic
['\N{CJK UNIFIED IDEOGRAPH-4E00}', '\N{CJK UNIFIED IDEOGRAPH-04E00}', '\N{HANGUL SYLLABLE GAG}', '\N{CJK COMPATIBILITY IDEOGRAPH-F900}']

# --- named_escape_in_fstring
x = 3
print(f'\N{BULLET} item {x}\N{DEGREE SIGN}C {{\N{LEFT CURLY BRACKET}}}')

# --- named_escape_in_bytes_and_raw
[b'\N{SPACE}', r'\N{SPACE}', rb'\N{x}', '\\N{SPACE}']

# --- named_escape_triple_quoted
"""first
\N{BLACK STAR} second"""

# --- unknown_name
print('\N{NO SUCH CHARACTER}')

# --- unknown_name_position
s = 'abc\N{LATIN SMALL LETTER A}\N{BOGUS}'

# --- unknown_name_after_non_ascii
s = 'é\N{BOGUS}'

# --- lowercase_hangul_is_unknown
'\N{hangul syllable ga}'

# --- lowercase_cjk_hex_is_unknown
'\N{CJK UNIFIED IDEOGRAPH-4e00}'

# --- newer_character_is_unknown
'\N{SHAKING FACE}'

# --- named_sequence_is_unknown_in_escape
'\N{TAMIL SYLLABLE KSSAI}'

# --- extra_space_is_unknown
'\N{ SPACE}'

# --- malformed_no_brace
'\N'

# --- malformed_empty
'\N{}'

# --- malformed_unclosed
'ab\N{SPACE'

# --- unknown_name_in_fstring
f'{1}\N{BOGUS}'

# --- truncated_hex_positions
'ab\xzz'

# --- truncated_hex_after_non_ascii
'é\u12'

# --- truncated_hex_escaped_backslash
'\\é\x1'

# --- illegal_unicode_character
'\U0011FFFF'

# --- truncated_big_u
'\U1234'

# --- bytes_invalid_hex
b'ab\xzz'

# --- unicodedata_name
import unicodedata
[unicodedata.name('a'), unicodedata.name('é'), unicodedata.name('\u4e00'), unicodedata.name('\uac01'), unicodedata.name('😀')]

# --- unicodedata_name_default
import unicodedata
[unicodedata.name('\n', None), unicodedata.name('\U0001FAE8', '?'), unicodedata.name('\ue000', 'private'), unicodedata.name('\U00017000', '-')]

# --- unicodedata_name_missing
import unicodedata
unicodedata.name('\t')

# --- unicodedata_name_not_a_character
import unicodedata
unicodedata.name('ab')

# --- unicodedata_name_keyword
import unicodedata
unicodedata.name('a', default=None)

# --- unicodedata_lookup
import unicodedata
[unicodedata.lookup('SNOWMAN'), unicodedata.lookup('latin small letter sharp s'), unicodedata.lookup('NBSP'), unicodedata.lookup('TAMIL SYLLABLE KSSAI'), unicodedata.lookup('LATIN CAPITAL LETTER A WITH MACRON AND GRAVE')]

# --- unicodedata_lookup_missing
import unicodedata
unicodedata.lookup('NOT A NAME')

# --- unicodedata_lookup_too_long
import unicodedata
unicodedata.lookup('A' * 300)

# --- unicodedata_lookup_arguments
import unicodedata
unicodedata.lookup()

# --- unicodedata_round_trip
import unicodedata
text = 'Σπίτι ☃ ✓'
names = [unicodedata.name(c) for c in text]
print(names)
''.join(unicodedata.lookup(n) for n in names) == text

# --- unicodedata_version
import unicodedata
unicodedata.unidata_version
