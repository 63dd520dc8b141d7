#!/usr/bin/env python3
"""Generate format_cases.json: (value, spec, CPython 3.11 result) triples for the
format-spec mini-language, from a fixed seed. The Swift FormatSpecTests compare against it.

Each case is [kind, value, spec, output] where kind is "int", "float" or "str", value is the
int, the float's repr, or the string, and output is format(value, spec) or "!Type: message"
when CPython raises.
"""
import json
import os
import random
import sys

rng = random.Random(20261126)
FILLS = ["", "", "", "*", "0", " ", "x", "é"]
ALIGNS = ["", "", "<", ">", "^", "="]
SIGNS = ["", "", "+", "-", " "]
INT_TYPES = ["", "d", "b", "o", "x", "X", "c", "n", "e", "f", "g", "%", "E", "G", "F", "s"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d"]
INTS = [0, 1, -1, 7, 42, -42, 255, 1000, 65535, -123456, 1234567, 2**31, 2**53 + 1,
        9223372036854775807, -9223372036854775808, 10**15, 97, 0x10FFFF]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 0.125, 3.14159265358979, -2.71828,
          1e16, 1e-5, 1e-7, 123456.789, 1234567.0, 9.999999, 0.00099999, 1e100, 1e-100,
          5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"),
          100.0, 99.5, 0.05, 2.675, 1e22, 123.456e5, -0.000123]
STRS = ["", "a", "abc", "héllo", "日本語"]


def spec(types):
    parts = []
    align = rng.choice(ALIGNS)
    if align:
        parts.append(rng.choice(FILLS) + align)
    parts.append(rng.choice(SIGNS))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.25:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([1, 3, 5, 8, 10, 12, 15, 20])))
    if rng.random() < 0.2:
        parts.append(rng.choice([",", "_"]))
    if rng.random() < 0.4:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 10, 17])))
    parts.append(rng.choice(types))
    return "".join(parts)


def run(value, s):
    try:
        return format(value, s)
    except Exception as e:  # noqa: BLE001
        return "!%s: %s" % (type(e).__name__, e)


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("expected outputs must come from CPython 3.11")
    cases = []
    for _ in range(1500):
        v = rng.choice(INTS)
        s = spec(INT_TYPES)
        cases.append(["int", v, s, run(v, s)])
    for _ in range(2000):
        v = rng.choice(FLOATS)
        s = spec(FLOAT_TYPES)
        cases.append(["float", repr(v), s, run(v, s)])
    for _ in range(400):
        v = rng.choice(STRS)
        s = spec(["", "s", "d"])
        cases.append(["str", v, s, run(v, s)])
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, "format_cases.json")
    with open(target, "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
