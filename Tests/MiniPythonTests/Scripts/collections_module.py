# collections (written in Python inside MiniPython): OrderedDict, defaultdict, Counter, deque, namedtuple.

# --- ordered_dict
from collections import OrderedDict
d = OrderedDict()
d['b'] = 1
d['a'] = 2
d['c'] = 3
d.move_to_end('b')
print(d, list(d), d.popitem(), d.popitem(last=False), d)
d.move_to_end('a', last=False)
print(OrderedDict(), OrderedDict(x=1) == {'x': 1}, OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]))
isinstance(d, dict), type(d).__name__

# --- defaultdict
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups.default_factory, 'z' in groups, groups.get('z'))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
counts

# --- defaultdict_missing_key
from collections import defaultdict
d = defaultdict(None, a=1)
print(d)
d['b']

# --- defaultdict_bad_factory
from collections import defaultdict
defaultdict(3)

# --- counter
from collections import Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(2), c['a'], c['z'], sum(c.values()), c.total())
print(sorted(c.elements()))
c.update(['a', 'z'])
c.subtract({'b': 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
Counter(), Counter({'x': 2, 'y': 5})

# --- counter_words
from collections import Counter
text = 'the cat and the hat and the bat'
Counter(text.split()).most_common(3)

# --- deque
from collections import deque
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.pop(), q.popleft(), q, len(q), q[0], q[-1], 2 in q)
q.rotate(1)
print(q)
q.rotate(-2)
print(q, list(reversed(q)))
w = deque(maxlen=3)
for i in range(5):
    w.append(i)
print(w, w.maxlen, deque('ab') == deque(['a', 'b']))
q.clear()
q.pop()

# --- namedtuple
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], tuple(p), p == (1, 2), isinstance(p, tuple))
print(p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x, y, Point)
Color = namedtuple('Color', 'red green blue', defaults=[0])
print(Color(1, 2), Color._field_defaults, len(Color(1, 2, 3)))
sorted([Point(2, 1), Point(1, 5)])

# --- namedtuple_errors
from collections import namedtuple
Point = namedtuple('Point', 'x y')
for make in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', '_x'), lambda: namedtuple('P', 'def')]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# --- dict_and_list_subclass_init
class Registry(dict):
    def __init__(self, name, **entries):
        super().__init__(**entries)
        self.name = name
r = Registry('tools', hammer=1)
print(r, r.name, len(r))
class Stack(list):
    def __init__(self, items, limit):
        super().__init__(items)
        self.limit = limit
s = Stack([1, 2], 5)
print(s, s.limit, Stack.__base__.__name__)
class Plain(dict):
    pass
Plain([("a", 1)], b=2)
