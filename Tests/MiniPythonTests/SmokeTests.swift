import Testing
@testable import MiniPython

@Test func smoke0() throws {
  let toks = try Lexer.tokenize("x = 1 + 2\n")
  #expect(toks.count == 7)
  let m = try Parser.parseModule("x = 1 + 2\nprint(x)\n")
  #expect(m.count == 2)
  #expect(run("print(1)") == "1\n")
}

@Test func smoke() {
  let out = run("""
  x = 1 + 2
  print(x, 'hi', 3.5, [1, 2], {'a': (1,)}, None)
  def f(a, b=2, *args, k=3, **kw):
      return a + b + k + len(args) + len(kw)
  print(f(1), f(1, 2, 3, k=4, z=5))
  class A:
      def __init__(self, v):
          self.v = v
      def __repr__(self):
          return f"A({self.v!r})"
  class B(A):
      def __init__(self):
          super().__init__('b')
  [A(1), B()]
  """)
  #expect(out == "3 hi 3.5 [1, 2] {'a': (1,)} None\n6 9\n[A(1), A('b')]\n")
}
