# json (written in Python inside MiniPython): dumps and loads as CPython 3.11 prints them.

# --- dumps_basic
import json
print(json.dumps({'a': [1, 2.5, None, True, False], 'b': 'text', 'c': {}, 'd': [], 'e': (1, 2)}))
print(json.dumps('héllo "q" \n\t\\ 😀'), json.dumps('é', ensure_ascii=False), json.dumps([1e100, 0.1, -0.0, 10**15]))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', None: 'n'}), json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))

# --- dumps_indent_sort
import json
data = {'name': 'Ada', 'langs': ['en', 'fr'], 'meta': {'b': 1, 'a': [{}, []]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, separators=(',', ':')))
print(json.dumps(data, indent='\t', sort_keys=True))

# --- dumps_errors
import json
class Thing:
    pass
for make in [lambda: json.dumps(Thing()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float('nan'), allow_nan=False)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
json.dumps(loop)

# --- dumps_default
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
json.dumps([Point(1, 2)], default=lambda o: o.__dict__), json.dumps({'k': Point(0, 0)}, default=vars, skipkeys=True)

# --- loads_basic
import json
doc = '{"a": [1, 2.5, -3e2, null, true, false], "b": "t\\u00e9xt\\n", "c": {"d": []}, "e": "\\ud83d\\ude00", "f": 1E3}'
value = json.loads(doc)
print(value, type(value['a'][1]).__name__, type(value['f']).__name__)
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(' 42 '), json.loads('"x"'), json.loads(b'[1]'))

# --- loads_round_trip
import json
data = {'nested': {'list': [1, [2, [3]]], 'empty': {}}, 'unicode': 'ü→😀', 'num': -0.5}
json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=4)) == data

# --- loads_hooks
import json
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
json.loads('[1.5, 2]', parse_float=str, parse_int=lambda t: int(t) * 10)

# --- loads_errors
import json
for doc in ['', '[1, 2', '{"a" 1}', '{a: 1}', '[1,]', '{"a": 1,}', '"abc', '[1] x', 'nul', '"\\q"', '"\\u12"', '{"a": }', '[\n  1,\n  @]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.lineno, e.colno, isinstance(e, ValueError))

# --- loads_type_error
import json
json.loads(5)

# --- loads_control_character
import json
json.loads('"a\nb"')
