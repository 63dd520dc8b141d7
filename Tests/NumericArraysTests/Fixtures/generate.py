"""Writes the NumericArrays test fixtures with numpy 1.23 (run with the oracle venv's python).

    /root/.cache/quire-oracle/venv/bin/python Tests/NumericArraysTests/Fixtures/generate.py
"""
import json
import os
import sys

import numpy as np

assert np.__version__.startswith("1.23"), np.__version__
HERE = os.path.dirname(os.path.abspath(__file__))


def encode(a):
    """Elements in row-major order as exact text: hex floats, decimal ints, 0/1 bools."""
    flat = np.ascontiguousarray(a).reshape(-1)
    if a.dtype.kind == "f":
        return [float(x).hex() for x in flat]
    if a.dtype.kind == "b":
        return [int(x) for x in flat]
    return [str(int(x)) for x in flat]


def printing_cases():
    rng = np.random.RandomState(1234)
    arrays = {
        "float_0d": np.array(5.0),
        "float_0d_frac": np.array(1.5),
        "int_0d": np.array(7),
        "bool_0d": np.array(True),
        "int8_0d": np.array(-3, np.int8),
        "float32_0d": np.array(0.1, np.float32),
        "ints": np.array([1, 2, 3]),
        "int_neg": np.array([-1, 20, -300]),
        "floats_simple": np.array([1.0, 2.0, 3.0]),
        "floats_frac": np.array([0.5, 1.25, -3.125]),
        "floats_exp": np.array([1.5, 2.25e-09, 3.0e10]),
        "floats_large": np.array([1e8, 1.0]),
        "floats_small": np.array([1e-5, 1.0]),
        "floats_ratio": np.array([1.0, 1001.0]),
        "floats_ratio_ok": np.array([1.0, 999.0]),
        "floats_thirds": np.array([1 / 3, 2 / 3, 1.0]),
        "floats_pi": np.array([np.pi, np.e, -np.pi * 1e3]),
        "neg_zero": np.array([-0.0, 0.0, 1.0]),
        "neg_zero_only": np.array([-0.0]),
        "nan_inf": np.array([np.nan, np.inf, -np.inf, 1.5]),
        "only_nan": np.array([np.nan, np.nan]),
        "nan_exp": np.array([np.nan, 1e-10, 1.0]),
        "inf_ints": np.array([np.inf, 1.0, 2.0]),
        "float32": np.array([0.1, 0.2, 0.3], np.float32),
        "float32_exp": np.array([1e-7, 3.0, 1e9], np.float32),
        "float32_pi": np.array([np.pi, -np.e], np.float32),
        "float16": np.array([0.1, 1.5, 1000.0], np.float16),
        "int8": np.array([1, -2, 127, -128], np.int8),
        "int16": np.array([1000, -2000], np.int16),
        "int32": np.array([[1, 2], [3, 4]], np.int32),
        "uint8": np.array([0, 255, 7], np.uint8),
        "uint64": np.array([1, 2], np.uint64),
        "bools": np.array([True, False, True]),
        "bools_2d": np.array([[True, False], [False, True]]),
        "empty_float": np.array([]),
        "empty_int32": np.array([], np.int32),
        "empty_2_0": np.zeros((2, 0)),
        "empty_0_3_int8": np.zeros((0, 3), np.int8),
        "matrix": np.arange(12.0).reshape(3, 4),
        "matrix_int": np.arange(12).reshape(3, 4),
        "cube": np.arange(24).reshape(2, 3, 4),
        "cube_float": np.arange(24.0).reshape(2, 3, 4) / 7,
        "rank4": np.arange(16).reshape(2, 2, 2, 2),
        "wrap_ints": np.arange(40),
        "wrap_floats": np.linspace(0, 1, 30),
        "wrap_float32": np.linspace(0, 1, 25).astype(np.float32),
        "wrap_2d": rng.rand(3, 12),
        "wrap_big_ints": np.arange(0, 10 ** 9, 10 ** 7, dtype=np.int64)[:40],
        "summary_1d": np.arange(2000),
        "summary_1d_float": np.arange(1001.0),
        "summary_2d": np.arange(1200).reshape(40, 30),
        "summary_3d": np.arange(2000.0).reshape(10, 10, 20),
        "summary_bool": np.arange(1500) % 3 == 0,
        "randn": rng.randn(5),
        "randn_2d": rng.randn(4, 3),
        "rand_float32": rng.rand(6).astype(np.float32),
        "tiny": np.array([1e-300, 1e300]),
        "exp3digits": np.array([1e-100, 1.0]),
        "mixed_exp_neg": np.array([-1.5e-7, 2.0, -3.0e5]),
        "big_positional": np.array([12345678.9, 1.0]),
        "rounding": np.array([0.123456789, 1.0]),
        "rounding_up": np.array([0.999999999, 1.0]),
        "column": np.arange(5.0).reshape(5, 1),
        "row": np.arange(5.0).reshape(1, 5),
        "transposed": np.arange(6).reshape(2, 3).T,
        "int64_min": np.array([np.iinfo(np.int64).min, 0]),
        "dtype_wrap_int8": np.arange(30, dtype=np.int8),
        "float32_wrap": rng.randn(20).astype(np.float32),
        "ones_3x3": np.ones((3, 3)),
        "eye": np.eye(3),
        "negatives_2d": -np.arange(6.0).reshape(2, 3),
        "halves": np.array([0.5, 1.5, 2.5, -0.5]),
        "precision_cut": np.array([1.0000000001, 2.0]),
        "large_ints_float": np.array([1e7, 2e7]),
        "float16_2d": np.arange(6, dtype=np.float16).reshape(2, 3) / 3,
    }
    cases = []
    for name, a in arrays.items():
        cases.append({
            "name": name, "dtype": a.dtype.name, "shape": list(a.shape), "values": encode(a),
            "repr": repr(a), "str": str(a),
        })
    return cases


def random_printing_cases():
    """Arrays of random dtypes, shapes and magnitudes (with nan, inf and -0.0 sprinkled in)."""
    rs = np.random.RandomState(2023)
    dtypes = ["float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"]
    shapes = [(), (1,), (3,), (7,), (12,), (31,), (2, 3), (4, 5), (3, 1, 4), (2, 2, 2, 2), (5, 17), (1001,),
              (40, 40), (0,), (3, 0, 2)]
    cases = []
    for k in range(160):
        dtype = dtypes[rs.randint(len(dtypes))]
        shape = shapes[rs.randint(len(shapes))]
        size = int(np.prod(shape))
        scale = 10.0 ** rs.randint(-12, 13)
        values = rs.randn(size) * scale
        if rs.rand() < 0.3:
            values = np.round(values)
        if size and rs.rand() < 0.3:
            values[rs.randint(size)] = [np.nan, np.inf, -np.inf, -0.0][rs.randint(4)]
        with np.errstate(all="ignore"):
            if dtype == "bool":
                a = (values > 0).reshape(shape)
            elif dtype.startswith("float"):
                a = values.astype(dtype).reshape(shape)
            else:
                info = np.iinfo(dtype)
                ints = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
                a = np.clip(ints, info.min, info.max).astype(dtype).reshape(shape)
        cases.append({"name": "random_%d" % k, "dtype": a.dtype.name, "shape": list(a.shape),
                      "values": encode(a), "repr": repr(a), "str": str(a)})
    return cases


def scalar_cases():
    values = [
        (np.float64, [1.5, 0.1, 1e-5, 1e16, 1e15, 123456789.0, -0.0, 0.0, np.nan, np.inf, -np.inf,
                      1 / 3, 2.5e-300, 1e100, 1.0]),
        (np.float32, [0.1, 1.5, 1e-5, 3.4e38, 16777217.0, np.pi]),
        (np.float16, [0.1, 65504.0, 1e-4]),
        (np.int64, [3, -7, 0]), (np.int8, [-128]), (np.uint8, [255]), (np.bool_, [True, False]),
    ]
    cases = []
    for kind, items in values:
        for v in items:
            s = kind(v)
            cases.append({"dtype": s.dtype.name, "value": encode(np.array(s))[0], "repr": repr(s), "str": str(s)})
    return cases


def complex_promotion_cases():
    """promote_types and safe casting between the complex dtypes and every dtype (no arrays)."""
    names = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
             "float16", "float32", "float64", "complex64", "complex128"]
    cases = []
    for a in names:
        for b in ["complex64", "complex128"]:
            for x, y in [(a, b), (b, a)]:
                cases.append({"a": x, "b": y, "promote": np.promote_types(x, y).name,
                              "can_cast": bool(np.can_cast(x, y, "safe"))})
    return cases


def complex_cases():
    """repr/str of complex arrays and scalars, and ufunc/reduction results on them."""
    inf, nan = float("inf"), float("nan")
    arrays = [
        ("complex128", [1 + 2j, 3 - 1j]), ("complex64", [1 + 2j, 3 - 1j]),
        ("complex128", [1e10 + 1j, complex(nan, -inf)]), ("complex128", [1e-10 + 1j, 1]),
        ("complex128", [complex(inf, 0), 1j]), ("complex128", [0j, -1 + 5j, 1j, -0.5 - 0.25j]),
        ("complex64", [0.1 + 0.2j, 1 / 3 - 2j]), ("complex128", [k * (1 + 1j) for k in range(30)]),
        ("complex128", [2 + 0j, 3 - 2j]),
    ]
    shapes = {len(v): [len(v)] for _, v in arrays}
    cases = []
    for dtype, values in arrays:
        a = np.array(values, dtype=dtype)
        entry = {"dtype": dtype, "values": [[repr(float(z.real)), repr(float(z.imag))] for z in a.tolist()],
                 "repr": repr(a), "str": str(a), "scalar_reprs": [repr(x) for x in a],
                 "reshaped_str": str(a.reshape(2, -1)) if a.size % 2 == 0 else None}
        results = {}
        with np.errstate(all="ignore"):
            for name in ["negative", "absolute", "square", "reciprocal", "sign", "isnan", "isinf",
                         "isfinite", "logical_not", "floor", "conjugate"]:
                try:
                    results[name] = repr(getattr(np, name)(a))
                except TypeError as e:
                    results[name] = "TypeError: " + str(e)
            b = a[::-1].copy()
            for name in ["add", "subtract", "multiply", "true_divide", "equal", "not_equal", "less",
                         "greater_equal", "maximum", "minimum", "fmax", "logical_and", "floor_divide"]:
                try:
                    results[name + "_reversed"] = repr(getattr(np, name)(a, b))
                except TypeError as e:
                    results[name + "_reversed"] = "TypeError: " + str(e)
            results["real"] = repr(a.real)
            results["imag"] = repr(a.imag)
            results["prod"] = repr(a[:3].prod())
            results["sum3"] = repr(a[:3].sum())
            results["sum_tiled"] = repr(np.tile(a, 40).sum())
            results["dot_reversed"] = repr(np.dot(a, b))
            if np.isfinite(a).all():  # numpy's bundled OpenBLAS differs from the system's on inf
                results["outer_matmul"] = repr(np.matmul(a.reshape(-1, 1), b.reshape(1, -1))[-1])
            results["max"] = repr(a.max())
            results["astype_float32"] = repr(a.astype(np.float32))
            results["astype_int64"] = repr(a.astype(np.int64))
            results["astype_bool"] = repr(a.astype(bool))
        entry["results"] = results
        cases.append(entry)
    return cases


def promotion_cases():
    names = ["bool", "int8", "uint8", "int16", "int32", "int64", "float32", "float64"]
    cases = []
    scalars = [("pyint", 3), ("pyint", 300), ("pyint", -1), ("pyint", 70000), ("pyfloat", 2.5),
               ("pyfloat", 1e300), ("pybool", True)]
    for a in names:
        for b in names:
            x = np.ones(2, a)
            y = np.ones(2, b)
            entry = {"a": a, "b": b, "promote": np.promote_types(a, b).name}
            for op, f in [("add", np.add), ("true_divide", np.true_divide), ("multiply", np.multiply)]:
                try:
                    entry[op] = f(x, y).dtype.name
                except TypeError:
                    entry[op] = "TypeError"
            cases.append(entry)
        for kind, v in scalars:
            x = np.ones(2, a)
            entry = {"a": a, "scalar_kind": kind, "scalar": repr(v)}
            for op, f in [("add", np.add), ("true_divide", np.true_divide), ("multiply", np.multiply)]:
                try:
                    entry[op] = f(x, v).dtype.name
                except TypeError:
                    entry[op] = "TypeError"
            cases.append(entry)
    return cases


def broadcast_cases():
    shapes = [((5, 4), (3, 3)), ((3,), (4,)), ((2, 3), (3, 2)), ((2, 1, 3), (4, 3)), ((), (2,)),
              ((1, 5), (5, 1)), ((2, 3, 4), (3, 5)), ((0,), (2,)), ((3, 0), (3, 1))]
    cases = []
    for a, b in shapes:
        try:
            r = np.ones(a) + np.ones(b)
            cases.append({"a": list(a), "b": list(b), "shape": list(r.shape)})
        except ValueError as e:
            cases.append({"a": list(a), "b": list(b), "error": str(e)})
    return cases


RANDOM_CALLS = [
    ["rand", [5]], ["randn", [3]], ["randn", [4]], ["randint", 0, 10, [6], "int64"],
    ["randint", -5, 5, [6], "int32"], ["randint", 0, 256, [9], "uint8"], ["randint", -3, 100, [7], "int8"],
    ["randint", 0, 1000, [5], "int16"], ["randint", 0, 2, [40], "bool"], ["randint", 0, 2 ** 40, [3], "int64"],
    ["randint", -2 ** 31, 2 ** 31, [3], "int32"],
    ["uniform", -2.0, 3.0, [4]], ["normal", 1.5, 0.25, [5]], ["binomial", 10, 0.3, [8]],
    ["binomial", 1000, 0.4, [8]], ["binomial", 50, 0.9, [5]], ["binomial", 300, 0.7, [5]],
    ["permutation", 10], ["shuffle", 7], ["choice", 5, [6], True, None], ["choice", 8, [5], False, None],
    ["choice", 4, [6], True, [0.1, 0.2, 0.3, 0.4]], ["choice", 5, [3], False, [0.1, 0.2, 0.3, 0.2, 0.2]],
    ["rand", [3]],
]


def random_cases():
    cases = []
    for seed in [0, 1, 42, 12345, 2 ** 32 - 1]:
        rs = np.random.RandomState(seed)
        results = []
        for call in RANDOM_CALLS:
            name = call[0]
            if name == "rand":
                out = rs.rand(*call[1])
            elif name == "randn":
                out = rs.randn(*call[1])
            elif name == "randint":
                out = rs.randint(call[1], call[2], size=call[3], dtype=call[4])
            elif name == "uniform":
                out = rs.uniform(call[1], call[2], size=call[3])
            elif name == "normal":
                out = rs.normal(call[1], call[2], size=call[3])
            elif name == "binomial":
                out = rs.binomial(call[1], call[2], size=call[3])
            elif name == "permutation":
                out = rs.permutation(call[1])
            elif name == "shuffle":
                out = np.arange(call[1] * 2).reshape(call[1], 2)
                rs.shuffle(out)
            else:
                out = rs.choice(call[1], size=call[2], replace=call[3], p=call[4])
            results.append({"call": call, "dtype": out.dtype.name, "values": encode(out)})
        cases.append({"seed": seed, "results": results})
    return cases


def reduction_cases():
    """Sums and statistics of seeded random inputs, as exact hex values."""
    cases = []
    for seed, shape in [(0, [100000]), (1, [37, 129]), (2, [3, 4, 5]), (3, [20000]), (4, [9000, 3]),
                        (5, [3, 30000])]:
        rs = np.random.RandomState(seed)
        a = rs.randn(*shape) * 1000
        for axis in [None] + list(range(len(shape))):
            for name, f in [("sum", np.sum), ("mean", np.mean), ("var", np.var), ("std", np.std),
                            ("max", np.max), ("argmax", np.argmax), ("prod", np.prod)]:
                r = np.asarray(f(a, axis=axis))
                if r.size > 200:
                    continue
                cases.append({"seed": seed, "shape": shape, "axis": axis, "op": name, "dtype": r.dtype.name,
                              "rshape": list(r.shape), "values": encode(r)})
        f32 = a.astype(np.float32)
        for axis in [None, len(shape) - 1]:
            r = np.asarray(np.sum(f32, axis=axis))
            if r.size > 200:
                continue
            cases.append({"seed": seed, "shape": shape, "axis": axis, "op": "sum32", "dtype": r.dtype.name,
                          "rshape": list(r.shape), "values": encode(r)})
    return cases


def avx512f_exp(values):
    """float64 exp as numpy's AVX512F kernel computes it (SVML disabled), in a child process."""
    import subprocess
    import sys
    code = ("import sys, json, numpy as np; x = np.array([float.fromhex(v) for v in json.load(sys.stdin)]); "
            "print(json.dumps([float(v).hex() for v in np.exp(x)]))")
    env = dict(os.environ, NPY_DISABLE_CPU_FEATURES="AVX512_SKX")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(values), capture_output=True, text=True,
                         env=env, check=True)
    return json.loads(out.stdout)


def math_cases():
    """numpy's SIMD exp on seeded inputs (randn * 10 from RandomState(7)) plus special values."""
    x = np.random.RandomState(7).randn(4000) * 10
    specials = np.array([0.0, -0.0, 1e-20, -1e-20, 700.0, 709.78, 710.0, -700.0, -740.0, -745.1, -746.0,
                         np.inf, -np.inf, np.nan, 88.7, 88.8, -87.0, -103.0, -104.0, 1.0, -1.0, 0.5])
    cases = []
    for dtype in ["float64", "float32"]:
        cases.append({"dtype": dtype, "special": encode(specials.astype(dtype)),
                      "exp_random": encode(np.exp(x.astype(dtype))), "exp_special": encode(np.exp(specials.astype(dtype)))})
    cases[0]["exp_random_avx512f"] = avx512f_exp(encode(x))
    cases[0]["exp_special_avx512f"] = avx512f_exp(encode(specials))
    return cases


def complex_part(x):
    """A float part as exact text: a hex float, inf/-inf, or nan."""
    return "nan" if np.isnan(x) else float(x).hex()


def complex_values(a):
    return [[complex_part(z.real), complex_part(z.imag)] for z in np.ascontiguousarray(a).reshape(-1)]


def complex_math_cases():
    """Bits of numpy's complex transcendental ufuncs, power and cumsum/cumprod on special values
    (every pair of parts from a list of zeros, infinities, nans, huge and tiny numbers) and on
    seeded random values; parts as hex floats."""
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-300, 1e300, 710.0, -710.0, 1e-8, 100.0,
                1e20, np.inf, -np.inf, np.nan]
    rng = np.random.RandomState(11)
    values = [complex(a, b) for a in specials for b in specials]
    values += list(rng.randn(150) * 3 + 1j * rng.randn(150) * 3) + list(rng.randn(40) * 60 + 1j * rng.randn(40) * 60)
    values += list(rng.uniform(-1.5, 1.5, 60) + 1j * rng.uniform(-1.5, 1.5, 60))
    functions = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "sin", "cos", "tan",
                 "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "rint"]
    bases = [0j, -0.0 + 0j, 1 + 1j, -2 + 0.5j, 0.5 - 3j, 1e200 + 1e200j, complex(np.inf, 0), complex(np.nan, 1),
             complex(0, np.inf), 1e-200j, -1 + 0j]
    exponents = [0j, 1 + 0j, 2 + 0j, 3 + 0j, 4 + 0j, 7 + 0j, 99 + 0j, 100 + 0j, -1 + 0j, -2 + 0j, -5 + 0j, 0.5 + 0j,
                 2.5 + 0j, 1 + 1j, -1 + 1j, 1j, complex(np.inf, 0), complex(np.nan, 0), -0.0 + 0j, 1e20 + 0j]
    pairs = [(a, b) for a in bases for b in exponents]
    pairs += list(zip(rng.randn(80) * 2 + 1j * rng.randn(80) * 2, rng.randn(80) * 2 + 1j * rng.randn(80) * 2))
    cumulative = rng.randn(3, 5) + 1j * rng.randn(3, 5)
    cases = []
    with np.errstate(all="ignore"):
        for dtype in ["complex128", "complex64"]:
            a = np.array(values, dtype=dtype)
            entry = {"dtype": dtype, "values": complex_values(a), "results": {}}
            for name in functions:
                entry["results"][name] = complex_values(getattr(np, name)(a))
            base = np.array([p[0] for p in pairs], dtype=dtype)
            exponent = np.array([p[1] for p in pairs], dtype=dtype)
            entry["bases"] = complex_values(base)
            entry["exponents"] = complex_values(exponent)
            entry["power"] = complex_values(np.power(base, exponent))
            c = cumulative.astype(dtype)
            entry["cumulative"] = complex_values(c)
            entry["cumsum"] = complex_values(np.cumsum(c))
            entry["cumprod"] = complex_values(np.cumprod(c))
            entry["cumsum_axis0"] = complex_values(np.cumsum(c, axis=0))
            entry["cumprod_axis1"] = complex_values(np.cumprod(c, axis=1))
            cases.append(entry)
    return cases


def main():
    fixtures = {
        "printing.json": lambda: printing_cases() + random_printing_cases(),
        "scalars.json": scalar_cases,
        "promotion.json": promotion_cases,
        "complex_promotion.json": complex_promotion_cases,
        "complex.json": complex_cases,
        "broadcasting.json": broadcast_cases,
        "random.json": random_cases,
        "reductions.json": reduction_cases,
        "math.json": math_cases,
        "complex_math.json": complex_math_cases,
    }
    for name, make in fixtures.items():
        if sys.argv[1:] and name not in sys.argv[1:]:
            continue  # only the fixtures named on the command line
        data = make()
        with open(os.path.join(HERE, name), "w") as f:
            json.dump(data, f, indent=0)
            f.write("\n")


if __name__ == "__main__":
    main()
