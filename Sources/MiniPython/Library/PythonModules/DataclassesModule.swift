/// `dataclasses` in Python: `@dataclass` (with `init`, `repr`, `eq`, `order`, `frozen`,
/// `unsafe_hash`, `kw_only`), `field`, `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`,
/// `FrozenInstanceError` and `MISSING`, reading the class body's `__annotations__` as CPython 3.11
/// does, with its generated methods' behaviour and error messages.
enum DataclassesModule {
  static func make(_ interp: Interpreter) throws -> PyModule {
    try PythonSourceModule.run("dataclasses", source: source, in: interp)
  }

  static let source = #"""
class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,'
                'metadata=%r,kw_only=%r,_field_type=_FIELD)' % (
                    self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                    self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(table.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _make_init(cls, init_fields, all_fields, frozen):
    qualname = cls.__qualname__ + '.__init__'
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            low = 1 + sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
            high = 1 + len(positional)
            takes = ('%d positional argument%s' % (high, '' if high == 1 else 's') if low == high
                     else 'from %d to %d positional arguments' % (low, high))
            raise TypeError('%s() takes %s but %d %s given'
                            % (qualname, takes, len(args) + 1, 'was' if len(args) == 0 else 'were'))
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            if not any(f.name == name for f in init_fields):
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
            values[name] = value
        missing = [f.name for f in positional
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            quoted = ["'%s'" % name for name in missing]
            listed = (quoted[0] if len(quoted) == 1 else ' and '.join(quoted) if len(quoted) == 2
                      else ', '.join(quoted[:-1]) + ', and ' + quoted[-1])
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's', listed))
        missing = [f.name for f in keyword_only
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            quoted = ["'%s'" % name for name in missing]
            listed = (quoted[0] if len(quoted) == 1 else ' and '.join(quoted) if len(quoted) == 2
                      else ', '.join(quoted[:-1]) + ', and ' + quoted[-1])
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's', listed))
        for f in all_fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init()

    __init__.__qualname__ = qualname
    return __init__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get(_FIELDS) if hasattr(base, '__dict__') else None
        if base_fields:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, type_ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    setattr(cls, _FIELDS, all_fields)
    field_list = list(all_fields.values())
    init_fields = [f for f in field_list if f.init]
    seen_default = False
    for f in init_fields:
        if f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    if init:
        cls.__init__ = _make_init(cls, init_fields, field_list, frozen)
    if repr and '__repr__' not in cls.__dict__:
        repr_fields = [f for f in field_list if f.repr]

        def __repr__(self):
            return self.__class__.__qualname__ + '(' + ', '.join(
                '%s=%r' % (f.name, getattr(self, f.name)) for f in repr_fields) + ')'
        __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
        cls.__repr__ = __repr__
    compare_fields = [f for f in field_list if f.compare]

    def _key(obj):
        return tuple(getattr(obj, f.name) for f in compare_fields)
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented
        __eq__.__qualname__ = cls.__qualname__ + '.__eq__'
        cls.__eq__ = __eq__
    if order:
        for name, op in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')

            def compare(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(_key(self), _key(other))
                return NotImplemented
            compare.__name__ = name
            compare.__qualname__ = cls.__qualname__ + '.' + name
            setattr(cls, name, compare)
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if not has_hash or unsafe_hash:
            hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
            cls.__hash__ = lambda self: hash(tuple(getattr(self, f.name) for f in hash_fields))
    elif eq and not has_hash:
        cls.__hash__ = None
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)
"""#
}
