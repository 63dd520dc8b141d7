"""Writes snippets.json: numpy snippets and the text numpy 1.23 prints for them.

Each snippet runs in a fresh namespace with notebook semantics: stdout, then repr of a final
expression that is not None, or `ExcType: message` (traceback.format_exception_only).

    /root/.cache/quire-oracle/venv/bin/python Tests/NumPyBridgeTests/Fixtures/generate.py
"""
import ast
import contextlib
import io
import json
import os
import traceback
import warnings

import numpy as np

assert np.__version__.startswith("1.23")
HERE = os.path.dirname(os.path.abspath(__file__))

SNIPPETS = [
    "import numpy as np\nnp.array([1, 2, 3])",
    "import numpy as np\nnp.array([[1.5, 2], [3, 4]])",
    "import numpy as np\na = np.arange(12).reshape(3, 4)\nprint(a)\na.T",
    "import numpy as np\na = np.arange(12).reshape(3, 4)\nprint(a.shape, a.ndim, a.size, a.dtype, a.itemsize)",
    "import numpy as np\nnp.zeros((2, 3), dtype=np.float32)",
    "import numpy as np\nnp.ones(3, dtype='int8') * 3",
    "import numpy as np\nnp.full((2, 2), 7)",
    "import numpy as np\nnp.linspace(0, 1, 5)",
    "import numpy as np\nnp.eye(3, dtype=int)",
    "import numpy as np\nnp.identity(2)",
    "import numpy as np\nnp.arange(0, 1, 0.25)",
    "import numpy as np\nx = np.array([1, 2, 3], dtype=np.int8)\n(x + 3).dtype",
    "import numpy as np\nx = np.array([1, 2, 3], dtype=np.float32)\nx * 2.5",
    "import numpy as np\nnp.array([1, 2]) / np.array([2, 4])",
    "import numpy as np\nnp.ones((5, 4)) + np.ones((3, 3))",
    "import numpy as np\na = np.arange(6.0).reshape(2, 3)\na.sum(), a.sum(axis=0), a.mean(axis=1)",
    "import numpy as np\na = np.arange(6).reshape(2, 3)\nprint(a.max(), a.argmax(), a.std(), a.var())\nnp.cumsum(a)",
    "import numpy as np\nnp.float64(1.5)",
    "import numpy as np\nnp.float32(0.1) + np.float32(0.2)",
    "import numpy as np\nx = np.int64(3)\nprint(type(x), x, repr(x))",
    "import numpy as np\nnp.array([1.0, 2.0]).sum()",
    "import numpy as np\ntype(np.array([1.0, 2.0]).sum())",
    "import numpy as np\na = np.arange(10)\na[2:8:2], a[::-1], a[-3:]",
    "import numpy as np\na = np.arange(12).reshape(3, 4)\na[1], a[:, 1], a[1, 2], a[..., 0], a[np.newaxis, 0].shape",
    "import numpy as np\na = np.arange(10)\na[a > 5]",
    "import numpy as np\na = np.arange(10)\na[[1, 3, 5]] = 0\na",
    "import numpy as np\na = np.zeros((2, 3))\na[0] = [1, 2, 3]\na[:, 1] += 10\na",
    "import numpy as np\na = np.arange(3)\na += 1.5",
    "import numpy as np\na = np.arange(5)\na[7]",
    "import numpy as np\nnp.arange(6).reshape(4, -1)",
    "import numpy as np\nnp.arange(3).sum(axis=1)",
    "import numpy as np\nnp.exp(np.array([0.0, 1.0, 2.0]))",
    "import numpy as np\nnp.sqrt(np.arange(4)), np.log1p(np.array([0.5, 1.0])), np.exp(np.float32(1.5))",
    "import numpy as np\nnp.tanh(np.linspace(-2, 2, 5))",
    "import numpy as np\nnp.round(np.array([0.5, 1.5, 2.5, 3.14159]), 2)",
    "import numpy as np\nnp.maximum(np.array([1, 5, 3]), 2), np.minimum([1.0, np.nan], 0)",
    "import numpy as np\nnp.clip(np.arange(10), 2, 7)",
    "import numpy as np\nnp.where(np.arange(5) > 2, 1.0, -1.0)",
    "import numpy as np\na = np.arange(6.0).reshape(2, 3)\nb = np.arange(6.0).reshape(3, 2)\nnp.dot(a, b), a @ b",
    "import numpy as np\nnp.dot(np.ones((2, 3)), np.ones((2, 3)))",
    "import numpy as np\nnp.outer([1, 2], [3, 4, 5])",
    "import numpy as np\nnp.concatenate([np.zeros(2), np.ones(3)]), np.stack([np.arange(2), np.arange(2)])",
    "import numpy as np\nnp.vstack([np.arange(3), np.arange(3)]), np.hstack([np.arange(2), np.arange(3)])",
    "import numpy as np\nnp.expand_dims(np.arange(3), 0).shape, np.squeeze(np.zeros((1, 3, 1))).shape",
    "import numpy as np\nnp.allclose([1.0, 2.0], [1.0, 2.0000001]), np.isclose(1.0, 1.1), np.array_equal([1, 2], [1, 2])",
    "import numpy as np\nnp.pi, np.e, np.inf, np.nan",
    "import numpy as np\nnp.array([np.nan, np.inf, -np.inf, -0.0])",
    "import numpy as np\na = np.array([1, 2, 3])\na.astype(np.float32), a.astype('float16').dtype",
    "import numpy as np\na = np.array([[1, 2], [3, 4]])\na.tolist(), a.item(3), a[0, 0].item()",
    "import numpy as np\nnp.random.seed(0)\nnp.random.rand(3)",
    "import numpy as np\nnp.random.seed(42)\nprint(np.random.randn(2, 2))\nnp.random.randint(0, 10, size=5)",
    "import numpy as np\nrng = np.random.RandomState(1234)\nrng.uniform(-1, 1, size=3), rng.normal(size=2), rng.binomial(10, 0.5, size=4)",
    "import numpy as np\nrng = np.random.RandomState(7)\nrng.permutation(6), rng.choice(5, 3), rng.choice([10, 20, 30], size=2, replace=False)",
    "import numpy as np\nnp.random.seed(3)\na = np.arange(5)\nnp.random.shuffle(a)\na",
    "import numpy as np\nnp.random.seed(0)\nnp.random.random(), np.random.randint(5)",
    "import numpy as np\nnp.dtype('float32'), np.dtype(np.int8).itemsize, np.float32",
    "import numpy as np\nnp.array([1, 2]).dtype == np.int64, np.array([1.0]).dtype == 'float64'",
    "import numpy as np\nx = np.arange(4.0)\nfor v in x[:2]:\n    print(v)\nlen(x), float(x[1]), int(x[3])",
    "import numpy as np\nbool(np.array([1, 2]))",
    "import numpy as np\n-np.array([1, -2]), abs(np.array([-1.5, 2])), np.array([True, False]) & True",
    "import numpy as np\nnp.arange(2000)",
    "import numpy as np\nnp.linspace(0, 10, 40)",
    "import numpy as np\nnp.zeros((2, 0))",
    "import numpy as np\nnp.array(5.0), np.array(3, dtype=np.int16)",
    "import numpy as np\na = np.arange(8).reshape(2, 2, 2)\nnp.transpose(a, (2, 0, 1))[1]",
    "import numpy as np\nnp.array([1, 2, 3]) == 2, np.array([1.0, 2.0]) < np.array([2.0, 1.0])",
    "import numpy as np\nnp.int8(100) + np.int8(100)",
    "import numpy as np\n2 ** np.arange(5), np.arange(5) % 3, np.arange(5) // 2",
    "import numpy as np\nnp.float32(1) / 3",
    "import numpy as np\nnp.sum([1, 2, 3]), np.mean([1, 2]), np.max([[1, 5], [3, 2]], axis=0)",
    "import numpy as np\nnp.zeros(3).reshape(2, 2)",
    "import numpy as np\nnp.arange(6).reshape(2, 3)[:, [True, False, True]]",
    "import numpy as np\nnp.matmul(np.ones((2, 3)), np.ones((2, 3)))",
    "import numpy as np\na = np.arange(4).reshape(2, 2)\na.T.flatten(), a.ravel(), a.copy().fill(0)",
    "import numpy as np\nnp.float32(2.5), np.int8(-3), np.uint8(200), np.bool_(1), np.float16(0.1), np.int32('7')",
    "import numpy as np\nnp.float64('1.25') * 2",
    "import numpy as np\nnp.float32([1, 2])",
    "import numpy as np\nx = np.float32(3.5)\nx.dtype, x.shape, x.ndim, x.item(), type(x.item())",
    "import numpy as np\nnp.array([1, 2], dtype='int16') + np.array([1, 2], dtype=np.uint8)",
    "import numpy as np\n(np.arange(3, dtype=np.uint8) - 1).dtype, (np.arange(3, dtype=np.int8) + 300).dtype",
    "import numpy as np\n(np.arange(3) / 2).dtype, (np.arange(3, dtype=np.float32) + np.float64(1)).dtype",
    "import numpy as np\nnp.array([True, False]) - np.array([True, True])",
    "import numpy as np\n-np.array([True])",
    "import numpy as np\nnp.array([1, 2, 3]) ** -1",
    "import numpy as np\na = np.arange(6).reshape(2, 3)\na[0, 5]",
    "import numpy as np\na = np.arange(6).reshape(2, 3)\na[0, 0, 0]",
    "import numpy as np\nnp.arange(4)[np.array([True, False])]",
    "import numpy as np\nnp.concatenate([np.zeros((2, 2)), np.zeros((3, 3))])",
    "import numpy as np\nnp.stack([np.zeros(2), np.zeros(3)])",
    "import numpy as np\nnp.zeros(-1)",
    "import numpy as np\nnp.dtype('float33')",
    "import numpy as np\nnp.random.seed(-5)",
    "import numpy as np\nnp.random.RandomState(0).randint(3, 3)",
    "import numpy as np\nnp.random.RandomState(0).choice(3, 5, replace=False)",
    "import numpy as np\nnp.arange(6).reshape(2, 3).transpose(1, 0)",
    "import numpy as np\na = np.arange(6.0).reshape(2, 3)\na.sum(axis=(0, 1)), a.sum(keepdims=True), a.min(axis=-1), a.prod()",
    "import numpy as np\na = np.array([[1, 5, 2], [7, 0, 3]])\na.argmax(axis=0), a.argmin(axis=1), np.argmax(a), a.all(), a.any(axis=0)",
    "import numpy as np\na = np.array([1.0, 2.0, 4.0])\na.std(ddof=1), a.var(), np.std(a), a.cumprod()",
    "import numpy as np\nnp.sum(np.arange(10, dtype=np.int8)).dtype, np.mean(np.arange(4, dtype=np.float32)).dtype",
    "import numpy as np\nnp.sin(np.pi / 2), np.cos(0.0), np.floor(-1.5), np.ceil(np.array([1.2, -1.2])), np.sign([-2, 0, 3])",
    "import numpy as np\nnp.exp(np.arange(3, dtype=np.int8)), np.sqrt(np.array([4], dtype=np.int32))",
    "import numpy as np\nnp.log(np.array([1.0, np.e, 0.0]))",
    "import numpy as np\nnp.add(1, 2), np.multiply([1, 2], 3), np.subtract(5.0, 2), np.divide(1, 4), np.power(2, 10)",
    "import numpy as np\nnp.logical_and([True, False], [True, True]), np.logical_not(np.array([0, 1]))",
    "import numpy as np\nnp.greater(np.arange(4), 1), np.equal([1, 2], [1, 3])",
    "import numpy as np\na = np.arange(5.0)\nnp.exp(a, out=a)\na",
    "import numpy as np\na = np.ones((2, 2))\na *= 3\na -= 1\na /= 4\na",
    "import numpy as np\na = np.arange(4)\na[1:3] = 9\na, a.nonzero()",
    "import numpy as np\na = np.zeros((3, 3), dtype=int)\na[[0, 1, 2], [2, 1, 0]] = [1, 2, 3]\na",
    "import numpy as np\na = np.arange(24).reshape(2, 3, 4)\na[:, [0, 2], 1:3].shape, a[1, ..., -1], a[:, None, :, 0].shape",
    "import numpy as np\nx = np.arange(3)\ny = x[::2]\ny[0] = 100\nx",
    "import numpy as np\nnp.zeros_like(np.arange(3)), np.ones_like(np.zeros((2,), dtype=np.float32)), np.full_like(np.arange(2), 5)",
    "import numpy as np\nnp.empty(0), np.arange(5, 1, -1), np.arange(3, dtype=np.float32), np.linspace(0, 1, 4, endpoint=False)",
    "import numpy as np\nnp.array([[1, 2], [3, 4]], dtype=np.float32).T @ np.array([1, 1], dtype=np.float32)",
    "import numpy as np\nnp.ones(3).dot(np.arange(3.0)), np.dot(2, 3)",
    "import numpy as np\nnp.array(7) + 1, np.array([1, 2])[1] * 1.5",
    "import numpy as np\n3 - np.arange(3), 1 / np.array([2.0, 4.0]), 2.0 * np.float32(1.5), [1, 2] + np.array([1, 1])",
    "import numpy as np\nnp.round(2.5), np.round(-0.5), np.around(np.array([1.234, 5.678]), 1)",
    "import numpy as np\nnp.maximum(np.array([np.nan, 1.0]), 0.0), np.fmax(np.array([np.nan, 1.0]), 0.0)",
    "import numpy as np\nrng = np.random.RandomState(0)\nrng.rand(2, 3), rng.randn(), rng.random_sample((2,)), rng.standard_normal(2)",
    "import numpy as np\nnp.random.seed(10)\nnp.random.normal(5, 2, 3), np.random.uniform(size=2), np.random.binomial(100, 0.3), np.random.permutation([1, 2, 3, 4])",
    "import numpy as np\nnp.random.seed(1)\nnp.random.choice(10, 4, p=[0.1] * 10), np.random.randint(0, 100, (2, 2), dtype=np.int16)",
    "import numpy as np\nnp.array([1.5, np.nan]).astype(int)",
    "import numpy as np\nnp.array([300, -1]).astype(np.uint8), np.array([1e10]).astype(np.float16)",
    "import numpy as np\nnp.array(['a'])" if False else "import numpy as np\nnp.array([[1, 2], [3]], dtype=float)",
    "import numpy as np\nnp.arange(1000.0).reshape(10, 100)",
    "import numpy as np\nnp.array([1e-10, 1.0, 1e10], dtype=np.float32)",
    "import numpy as np\nnp.array([0.1, 0.25], dtype=np.float16) * 3",
    "import numpy as np\nnp.ones((3, 4)) * np.arange(4), np.ones((3, 1)) + np.arange(4)",
    "import numpy as np\nx = np.linspace(-1, 1, 7)\nnp.where(x > 0, x, 0), np.clip(x, -0.5, 0.5), np.abs(x).max()",
    "import numpy as np\nnp.array([[1, 2], [3, 4]]).tolist(), np.float32(0.1).tolist(), np.arange(3)[1].tolist()",
    "import numpy as np\nnp.shape([[1, 2, 3]]), np.ndim(5), np.size(np.zeros((2, 3)))",
    "import numpy as np\nnp.squeeze(np.zeros((2, 3)), axis=0)",
    "import numpy as np\nnp.ones((2, 3)).reshape(3, 2).swapaxes(0, 1).shape, np.ravel(np.eye(2))",
    "import numpy as np\na = np.random.RandomState(0).randn(37, 129)\na.T.sum(), a.sum(axis=0)[:3], a.T.sum(axis=1)[:3], a[:, ::2].sum(), a.T[::3].sum(axis=0)[:2]",
    "import numpy as np\na = np.random.RandomState(1).randn(20, 30, 40)\na.sum(axis=(0, 2))[:3], a.transpose(2, 0, 1).sum(), a.mean(axis=1)[0, :3], a.std(axis=(1, 2))[:2]",
    "import numpy as np\na = np.random.RandomState(2).rand(10000).astype(np.float32)\na.sum(), a.mean(), a.var(), a[::3].sum()",
    "import numpy as np\na = np.random.RandomState(3).randn(3, 5000)\na.sum(axis=1), a.T.sum(axis=0), np.dot(a[0], a[1])",
    "import numpy as np\na = np.arange(24.0).reshape(2, 3, 4)\nb = np.arange(12.0).reshape(3, 4)\nnp.tensordot(a, b, axes=[[1, 2], [0, 1]]), np.tensordot(b, b.T, axes=1).shape, np.tensordot(a, b, 2)",
    "import numpy as np\nnp.array([1.7, 2.2], dtype=np.float), np.array([1.7], dtype=np.int)",
    # Arrays that do not fit in memory: numpy's _ArrayMemoryError (a MemoryError), not a crash.
    "import numpy as np\nnp.ones(10**12)",
    "import numpy as np\ntry:\n    np.ones((100000, 1)) * np.ones(1000000)\nexcept MemoryError as e:\n    print('caught:', e)",
    "import numpy as np\nnp.random.rand(10**10, 10**10)",
    # Strings become numbers of a numeric dtype as Python's float()/int() convert them.
    "import numpy as np\nnp.array(['1.5', ' 2 ', 'inf'], dtype=float), np.array(['1'], dtype=int), np.array(['', 'a'], dtype=bool)",
    "import numpy as np\nnp.array(['a'], dtype=float)",
    "import numpy as np\nnp.asarray([['1.5']], dtype='int32')",
    "import numpy as np\nz = np.complex128(1 + 2j)\ncomplex(z), complex(np.complex64(1 - 1j)), complex(z, 1), complex(np.float64(2.5)), complex(np.int64(3))",
    "import numpy as np\ncomplex(np.array(1 + 2j)), complex(np.array([3.5])), np.array(2j).__complex__()",
    "import numpy as np\ncomplex(np.array([1, 2]))",
]


def run(code):
    out = io.StringIO()
    namespace = {}
    tree = ast.parse(code)
    last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    body = tree.body[:-1] if last is not None else tree.body
    try:
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(ast.Module(body=body, type_ignores=[]), "<snippet>", "exec"), namespace)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), "<snippet>", "eval"), namespace)
                if value is not None:
                    out.write(repr(value) + "\n")
    except Exception as e:
        out.write("".join(traceback.format_exception_only(type(e), e)))
    return out.getvalue()


def main():
    cases = [{"code": code, "output": run(code)} for code in SNIPPETS]
    with open(os.path.join(HERE, "snippets.json"), "w") as f:
        json.dump(cases, f, indent=0)
        f.write("\n")


if __name__ == "__main__":
    main()
