# operator, string and copy (written in Python inside MiniPython).

# --- operator_functions
import operator
[operator.add(2, 3), operator.mul('ab', 2), operator.neg(4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.eq(1, 1.0), operator.lt('a', 'b'), operator.not_([]), operator.abs(-2.5), operator.contains([1, 2], 2), operator.getitem({'k': 'v'}, 'k'), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c')]

# --- operator_getters
from operator import itemgetter, attrgetter, methodcaller
rows = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0)(rows), list(map(itemgetter(0), rows)))
class P:
    def __init__(self, name):
        self.name = name
        self.inner = self
print(attrgetter('name')(P('x')), attrgetter('inner.name', 'name')(P('y')), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', b='x') if False else methodcaller('upper')('q'))
itemgetter(1), attrgetter('a', 'b'), methodcaller('f', 1, k=2)

# --- operator_with_reduce
from functools import reduce
import operator
reduce(operator.mul, range(1, 6)), reduce(operator.add, ['a', 'b', 'c'])

# --- string_constants
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.ascii_letters[:30])
string.capwords('hello   wide  world'), string.capwords('a-b c-d', '-')

# --- copy_shallow_and_deep
import copy
a = [[1, 2], {'k': [3]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(99)
a[1]['k'].append(4)
print(a, b, c, b[0] is a[0], c[0] is a[0])
t = (1, [2])
print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None, copy.copy(t) is t)

# --- copy_objects
import copy
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)
tree = Node(1, [Node(2), Node(3)])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].value = 20
print(shallow, deep, shallow.children is tree.children, deep.children is tree.children)
cyclic = [1]
cyclic.append(cyclic)
cloned = copy.deepcopy(cyclic)
print(cloned[1] is cloned, cloned is cyclic)

# --- copy_dunder_hooks
import copy
class Tracked:
    def __init__(self):
        self.log = []
    def __copy__(self):
        return 'shallow copy'
    def __deepcopy__(self, memo):
        return 'deep copy'
copy.copy(Tracked()), copy.deepcopy([Tracked()])
