# Classes: __init__, methods, attributes, inheritance, super, dunder protocols.

# --- basic_class
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2())

# --- class_repr_str
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'V({self.v!r})'
    def __str__(self):
        return f'<{self.v}>'
v = V('a')
print(v, str(v), [v])
v

# --- class_attribute_shared
class C:
    count = 0
    def __init__(self):
        C.count += 1
a, b = C(), C()
print(C.count, a.count, b.count)

# --- instance_attribute_shadows_class
class C:
    x = 'class'
c = C()
c.x = 'instance'
print(c.x, C.x, C().x)

# --- inheritance_and_override
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def describe(self):
        return 'I am ' + self.name + ': ' + self.speak()
class Dog(Animal):
    def speak(self):
        return self.name + ' barks'
print(Animal('cat').describe())
print(Dog('rex').describe())

# --- super_init
class Base:
    def __init__(self, a):
        self.a = a
class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Child(1, 2)
(c.a, c.b)

# --- super_method
class A:
    def hello(self):
        return 'A'
class B(A):
    def hello(self):
        return 'B>' + super().hello()
class C(B):
    def hello(self):
        return 'C>' + super().hello()
C().hello()

# --- isinstance_issubclass
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, object))

# --- type_and_class_name
class Foo: pass
f = Foo()
print(type(f).__name__, Foo.__name__, type(f) is Foo, type(3), type('s'), type(None), type(Foo))

# --- missing_attribute
class A: pass
A().missing

# --- missing_attribute_builtin
(1).foo

# --- missing_method_on_str
'abc'.nope()

# --- missing_module_attribute
import math
math.nope

# --- operator_overloading
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
a = Vec(1, 2)
print(a + Vec(3, 4), a * 3, 2 * a, -a, a == Vec(1, 2), a != Vec(0, 0))

# --- radd_fallback
class Meters:
    def __init__(self, m):
        self.m = m
    def __radd__(self, other):
        return Meters(other + self.m)
    def __repr__(self):
        return f'{self.m}m'
[1 + Meters(2), 5 + Meters(1)]

# --- not_implemented_falls_to_type_error
class A:
    def __add__(self, o):
        return NotImplemented
A() + 1

# --- comparison_dunders_and_sorting
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f'Card({self.rank})'
sorted([Card(3), Card(1), Card(2)])

# --- container_dunders
class Bag:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __len__(self):
        return len(self.items)
    def __contains__(self, k):
        return k in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag()
b['x'] = 3
b['y'] = 4
del b['x']
print(b['x'], b['y'], len(b), 'y' in b, list(b))

# --- call_dunder
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(5))

# --- bool_and_len_truthiness
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Truthy()), bool(object()), 'yes' if Empty() else 'no')

# --- hash_and_eq_in_dict
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): 'one'}
d[Key(1)]

# --- eq_without_hash_unhashable
class K:
    def __eq__(self, o):
        return True
{K()}

# --- class_method_and_static_method
class C:
    factor = 3
    @classmethod
    def make(cls):
        return cls.factor * 2
    @staticmethod
    def helper(x):
        return x + 1
print(C.make(), C.helper(1), C().helper(2))

# --- property_decorator
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)
Circle(2).area

# --- setattr_getattr_hasattr
class O: pass
o = O()
setattr(o, 'x', 5)
print(getattr(o, 'x'), getattr(o, 'y', 'default'), hasattr(o, 'x'), hasattr(o, 'y'))
getattr(o, 'y')

# --- method_bound_object
class C:
    def __init__(self):
        self.v = 7
    def get(self):
        return self.v
m = C().get
m()

# --- init_wrong_arguments
class C:
    def __init__(self, a):
        self.a = a
C()

# --- init_returns_value_error
class C:
    def __init__(self):
        return 5
C()

# --- dict_attribute
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
C().__dict__

# --- class_with_class_level_list
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
Registry.add(1)
Registry.add(2)
Registry.items

# --- inherited_init
class Base:
    def __init__(self):
        self.tag = 'base'
class Derived(Base):
    pass
Derived().tag

# --- str_falls_back_to_repr
class R:
    def __repr__(self):
        return 'R!'
print(R(), str(R()), f'{R()}')

# --- iadd_dunder
class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, v):
        self.total += v
        return self
a = Acc()
a += 5
a += 6
a.total

# --- getattr_dunder
class Proxy:
    def __getattr__(self, name):
        return name.upper()
p = Proxy()
print(p.hello, p.world)

# --- class_body_executes
class C:
    print('in body')
    x = [i for i in range(3)]
C.x

# --- abstract_not_implemented
class Shape:
    def area(self):
        raise NotImplementedError('subclasses must implement area')
Shape().area()

# --- multiple_inheritance_mro
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.__bases__], D.__base__.__name__)
print(isinstance(D(), C), issubclass(D, A), issubclass(C, B))

# --- mixin_class
class ReprMixin:
    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(f'{k}={v!r}' for k, v in vars(self).items()) + ')'
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class NamedPoint(ReprMixin, Point):
    pass
NamedPoint(1, 2)

# --- cooperative_init
class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
class Left(Base):
    def __init__(self, left=0, **kw):
        print('Left', left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        print('Right', right)
        super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3).__class__.mro()

# --- mixin_with_builtin_base
class Loud:
    def shout(self): return str(len(self)) + '!'
class LoudList(Loud, list):
    pass
x = LoudList([1, 2, 3])
x.append(4)
print(x, x.shout(), LoudList.__base__, isinstance(x, list))

# --- exception_with_two_bases
class AppError(Exception):
    pass
class NotFound(AppError, KeyError):
    pass
try:
    raise NotFound('missing')
except KeyError as e:
    print('caught as KeyError:', repr(e), NotFound.__base__.__name__)
try:
    raise NotFound('again')
except AppError as e:
    print('caught as AppError:', e)

# --- duplicate_base
class A:
    pass
class B(A, A):
    pass

# --- inconsistent_mro
class A:
    pass
class B(A):
    pass
class C(A, B):
    pass

# --- layout_conflict
class C(list, dict):
    pass

# --- diamond_attribute_lookup
class A:
    x = 'A'
class B(A):
    pass
class C(A):
    x = 'C'
class D(B, C):
    pass
D.x, D().x, [c.__name__ for c in D.mro()]

# --- tuple_subclass_from_tuple
class Pair(tuple):
    def __repr__(self):
        return 'Pair' + tuple.__repr__(self)
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, type(p).__name__, p.swap(), p == (1, 2), len(p), p[0])
t = (3, 4)
print(type(tuple(t)).__name__, tuple(t) is t, Pair(t) is t)

# --- dict_subclass_overrides_protocol
class Defaulting(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) if key in self else 'default'
    def __setitem__(self, key, value):
        print('set', key)
        super().__setitem__(key, value * 2)
d = Defaulting(a=1)
d['b'] = 5
print(d['a'], d['b'], d['zzz'], d, len(d), d.get('zzz'))

# --- list_subclass_overrides_protocol
class Window(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i % len(self))
    def __iter__(self):
        return iter(['first'] + list(list.__iter__(self)))
    def __contains__(self, x):
        return True
    def __len__(self):
        return list.__len__(self)
w = Window([1, 2, 3])
print(w[4], w[-1], list(w), [x for x in w], 'anything' in w, len(w))
a, b, c, d = w
print(a, d, sorted(w[i] for i in range(5)))

# --- builtin_protocol_methods_as_functions
d = {}
dict.__setitem__(d, 'k', 1)
print(dict.__getitem__(d, 'k'), dict.__contains__(d, 'k'), dict.__len__(d), list(dict.__iter__(d)))
lst = [3, 4]
list.__setitem__(lst, 0, 9)
list.__delitem__(lst, 1)
print(lst, tuple.__getitem__((5, 6), 1), set.__contains__({1}, 1), list.__repr__([1]))

# --- set_and_frozenset_subclasses
class Tags(set):
    def describe(self):
        return ', '.join(sorted(self))
t = Tags(['b', 'a'])
print(type(t).__name__, t.describe(), len(t), 'a' in t, type(t | {'c'}).__name__, Tags(), repr(Tags([1])))
class Frozen(frozenset):
    pass
f = Frozen([1])
print(type(f).__name__, f, hash(f) == hash(frozenset([1])), f == frozenset([1]))
