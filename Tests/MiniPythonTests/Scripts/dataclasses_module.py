# dataclasses (written in Python inside MiniPython) and class-body annotations.

# --- dataclass_basics
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.x + p.y)
p.x = 10
print(p, Point.__hash__, [Point(i) for i in range(2)])

# --- dataclass_field_factory_and_helpers
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
a = Inventory('a')
b = Inventory('b')
a.items.append('hammer')
print(a, b, asdict(a), astuple(b))
print(replace(a, name='c'), [f.name for f in fields(Inventory)], is_dataclass(a), is_dataclass(3))

# --- dataclass_post_init_and_nested
from dataclasses import dataclass, field, asdict
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
@dataclass
class Scene:
    rects: list
print(Rect(2, 3), asdict(Scene([Rect(1, 1)])))

# --- dataclass_order_frozen
from dataclasses import dataclass
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), hash(Version(2)) == hash(Version(2)), {Version(1): 'x'})
try:
    vs[0].major = 5
except AttributeError as e:
    print(type(e).__name__, e)

# --- dataclass_inheritance
from dataclasses import dataclass
@dataclass
class Animal:
    name: str
    sound: str = '...'
@dataclass
class Dog(Animal):
    breed: str = 'mutt'
    def speak(self):
        return f'{self.name} says {self.sound}'
d = Dog('Rex', 'woof')
print(d, d.speak(), isinstance(d, Animal))

# --- dataclass_init_errors
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
for make in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2)]:
    try:
        make()
    except TypeError as e:
        print(e)

# --- dataclass_definition_errors
from dataclasses import dataclass
try:
    @dataclass
    class Q:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class R:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)

# --- class_annotations
class Config:
    rate: float = 0.1
    epochs: int
    name = 'model'
Config.__annotations__, Config.rate, hasattr(Config, 'epochs')
