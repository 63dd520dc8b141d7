"""Random Theano graphs for differential fuzzing against the oracle.

    python3 gen.py SEED N > fSEED.md

writes a Markdown document of N random blocks after a set-up block; each block builds an
expression from typed leaves (float64/float32/int matrices and vectors, a scalar, a shared
variable), compiles it (FAST_RUN or FAST_COMPILE; sometimes with updates, givens or two
outputs), prints its debugprint and calls it. Shapes and broadcast patterns are tracked so most
graphs are valid; the few that are not test Theano's error messages.
"""
import random
import sys

seed = int(sys.argv[1])
n = int(sys.argv[2])
rnd = random.Random(seed)

# name -> (shape, broadcastable, dtype)
LEAVES = {
    'x': ((2, 3), (False, False), 'float64'),
    'y': ((2, 3), (False, False), 'float64'),
    'a': ((2, 3), (False, False), 'float32'),
    'i': ((2, 3), (False, False), 'int64'),
    'v': ((3,), (False,), 'float64'),
    'k': ((3,), (False,), 'int32'),
    'u': ((2,), (False,), 'float64'),
    's': ((), (), 'float64'),
    'w': ((2, 3), (False, False), 'float64'),
}
INPUTS = ['x', 'y', 'a', 'i', 'v', 'k', 'u', 's']
SETUP = """import numpy as np, theano, theano.tensor as T
x = T.matrix('x'); y = T.matrix('y'); a = T.fmatrix('a'); i = T.lmatrix('i')
v = T.vector('v'); k = T.ivector('k'); u = T.vector('u'); s = T.scalar('s')
w = theano.shared(np.arange(6.).reshape(2, 3) / 4 - 0.5, name='w')
xv = np.arange(6.).reshape(2, 3) / 7 - 0.3
yv = np.arange(6.).reshape(2, 3)[::-1] / 5 + 0.1
av = (np.arange(6.).reshape(2, 3) / 3 - 0.8).astype('float32')
iv = np.arange(6).reshape(2, 3) - 2
vv = np.array([0.5, -1.5, 2.0]); kv = np.array([3, -1, 2], dtype='int32')
uv = np.array([0.25, -0.75]); sv = np.array(1.5)
args = (xv, yv, av, iv, vv, kv, uv, sv)"""


class E:
    """An expression: code, shape, broadcastable pattern, dtype."""

    def __init__(self, code, shape, bc, dtype):
        self.code, self.shape, self.bc, self.dtype = code, tuple(shape), tuple(bc), dtype

    @property
    def ndim(self):
        return len(self.shape)

    def isfloat(self):
        return self.dtype.startswith('float')


def upcast(*dtypes):
    order = ['bool', 'int8', 'int32', 'int64', 'float32', 'float64']
    ds = set(dtypes)
    if 'float64' in ds:
        return 'float64'
    if 'float32' in ds:
        return 'float64' if ds & {'int32', 'int64'} else 'float32'
    return max(ds, key=order.index)


def broadcast(p, q):
    """Theano's broadcasting of two expressions, or None when it fails at compile or run time."""
    n = max(p.ndim, q.ndim)
    ps = (1,) * (n - p.ndim) + p.shape
    qs = (1,) * (n - q.ndim) + q.shape
    pb = (True,) * (n - p.ndim) + p.bc
    qb = (True,) * (n - q.ndim) + q.bc
    shape, bc = [], []
    for a, b, ab, bb in zip(ps, qs, pb, qb):
        if ab and bb:
            shape.append(1); bc.append(True)
        elif ab:
            shape.append(b); bc.append(False)
        elif bb:
            shape.append(a); bc.append(False)
        elif a == b:
            shape.append(a); bc.append(False)
        else:
            return None
    return shape, bc


def leaf(pred=lambda e: True):
    names = [nm for nm in LEAVES if pred(E(nm, *LEAVES[nm]))]
    nm = rnd.choice(names)
    return E(nm, *LEAVES[nm])


def p(e):
    return '(' + e.code + ')'


def float_unary(e):
    d = e.dtype if e.isfloat() else ('float32' if e.dtype in ('int8', 'bool') else 'float64')
    t = rnd.choice([
        'T.exp({0})', 'T.log(abs({0}) + 1)', 'T.sqrt(abs({0}))', 'T.tanh({0})', 'T.nnet.sigmoid({0})',
        'T.log1p(abs({0}))', 'T.nnet.softplus({0})', 'T.cos({0})', 'T.exp(-{0})', 'T.inv({0} + 3)',
        'T.log(T.exp({0}))', 'T.erf({0})', 'T.exp({0}) - 1', 'T.log(1 + T.exp({0}))',
        'T.log(T.nnet.sigmoid({0}))', '1 - T.nnet.sigmoid({0})', 'T.sin({0})', 'T.arctan({0})',
        '{0} ** 0.5', 'T.exp({0}) / (1 + T.exp({0}))', 'T.log(1 - T.exp(-abs({0}) - 1))'])
    return E(t.format(p(e)), e.shape, e.bc, d)


def same_unary(e):
    t = rnd.choice(['-{0}', 'abs({0})', 'T.sqr({0})', '{0} ** 2', '{0} ** 3', '1 - {0}', '2 * {0}',
                    'T.maximum({0}, 0)', 'T.minimum({0}, 1)', 'T.clip({0}, -1, 1)', '({0} - 1) * ({0} + 1)',
                    '{0} * {0}', '{0} + {0} + {0}', 'T.neg(T.neg({0}))', '({0} * 2) / 2', '{0} - {0}',
                    'T.sgn({0})', '{0} * 0', '{0} + 0', '{0} * 1', 'T.switch({0} > 0, {0}, 0)',
                    'T.switch({0} > 0, 1, 0) + T.switch({0} > 0, 2, 1)', 'abs(2 * {0})', 'abs({0} / 3)',
                    '-(-{0} * 3)', '{0} ** 4', '{0} ** -1', '{0} ** -2'])
    code = t.format(p(e))
    dtype = e.dtype
    if t in ('{0} / 3',):
        dtype = upcast(dtype, 'float32') if not e.isfloat() else dtype
    if t == '{0} ** -1' or t == '{0} ** -2' or t == 'abs({0} / 3)':
        if not e.isfloat():
            dtype = 'float64'
    if e.dtype == 'bool' and t not in ('T.switch({0} > 0, {0}, 0)', 'abs({0})'):
        dtype = 'int8'
    if t.startswith('T.switch({0} > 0, 1, 0)'):
        dtype = 'int8'
    return E(code, e.shape, e.bc, dtype)


def divide(e):
    t = rnd.choice(['{0} / 3', '{0} / 2.0', '{0} // 2', '{0} % 3', 'T.true_div({0}, 4)', '{0} / {0}'])
    if '//' in t or '%' in t:
        d = e.dtype if e.dtype not in ('bool',) else 'int8'
    elif e.isfloat():
        d = e.dtype
    else:
        d = 'float64' if e.dtype in ('int32', 'int64') else 'float32'
    return E(t.format(p(e)), e.shape, e.bc, d)


def binary(e):
    o = leaf(lambda l: broadcast(e, l) is not None) if rnd.random() < 0.9 else leaf()
    r = broadcast(e, o)
    shape, bc = r if r else (e.shape, e.bc)
    op = rnd.choice(['+', '-', '*', '/', 'max', 'min', 'switch', 'lt', 'eq', 'pow', 'sub_self'])
    d = upcast(e.dtype, o.dtype)
    if op in ('+', '-', '*'):
        code = f'{p(e)} {op} {o.code}' if rnd.random() < 0.5 else f'{o.code} {op} {p(e)}'
    elif op == '/':
        code = f'{p(e)} / {o.code}'
        if not d.startswith('float'):
            d = 'float64'
    elif op == 'max':
        code = f'T.maximum({e.code}, {o.code})'
    elif op == 'min':
        code = f'T.minimum({o.code}, {e.code})'
    elif op == 'switch':
        code = f'T.switch(T.lt({e.code}, {o.code}), {e.code}, {o.code})'
    elif op == 'lt':
        code = f'T.lt({e.code}, {o.code})'
        d = 'bool'
    elif op == 'eq':
        code = f'T.eq({e.code}, {o.code})'
        d = 'bool'
    elif op == 'pow':
        code = f'abs({e.code}) ** {o.code}'
        if not d.startswith('float'):
            code = f'abs({e.code}) ** abs({o.code})'
    else:
        code = f'({p(e)} * {o.code}) - ({o.code} * {p(e)})'
    return E(code, shape, bc, d)


def reduce_(e):
    if e.ndim == 0:
        return same_unary(e)
    red = rnd.choice(['sum', 'mean', 'max', 'min', 'prod', 'var', 'std', 'argmax', 'any', 'sum', 'mean'])
    axes = [None] + list(range(e.ndim)) + [-1]
    if e.ndim == 2:
        axes += [(0, 1), (1, 0)]
    axis = rnd.choice(axes)
    keep = rnd.random() < 0.25 and red != 'argmax'
    args = [] if axis is None else [f'axis={axis}']
    if keep:
        args.append('keepdims=True')
    if red == 'argmax' and axis is not None and isinstance(axis, tuple):
        axis = axis[0]; args[0] = f'axis={axis}'
    code = f'{p(e)}.{red}({", ".join(args)})'
    if axis is None:
        ax = set(range(e.ndim))
    elif isinstance(axis, tuple):
        ax = {a % e.ndim for a in axis}
    else:
        ax = {axis % e.ndim}
    if keep:
        shape = [1 if d in ax else s for d, s in enumerate(e.shape)]
        bc = [True if d in ax else b for d, b in enumerate(e.bc)]
    else:
        shape = [s for d, s in enumerate(e.shape) if d not in ax]
        bc = [b for d, b in enumerate(e.bc) if d not in ax]
    if red in ('mean', 'var', 'std'):
        d = e.dtype if e.isfloat() else 'float64'
    elif red == 'argmax':
        d = 'int64'
    elif red == 'any':
        d = 'bool'
    elif red in ('sum', 'prod'):
        d = {'bool': 'int64', 'int8': 'int64', 'int32': 'int64'}.get(e.dtype, e.dtype)
    else:
        d = e.dtype
    return E(code, shape, bc, d)


def matrix_op(e):
    if e.ndim == 2:
        m, n_ = e.shape
        c = rnd.choice(['T', 'dimshuffle', 'dot_T', 'dot_v', 'flatten', 'reshape', 'dimshuffle_x', 'dot_self_T'])
        if c == 'T':
            return E(f'{p(e)}.T', (n_, m), e.bc[::-1], e.dtype)
        if c == 'dimshuffle':
            return E(f'{p(e)}.dimshuffle(1, 0)', (n_, m), e.bc[::-1], e.dtype)
        if c == 'dimshuffle_x':
            return E(f'{p(e)}.dimshuffle(0, "x", 1)', (m, 1, n_), (e.bc[0], True, e.bc[1]), e.dtype)
        if c in ('dot_T', 'dot_self_T'):
            o = e if c == 'dot_self_T' else leaf(lambda l: l.shape == e.shape)
            return E(f'T.dot({e.code}, {p(o)}.T)', (m, m), (False, False), upcast(e.dtype, o.dtype))
        if c == 'dot_v':
            o = leaf(lambda l: l.ndim == 1 and l.shape[0] == n_) if n_ in (2, 3) else None
            if o is None:
                return E(f'T.dot({p(e)}.T, {e.code})', (n_, n_), (False, False), e.dtype)
            return E(f'T.dot({e.code}, {o.code})', (m,), (False,), upcast(e.dtype, o.dtype))
        if c == 'flatten':
            return E(f'{p(e)}.flatten()', (m * n_,), (False,), e.dtype)
        return E(f'{p(e)}.reshape(({n_}, {m}))', (n_, m), (False, False), e.dtype)
    if e.ndim == 1:
        (m,) = e.shape
        c = rnd.choice(['outer', 'dot', 'dimshuffle_x', 'reshape', 'stack'])
        if c == 'outer':
            return E(f'T.outer({e.code}, {e.code})', (m, m), (False, False), e.dtype)
        if c == 'dot':
            return E(f'T.dot({e.code}, {e.code})', (), (), e.dtype)
        if c == 'dimshuffle_x':
            return E(f'{p(e)}.dimshuffle("x", 0)', (1, m), (True, False), e.dtype)
        if c == 'reshape' and m == 6:
            return E(f'{p(e)}.reshape((3, 2))', (3, 2), (False, False), e.dtype)
        return E(f'T.stack([{e.code}, 2 * {e.code}])', (2, m), (False, False), e.dtype)
    if e.ndim == 3:
        return E(f'{p(e)}.dimshuffle(0, 2)', (e.shape[0], e.shape[2]), (e.bc[0], e.bc[2]), e.dtype) \
            if e.bc[1] else E(f'{p(e)}.sum(axis=1)', (e.shape[0], e.shape[2]), (e.bc[0], e.bc[2]), e.dtype)
    return E(f'{p(e)}.dimshuffle("x")', (1,), (True,), e.dtype)


def index_op(e):
    if e.ndim == 0:
        return same_unary(e)
    c = rnd.choice(['0', '-1', '1:', '::-1', ':,1', 'adv', 'set', 'inc', 'inc_adv', 'set_row'])
    if c in ('0', '-1') or (c == ':,1' and e.ndim == 1):
        return E(f'{p(e)}[{c if c != ":,1" else "0"}]', e.shape[1:], e.bc[1:], e.dtype)
    if c in ('1:', '::-1'):
        n0 = e.shape[0] - 1 if c == '1:' else e.shape[0]
        return E(f'{p(e)}[{c}]', (n0,) + e.shape[1:], (False,) + e.bc[1:], e.dtype)
    if c == ':,1':
        return E(f'{p(e)}[:, 1]', (e.shape[0],) + e.shape[2:], (e.bc[0],) + e.bc[2:], e.dtype)
    if c == 'adv':
        return E(f'{p(e)}[[0, 0, -1]]', (3,) + e.shape[1:], (False,) + e.bc[1:], e.dtype)
    if c == 'set':
        return E(f'T.set_subtensor({p(e)}[0], 0)', e.shape, e.bc, e.dtype)
    if c == 'set_row':
        return E(f'T.set_subtensor({p(e)}[1:], {p(e)}[:-1])', e.shape, e.bc, e.dtype)
    if c == 'inc':
        return E(f'T.inc_subtensor({p(e)}[-1], 1)', e.shape, e.bc, e.dtype)
    return E(f'T.inc_subtensor({p(e)}[[0, 0]], 2)', e.shape, e.bc, e.dtype)


def cast_op(e):
    d = rnd.choice(['float32', 'float64', 'int32', 'int64', 'int8'])
    t = rnd.choice(['T.cast({0}, "{1}")', '{0}.astype("{1}")'])
    return E(t.format(e.code if t.startswith('T') else p(e), d), e.shape, e.bc, d)


def int_op(e):
    if e.isfloat():
        if rnd.random() < 0.5:
            return E(f'T.iround({e.code})', e.shape, e.bc, 'int64')
        return E(f'T.floor({e.code})', e.shape, e.bc, e.dtype)
    t = rnd.choice(['{0} // 2', '{0} % 3', '{0} * 2 + 1', 'T.exp({0})', '{0} / 2', '-{0}', 'abs({0})'])
    d = e.dtype if e.dtype != 'bool' else 'int8'
    if t == 'T.exp({0})' or t == '{0} / 2':
        d = 'float64' if e.dtype in ('int32', 'int64') else 'float32'
    return E(t.format(p(e)), e.shape, e.bc, d)


TRANSFORMS = [(float_unary, 5), (same_unary, 5), (binary, 5), (reduce_, 3), (matrix_op, 2),
              (index_op, 2), (cast_op, 1), (int_op, 1), (divide, 1)]


def expression(depth):
    e = leaf() if rnd.random() < 0.7 else binary(leaf())
    for _ in range(depth):
        f = rnd.choices([t for t, _ in TRANSFORMS], [w for _, w in TRANSFORMS])[0]
        e = f(e)
        if len(e.code) > 400:
            break
    return e


blocks = [SETUP]
for b in range(n):
    e = expression(rnd.randint(1, 5))
    mode = rnd.choice(['', '', '', ", mode='FAST_COMPILE'"])
    kind = rnd.random()
    ins = 'x, y, a, i, v, k, u, s'
    if kind < 0.12 and broadcast(e, E('w', (2, 3), (False, False), 'float64')) is not None \
            and broadcast(e, E('w', (2, 3), (False, False), 'float64'))[0] == [2, 3]:
        blocks.append(f"e = {e.code}\nf = theano.function([{ins}], e, updates=[(w, w * 0.5 + e)], "
                      f"on_unused_input='ignore'{mode})\ntheano.printing.debugprint(f)\n"
                      f"print(f(*args))\nprint(w.get_value())")
    elif kind < 0.2 and 'y' in e.code:
        blocks.append(f"e = {e.code}\nf = theano.function([x, a, i, v, k, u, s], e, givens={{y: 2 * x}}, "
                      f"on_unused_input='ignore'{mode})\ntheano.printing.debugprint(f)\n"
                      f"print(f(xv, av, iv, vv, kv, uv, sv))")
    elif kind < 0.3:
        e2 = expression(rnd.randint(1, 3))
        blocks.append(f"e = {e.code}\ne2 = {e2.code}\nf = theano.function([{ins}], [e, e2], "
                      f"on_unused_input='ignore'{mode})\ntheano.printing.debugprint(f)\n"
                      f"for r in f(*args): print(r.dtype, r)")
    else:
        blocks.append(f"e = {e.code}\nf = theano.function([{ins}], e, on_unused_input='ignore'{mode})\n"
                      f"theano.printing.debugprint(f)\nr = f(*args)\nprint(r.dtype, r)")
for b in blocks:
    print("```python\n" + b + "\n```\n")
