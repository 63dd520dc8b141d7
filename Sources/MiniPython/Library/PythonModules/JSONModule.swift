/// `json` in Python: `dumps` (`indent`, `sort_keys`, `separators`, `ensure_ascii`, `allow_nan`,
/// `default`, `skipkeys`, circular-reference check) and `loads` (hooks, `parse_float`,
/// `parse_int`, `NaN`/`Infinity`, surrogate pairs), `JSONEncoder`, `JSONDecoder` and
/// `JSONDecodeError`, producing CPython 3.11's text and error messages (no `dump`/`load`: there
/// are no files).
enum JSONModule {
  static func make(_ interp: Interpreter) throws -> PyModule {
    try PythonSourceModule.run("json", source: source, in: interp)
  }

  static let source = #"""
_ESCAPE = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE.setdefault(chr(_i), '\\u%04x' % _i)
_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _encode_string(s, ensure_ascii):
    out = []
    for c in s:
        escaped = _ESCAPE.get(c)
        if escaped is not None:
            out.append(escaped)
        elif not ensure_ascii or c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


def _floatstr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == _INFINITY:
        text = 'Infinity'
    elif o == -_INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        return chunks

    def _newline(self, level):
        indent = self.indent
        if indent is None:
            return None
        if not isinstance(indent, str):
            indent = ' ' * indent
        return '\n' + indent * level

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_floatstr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError('Circular reference detected')
                markers[marker] = o
            self._encode(self.default(o), out, level, markers)
            if markers is not None:
                del markers[marker]

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _encode_list(self, lst, out, level, markers):
        if not lst:
            out.append('[]')
            return
        self._enter(lst, markers)
        out.append('[')
        newline = self._newline(level + 1)
        separator = self.item_separator if newline is None else self.item_separator + newline
        if newline is not None:
            out.append(newline)
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, level + 1, markers)
        if newline is not None:
            out.append(self._newline(level))
        out.append(']')
        if markers is not None:
            del markers[id(lst)]

    def _encode_dict(self, dct, out, level, markers):
        if not dct:
            out.append('{}')
            return
        self._enter(dct, markers)
        out.append('{')
        newline = self._newline(level + 1)
        separator = self.item_separator if newline is None else self.item_separator + newline
        if newline is not None:
            out.append(newline)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if not first:
                out.append(separator)
            first = False
            out.append(_encode_string(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level + 1, markers)
        if newline is not None:
            out.append(self._newline(level))
        out.append('}')
        if markers is not None:
            del markers[id(dct)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        end = self._skip(s, 0)
        obj, end = self.raw_decode(s, end)
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.args[0]) from None

    def _skip(self, s, i):
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        return self._number(s, i)

    def _number(self, s, i):
        start = i
        if i < len(s) and s[i] == '-':
            i += 1
        if i < len(s) and s[i] == '0':
            i += 1
        elif i < len(s) and '1' <= s[i] <= '9':
            while i < len(s) and '0' <= s[i] <= '9':
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < len(s) and s[i] == '.' and '0' <= s[i + 1] <= '9':
            is_float = True
            i += 1
            while i < len(s) and '0' <= s[i] <= '9':
                i += 1
        if i < len(s) and s[i] in 'eE':
            j = i + 1
            if j < len(s) and s[j] in '+-':
                j += 1
            if j < len(s) and '0' <= s[j] <= '9':
                is_float = True
                i = j
                while i < len(s) and '0' <= s[i] <= '9':
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, end):
        begin = end - 1
        chunks = []
        while True:
            i = end
            while i < len(s) and s[i] != '"' and s[i] != '\\' and (s[i] >= ' ' or not self.strict):
                i += 1
            if i >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[end:i])
            terminator = s[i]
            end = i + 1
            if terminator == '"':
                break
            if terminator != '\\':
                raise JSONDecodeError('Invalid control character at', s, i)
            if end >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[end]
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, end - 1)
                chunks.append(_BACKSLASH[esc])
                end += 1
                continue
            uni = self._hex4(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = self._hex4(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))
        return ''.join(chunks), end

    def _hex4(self, s, pos):
        esc = s[pos + 1:pos + 5]
        if len(esc) == 4 and esc[1] not in 'xX':
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)

    def _object(self, s, end):
        pairs = []
        end = self._skip(s, end)
        if end < len(s) and s[end] == '}':
            return self._finish_object(pairs), end + 1
        while True:
            if end >= len(s) or s[end] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
            key, end = self._string(s, end + 1)
            end = self._skip(s, end)
            if end >= len(s) or s[end] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = self._skip(s, end + 1)
            try:
                value, end = self._value(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.args[0]) from None
            pairs.append((key, value))
            end = self._skip(s, end)
            if end < len(s) and s[end] == '}':
                return self._finish_object(pairs), end + 1
            if end >= len(s) or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = self._skip(s, end + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, end):
        values = []
        end = self._skip(s, end)
        if end < len(s) and s[end] == ']':
            return values, end + 1
        while True:
            try:
                value, end = self._value(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.args[0]) from None
            values.append(value)
            end = self._skip(s, end)
            if end < len(s) and s[end] == ']':
                return values, end + 1
            if end >= len(s) or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = self._skip(s, end + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)
"""#
}
