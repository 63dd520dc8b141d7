/// `itertools` in Python: lazy iterator classes named and printed as CPython 3.11's (`count`,
/// `cycle`, `repeat`, `accumulate`, `chain`, `compress`, `dropwhile`, `takewhile`,
/// `filterfalse`, `groupby`, `islice`, `pairwise`, `starmap`, `tee`, `zip_longest`, `product`,
/// `permutations`, `combinations`, `combinations_with_replacement`), with its error messages.
enum ItertoolsModule {
  static func make(_ interp: Interpreter) throws -> PyModule {
    try PythonSourceModule.run("itertools", source: source, in: interp)
  }

  static let source = #"""
_marker = object()


def _index(value, message, fallback=None):
    """An int argument (through __index__): else ValueError(message), or fallback without one."""
    if isinstance(value, int):
        return int(value)
    try:
        return value.__index__()
    except AttributeError:
        if message is None:
            return fallback
        raise ValueError(message) from None


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for element in self._it:
                self._saved.append(element)
                return element
            if not self._saved:
                raise StopIteration
            self._index = 0
        element = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return element


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(0, _index(times, None, 0))

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %r)' % (self._object, self._times)


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._emit_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._emit_initial:
            self._emit_initial = False
            return self._total
        element = next(self._it)
        if not self._started:
            self._started = True
            self._total = element
        elif self._func is None:
            self._total = self._total + element
        else:
            self._total = self._func(self._total, element)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        result = cls()
        result._sources = iter(iterable)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for element in self._active:
                return element
            self._active = None


class compress:
    def __init__(self, data, selectors):
        self._pairs = zip(data, selectors)

    def __iter__(self):
        return self

    def __next__(self):
        for d, s in self._pairs:
            if s:
                return d
        raise StopIteration


class dropwhile:
    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        for x in self._it:
            if self._dropping and self._predicate(x):
                continue
            self._dropping = False
            return x
        raise StopIteration


class takewhile:
    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._done:
            for x in self._it:
                if self._predicate(x):
                    return x
                break
            self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable):
        self._function = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        for x in self._it:
            if not self._function(x):
                return x
        raise StopIteration


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._value is _marker:
            parent._step()
        if not self._key == parent._key:
            raise StopIteration
        value = parent._value
        parent._value = _marker
        return value


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._target = self._key = self._value = _marker
        self._grouper = None

    def _step(self):
        value = next(self._it)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        while True:
            if self._key is _marker:
                pass
            elif self._target is _marker or not self._target == self._key:
                break
            self._step()
        self._target = self._key
        self._grouper = _grouper(self, self._target)
        return (self._key, self._grouper)


class islice:
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1) if args else
                            'islice expected at least 2 arguments, got 1')
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (args + (None,))[:3]
        indices = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start = 0 if start is None else _index(start, indices)
        stop = None if stop is None else _index(stop, None, -1)
        if stop == -1:
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        step = 1 if step is None else _index(step, None, -1)
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError(indices)
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._position = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            for _ in range(self._position, self._stop):
                if next(it, _marker) is _marker:
                    break
            self._it = None
            raise StopIteration
        while self._position < self._next:
            if next(it, _marker) is _marker:
                self._it = None
                raise StopIteration
            self._position += 1
        element = next(it, _marker)
        if element is _marker:
            self._it = None
            raise StopIteration
        self._position += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return element


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._last = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._last is _marker:
            self._last = next(self._it)
        element = next(self._it)
        pair = (self._last, element)
        self._last = element
        return pair


class starmap:
    def __init__(self, function, iterable):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._function(*next(self._it))


class _tee:
    def __init__(self, source, buffers, index):
        self._source = source
        self._buffers = buffers
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        buffer = self._buffers[self._index]
        if not buffer:
            element = next(self._source)
            for b in self._buffers:
                b.append(element)
        return buffer.pop(0)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(source, buffers, i) for i in range(n))


class zip_longest:
    def __init__(self, *args, fillvalue=None):
        self._iterators = [iter(it) for it in args]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._iterators or not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(self._iterators):
            if it is None:
                values.append(self._fillvalue)
                continue
            value = next(it, _marker)
            if value is _marker:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                self._iterators[i] = None
                value = self._fillvalue
            values.append(value)
        return tuple(values)


class product:
    def __init__(self, *args, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._pools = [tuple(pool) for pool in args] * repeat
        self._indices = None
        self._done = any(len(pool) == 0 for pool in self._pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
        else:
            for i in reversed(range(len(pools))):
                self._indices[i] += 1
                if self._indices[i] < len(pools[i]):
                    break
                self._indices[i] = 0
            else:
                self._done = True
                raise StopIteration
        return tuple(pool[i] for pool, i in zip(pools, self._indices))


class permutations:
    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not self._pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)
"""#
}
