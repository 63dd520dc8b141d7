#!/usr/bin/env python3
"""Print the body of CMathSpecialValues.tables (Sources/MiniPython/Library/CMathSpecialValues.swift)
from CPython 3.11: each cmath function evaluated at one representative of every class of the
real and imaginary parts (-inf, negative, -0, +0, positive, +inf, nan). Cells whose parts are
both finite, and the value-dependent cases (an infinite real part with a finite nonzero
imaginary part for exp, cosh, sinh, tanh and rect), are `.formula`: the kernel computes them.

Usage: python3 generate.py > body.txt
"""
import cmath, math
reps = [-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan]
def lit(x):
    if math.isnan(x): return '.nan'
    if math.isinf(x): return '.infinity' if x > 0 else '-.infinity'
    if x == 0: return '-0.0' if math.copysign(1, x) < 0 else '0'
    return repr(x)
branch = {'exp', 'cosh', 'sinh', 'tanh', 'rect'}
funcs = ['sqrt','exp','log','acos','acosh','asinh','atanh','cosh','sinh','tanh','rect']
out = []
for f in funcs:
    fn = getattr(cmath, f)
    rows = []
    for a in reps:
        cells = []
        for b in reps:
            if math.isfinite(a) and math.isfinite(b) or (f in branch and math.isinf(a) and math.isfinite(b) and b != 0):
                cells.append('.formula'); continue
            try:
                z = fn(a, b) if f == 'rect' else fn(complex(a, b))
                cells.append('.value(%s, %s)' % (lit(z.real), lit(z.imag)))
            except ValueError:
                cells.append('.domainError')
        rows.append('      ' + ', '.join(cells) + ',')
    out.append('    "%s": [\n%s\n    ],' % (f, '\n'.join(rows)))
print('\n'.join(out))
