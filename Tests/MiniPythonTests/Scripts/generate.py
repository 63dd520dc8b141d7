#!/usr/bin/env python3
"""Generate the expected outputs of the MiniPython conformance corpus with CPython 3.11.

Every `<topic>.py` file in this directory holds snippets. A snippet starts with a line
`# --- <name>` and runs until the next such line; its code is the lines in between with
trailing blank lines removed. Each snippet runs in a fresh namespace with the notebook
convention of ../../../../shared/oracle/README.md (and oracle.py):

  * output = everything printed to stdout, then `repr(value)` + newline when the last
    statement is an expression whose value is not None;
  * on an exception (a SyntaxError included) the stdout so far followed by
    `"".join(traceback.format_exception_only(type(e), e))`.

Code is compiled under the file name `<topic>.py` with the file's own line numbers, so a
SyntaxError names the line of the topic file.

A snippet may instead state its expected output with leading `# expect: <line>` comment
lines (one per output line). That is only for the deliberate deviations from CPython that
DEVIATIONS.md lists (64-bit integers: OverflowError where CPython computes a bigger int).

The result is written to `<topic>.expected.json`: a list of {name, line, code, output}
where `line` is the 1-based line of the first code line in the topic file. Each topic runs
twice in child processes with different hash seeds; a snippet whose output differs between
the runs (set order of strings, ids) is an error. The Swift tests read only the JSON files.

Usage: python3 generate.py            (all topics)
       python3 generate.py strings    (only strings.py)
"""
import ast
import io
import json
import os
import subprocess
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
SEPARATOR = "# --- "
EXPECT = "# expect: "


def parse_topic(path):
    """Split a topic file into snippets: [{name, line, code, expect}]."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    snippets = []
    current = None
    for number, text in enumerate(lines, start=1):
        if text.startswith(SEPARATOR):
            current = {"name": text[len(SEPARATOR):].strip(), "line": number + 1,
                       "lines": [], "expect": None}
            snippets.append(current)
        elif current is not None:
            if not current["lines"] and text.startswith(EXPECT):
                current["expect"] = (current["expect"] or "") + text[len(EXPECT):] + "\n"
                current["line"] = number + 1
            else:
                current["lines"].append(text)
    names = set()
    for s in snippets:
        while s["lines"] and not s["lines"][-1].strip():
            s["lines"].pop()
        s["code"] = "\n".join(s["lines"]) + "\n"
        del s["lines"]
        if s["name"] in names:
            raise SystemExit("%s: duplicate snippet name %r" % (path, s["name"]))
        names.add(s["name"])
    return snippets


def run_snippet(code, filename, first_line):
    """Run one snippet like oracle.py runs a plain block; return its output text."""
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    value = None
    err = None
    try:
        src = "\n" * (first_line - 1) + code
        try:
            tree = ast.parse(src, filename, "exec")
        except SyntaxError as e:
            err = e
        if err is None:
            body = tree.body
            last = None
            if body and isinstance(body[-1], ast.Expr):
                last = body.pop()
            try:
                exec(compile(ast.Module(body=body, type_ignores=[]), filename, "exec",
                             dont_inherit=True), namespace)
                if last is not None:
                    value = eval(compile(ast.Expression(last.value), filename, "eval",
                                         dont_inherit=True), namespace)
                    if value is not None:
                        value = repr(value)
            except BaseException as e:  # noqa: BLE001 -- every Python error is output
                err = e
    finally:
        sys.stdout = saved
    text = out.getvalue()
    if err is not None:
        text += "".join(traceback.format_exception_only(type(err), err))
    elif value is not None:
        text += value + "\n"
    return text


def child(topic_path):
    """Child-process entry: print the outputs of a topic's snippets as JSON."""
    sys.setrecursionlimit(1000)
    filename = os.path.basename(topic_path)
    outputs = [run_snippet(s["code"], filename, s["line"]) for s in parse_topic(topic_path)]
    sys.stdout.write(json.dumps(outputs))


def outputs_with_seed(topic_path, seed):
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    done = subprocess.run([sys.executable, __file__, "--child", topic_path], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def generate(topic_path):
    snippets = parse_topic(topic_path)
    first = outputs_with_seed(topic_path, 1)
    second = outputs_with_seed(topic_path, 2)
    records = []
    for s, a, b in zip(snippets, first, second):
        if a != b:
            raise SystemExit("%s: snippet %r is not deterministic" % (topic_path, s["name"]))
        output = a
        if s["expect"] is not None:
            if output == s["expect"]:
                raise SystemExit("%s: snippet %r declares an expectation CPython already meets"
                                 % (topic_path, s["name"]))
            output = s["expect"]
        records.append({"name": s["name"], "line": s["line"], "code": s["code"],
                        "output": output})
    target = topic_path[:-len(".py")] + ".expected.json"
    with open(target, "w", encoding="utf-8") as f:
        json.dump(records, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return len(records)


def main(argv):
    if len(argv) == 2 and argv[0] == "--child":
        child(argv[1])
        return
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("expected outputs must come from CPython 3.11")
    topics = sorted(f for f in os.listdir(HERE)
                    if f.endswith(".py") and f != os.path.basename(__file__))
    if argv:
        topics = [t for t in topics if t[:-3] in argv]
    total = 0
    for topic in topics:
        count = generate(os.path.join(HERE, topic))
        print("%-28s %4d snippets" % (topic, count))
        total += count
    print("%-28s %4d snippets" % ("total", total))


if __name__ == "__main__":
    main(sys.argv[1:])
