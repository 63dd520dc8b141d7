/// Deterministic generation of hostile programs for the fuzz test: mutations of corpus
/// snippets (tokens and lines deleted, duplicated or swapped, random bytes), pathological
/// nesting and repetition, and runaway computations.
struct FuzzPrograms {
  /// SplitMix64: a small deterministic generator, so every run tests the same programs.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  var generator: Generator

  init(seed: UInt64) {
    generator = Generator(state: seed)
  }

  /// Pieces a mutation inserts: operators, keywords, brackets, quotes, odd characters.
  static let fragments = [
    "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%",
    "@", "<<", ">>", "&", "|", "^", "~", "not", "and", "or", "in", "is", "lambda", "if", "else",
    "for", "while", "def", "class", "return", "yield", "try", "except", "finally", "with", "as",
    "import", "from", "global", "nonlocal", "del", "pass", "break", "continue", "raise", "assert",
    "async", "await", "'", "\"", "'''", "f'", "f'{", "}'", "\\", "\n", "\t", "    ", "#", ";",
    "0", "-1", "1e999", "9223372036854775807", "0x", "1_", "None", "True", "...", "*args",
    "**kw", "1j", "2.5J", "1e999j", "0j", "\u{0}", "\u{FEFF}", "é", "\u{202E}", "\r", "\u{85}", "$", "?", "!", "`",
  ]

  /// Splits code into rough tokens (identifier/number runs, single other characters).
  static func tokens(_ code: String) -> [String] {
    var result: [String] = []
    var current = ""
    for c in code {
      if c.isLetter || c.isNumber || c == "_" {
        current.append(c)
      } else {
        if !current.isEmpty { result.append(current) }
        current = ""
        result.append(String(c))
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// One random mutation of `code`.
  mutating func mutate(_ code: String) -> String {
    var toks = Self.tokens(code)
    var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    switch Int.random(in: 0..<9, using: &generator) {
    case 0 where !toks.isEmpty:
      toks.remove(at: Int.random(in: toks.indices, using: &generator))
    case 1 where !toks.isEmpty:
      let i = Int.random(in: toks.indices, using: &generator)
      toks.insert(toks[i], at: i)
    case 2 where toks.count > 1:
      toks.swapAt(
        Int.random(in: toks.indices, using: &generator), Int.random(in: toks.indices, using: &generator))
    case 3:
      toks.insert(
        Self.fragments.randomElement(using: &generator) ?? "(",
        at: Int.random(in: 0...toks.count, using: &generator))
    case 4 where !lines.isEmpty:
      lines.remove(at: Int.random(in: lines.indices, using: &generator))
      return lines.joined(separator: "\n")
    case 5 where !lines.isEmpty:
      let i = Int.random(in: lines.indices, using: &generator)
      lines.insert(lines[i], at: i)
      return lines.joined(separator: "\n")
    case 6 where lines.count > 1:
      lines.swapAt(
        Int.random(in: lines.indices, using: &generator), Int.random(in: lines.indices, using: &generator))
      return lines.joined(separator: "\n")
    case 7:
      var bytes = Array(code.utf8)
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        bytes.insert(UInt8.random(in: 0...255, using: &generator), at: Int.random(in: 0...bytes.count, using: &generator))
      }
      return String(decoding: bytes, as: UTF8.self)
    default:
      let cut = Int.random(in: 0...code.count, using: &generator)
      return String(code.prefix(cut))
    }
    return toks.joined()
  }

  /// `count` mutants of `code`, each with one to three mutations.
  mutating func mutants(of code: String, count: Int) -> [String] {
    (0..<count).map { _ in
      var m = code
      for _ in 0..<Int.random(in: 1...3, using: &generator) { m = mutate(m) }
      return m
    }
  }

  /// Programs that stress the parser's and the interpreter's limits.
  static let pathological: [String] = {
    let deep = 10_000
    return [
      String(repeating: "(", count: deep) + "1" + String(repeating: ")", count: deep),
      String(repeating: "(", count: deep),
      String(repeating: "[", count: deep) + String(repeating: "]", count: deep),
      String(repeating: "{", count: deep),
      String(repeating: "-", count: deep) + "1",
      String(repeating: "not ", count: deep) + "x",
      "x = " + String(repeating: "1 + ", count: deep) + "1",
      "x = " + String(repeating: "2 ** ", count: deep) + "1",
      "x = " + String(repeating: "a.", count: deep) + "b",
      "x = a" + String(repeating: "[0]", count: deep),
      "f" + String(repeating: "()", count: deep),
      String(repeating: "lambda: ", count: deep) + "0",
      "x = " + String(repeating: "1 if 1 else ", count: deep) + "1",
      "x = [" + String(repeating: "1, ", count: 20_000) + "]",
      String(repeating: "x = 1\n", count: 20_000),
      (0..<300).map { String(repeating: " ", count: $0) + "if True:\n" }.joined()
        + String(repeating: " ", count: 300) + "pass",
      (0..<300).map { String(repeating: "    ", count: $0) + "def f():\n" }.joined()
        + String(repeating: "    ", count: 300) + "pass",
      "f'{" + String(repeating: "(", count: deep) + "}'",
      "'" + String(repeating: "\\", count: deep),
      String(repeating: "\"\"\"", count: 1001),
      String(repeating: "#", count: 100_000),
      "x = '" + String(repeating: "a", count: 1_000_000) + "'",
      "x = " + String(repeating: "9", count: 10_000),
      "x = 1." + String(repeating: "5", count: 10_000) + "e" + String(repeating: "9", count: 50),
      "while True: pass",
      "while True:\n    x = [0] * 100",
      "x = []\nwhile True:\n    x.append(x)",
      "x = 'a'\nwhile True:\n    x = x + x",
      "x = [0] * (2 ** 62)",
      "x = 'ab' * (2 ** 40)",
      "x = 'ab' * (2 ** 62)",
      "x = [0, 0] * (2 ** 62)",
      "x = (0, 0, 0) * (2 ** 62)",
      "{'a': 1}.keys() | {'b': 2}.items()",
      "def f(n):\n    return f(n + 1)\nf(0)",
      "def f():\n    return [f() for _ in range(2)]\nf()",
      "class A:\n    def __repr__(self):\n        return repr(self)\nA()",
      "class A:\n    def __getattr__(self, n):\n        return self.x\nA().y",
      "class A:\n    def __eq__(self, o):\n        return self == o\nA() == A()",
      "x = []\nx.append(x)\nstr(x) * 1000",
      "d = {}\nd[1] = d\nd",
      "import math\nmath.factorial(10 ** 18)",
      "sum(range(10 ** 18))",
      "list(range(10 ** 18))",
      "sorted(range(10 ** 9))",
      "'%s' * 20000 % tuple(range(20000))",
      "format(1.0, '99999999999')",
      "format(1.0, '.99999999f')",
      "'{:9999999999}'.format(1)",
      "'x'.center(10 ** 12)",
      "'x'.zfill(2 ** 62)",
      "'ab'.replace('', 'x' * 100000) * 100",
      "g = (x for x in range(10))\ndef f():\n    yield from g\n    next(g)\nlist(f())",
      "def g():\n    yield from g()\nlist(g())",
      "x = 1\nfor i in range(100000):\n    x = x * 3 % 1000003\nx",
      "exec('1')",
      "open('/etc/passwd')",
      "__import__('os').system('true')",
      "import sys\nsys.exit(1)",
      "raise SystemExit",
      "raise KeyboardInterrupt",
      "raise BaseException('x')",
      "try:\n    raise\nexcept:\n    raise",
      "del __builtins__\nprint(1)",
      "print = 5\nprint(1)",
      "int('1' * 5000)",
      "float('9' * 400)",
      "chr(-1)",
      "2 ** -1074 / 2",
      "(-1) ** 0.5",
      "1 << 10 ** 18",
      "-9223372036854775807 - 1 // -1",
      "abs(-9223372036854775807 - 1)",
      "(-9223372036854775807 - 1) % -1",
      "divmod(-9223372036854775807 - 1, -1)",
      "hash(-1.0), hash(float('nan')), hash(float('inf'))",
      "round(1e308, -400), round(1.5, 400), round(123, -30)",
      "'%.400f' % 1.0",
      "'{:,}'.format(-9223372036854775807 - 1)",
      "range(-9223372036854775807 - 1, 9223372036854775807)[::-1][0]",
      "len(range(-9223372036854775807 - 1, 9223372036854775807))",
      "[1, 2, 3][9223372036854775807:-9223372036854775807 - 1:-9223372036854775807 - 1]",
      "'abc'[::-9223372036854775807 - 1]",
      "[0] * -5, 'a' * -9223372036854775807",
    ]
  }()
}
