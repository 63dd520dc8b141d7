import Testing
@testable import MiniPython

@Test func notebookSemanticsPersistAcrossBlocks() {
  let interp = Interpreter()
  #expect(interp.run("x = 2\nprint('a')\nx * 3", file: "doc.md", firstLine: 5).output == "a\n6\n")
  #expect(interp.run("x + 1").output == "3\n")
  #expect(interp.run("None").output == "")
  #expect(interp.run("print(1)\nx.foo").output == "1\nAttributeError: 'int' object has no attribute 'foo'\n")
  #expect(interp.run("y = x").output == "")
}

@Test func syntaxErrorsNameTheDocumentLine() {
  let interp = Interpreter()
  #expect(interp.run("a = 1\nx = = 1", file: "doc.md", firstLine: 12).output == """
      File "doc.md", line 13
        x = = 1
            ^
    SyntaxError: invalid syntax

    """)
  #expect(interp.run("for x in y:\nprint(x)", file: "doc.md", firstLine: 3).errorText == """
      File "doc.md", line 4
        print(x)
        ^^^^^
    IndentationError: expected an indented block after 'for' statement on line 3

    """)
  #expect(interp.run("return 5", file: "doc.md", firstLine: 1).output == """
      File "doc.md", line 1
    SyntaxError: 'return' outside function

    """)
}

@Test func tracebackFramesNameFileLineAndSource() {
  let interp = Interpreter()
  let r = interp.run("def f(x):\n    return 1 / x\n\nf(0)", file: "doc.md", firstLine: 30)
  #expect(r.output == "ZeroDivisionError: division by zero\n")
  #expect(r.traceback.map(\.formatted).joined() == """
      File "doc.md", line 33, in <module>
        f(0)
      File "doc.md", line 31, in f
        return 1 / x

    """)
}

@Test func doctestBlocks() {
  let interp = Interpreter()
  let block = """
    >>> x = [1, 2, 3]
    >>> x
    [1, 2, 3]
    >>> for i in x:
    ...     i * 2
    2
    4
    6
    >>> print('a    b')
    a b
    >>> 1 / 0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> len(x)   # doctest: +SKIP
    99
    >>> list(range(20))
    [0, 1, ..., 19]
    >>> x.nope
    3

    """
  let r = interp.runDoctest(block, file: "doc.md", firstLine: 10)
  #expect(r.examples.map(\.matched) == [true, true, true, true, true, nil, true, false])
  #expect(r.examples.map(\.line) == [10, 11, 13, 18, 20, 24, 26, 28])
  #expect(r.output == """
    [1, 2, 3]
    2
    4
    6
    a    b
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    Traceback (most recent call last):
      ...
    AttributeError: 'list' object has no attribute 'nope'

    """)
}

@Test func limitsEndRunawayCode() {
  let interp = Interpreter()
  interp.limits.maxSteps = 100_000
  #expect(interp.run("while True:\n    pass", file: "doc.md", firstLine: 4).output
    == "TimeoutError: the block at doc.md:4 exceeded its budget of 100000 steps\n")
  #expect(interp.run("try:\n    while True: pass\nexcept BaseException:\n    print('caught')").output.hasPrefix("TimeoutError"))
  #expect(interp.run("def f(n):\n    return f(n + 1)\nf(0)").output == "RecursionError: maximum recursion depth exceeded\n")
  #expect(interp.run("x = [0] * 10**9").output == "MemoryError\n")
  #expect(interp.run("s = 'ab' * 10**9").output == "MemoryError\n")
}

/// A loop of slow steps (each `upper()` of a long string takes milliseconds) ends soon after its
/// deadline: with a clock read only every 16384 steps it ran for minutes.
@Test func timeBudgetEndsLoopsOfSlowSteps() {
  let interp = Interpreter()
  interp.limits.maxSeconds = 0.2
  let start = Interpreter.now()
  let output = interp.run("s = 'x' * 50000\nwhile True:\n    t = s.upper()", file: "doc.md", firstLine: 4).output
  #expect(output == "TimeoutError: the block at doc.md:4 exceeded its time budget of 0.2 seconds\n")
  #expect(Interpreter.now() - start < 2)
  interp.limits.maxSeconds = 5
  #expect(interp.run("print(len(t))").output == "50000\n")
}

/// Building strings scalar by scalar stays linear (`append(contentsOf:)` of a scalar view in a
/// loop copied the whole string every time: 400000 characters took seconds).
@Test func longStringMethodsAreLinear() {
  let start = Interpreter.now()
  #expect(run("s = 'aB' * 200000\nprint(len(s.upper()), len(s.swapcase()), len('%s%s' % (s, s)))")
    == "400000 400000 800000\n")
  #expect(Interpreter.now() - start < 3)
}

@Test func futureImportsOfPython2EraTutorials() {
  #expect(run("from __future__ import print_function, division, absolute_import\nprint(7 / 2)") == "3.5\n")
  #expect(run("import sys\nprint('x', file=sys.stderr)\nsys.stdout.write('out\\n')") == "out\n4\n")
}
