/// Programs that apply every operator and many builtins, methods and `math` functions to the
/// edge values of 64-bit ints, doubles and complex numbers (the fuzz test runs them: no overflow
/// trap may escape).
enum FuzzEdgeValues {
  static let values = [
    "(-9223372036854775807 - 1)", "9223372036854775807", "-1", "0", "1", "2", "63", "64", "-63",
    "1e308", "-1e308", "float('nan')", "float('inf')", "True", "0.5",
    "1j", "-0j", "complex(1e308, -1e308)", "complex(float('nan'), float('inf'))",
  ]

  static let operators = ["+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "/"]

  /// Templates whose `@` placeholders take edge values.
  static let templates = [
    "abs(@)", "-@", "~@", "divmod(@, @)", "pow(@, @, @)", "round(@, @)", "round(@)", "hash(@)",
    "int(@)", "float(@)", "hex(@)", "bin(@)", "oct(@)", "chr(@)", "range(@, @, @)[@]",
    "len(range(@, @, @))", "list(range(@, @, @))[:3]", "[1, 2, 3][@:@:@]", "'abc'[@:@:@]",
    "'abc'[@]", "format(@, 'x')", "format(@, ',')", "format(@, '.3e')",
    "'%d %x %o %e' % (@, @, @, @)", "'%c' % @", "'%*d' % (@, 1)", "'%.*f' % (@, 1.0)",
    "math.gcd(@, @)", "math.lcm(@, @)", "math.comb(@, @)", "math.perm(@, @)", "math.factorial(@)",
    "math.isqrt(@)", "math.ldexp(1.0, @)", "math.floor(@)", "math.ceil(@)", "math.log(@, @)",
    "math.pow(@, @)", "math.fsum([@, @])", "math.prod([@, @])", "math.hypot(@, @)",
    "math.fmod(@, @)", "(@).bit_length()", "[0, 1].pop(@)", "(lambda l: l.insert(@, 5) or l)([1, 2])",
    "'abc'.find('b', @, @)", "'abc'.center(@)", "'abc'.zfill(@)", "'a\\tb'.expandtabs(@)",
    "'abc'.split('b', @)", "'abc'.replace('b', 'x', @)", "[3, 1, 2].index(1, @, @)", "sum([@, @])",
    "sorted([@, @, @])", "[@] * @", "'ab' * @", "list(enumerate([1, 2], @))", "@ < @ < @",
    "round(@, @)", "'{:>{}}'.format('a', @)", "'%0*d' % (@, @)", "range(@, @)[@:@:@]",
    "(lambda a: a.__delitem__(slice(@, @, @)) or a)([1, 2, 3])", "sum(range(@, @, @))",
    "complex(@, @)", "complex(@).conjugate()", "format(@, '.2f')", "format(@, '>20')", "{@: 1}[@]",
    "cmath.sqrt(@)", "cmath.exp(@)", "cmath.log(@, @)", "cmath.atanh(@)", "cmath.acos(@)",
    "cmath.tan(@)", "cmath.cosh(@)", "cmath.rect(@, @)", "cmath.polar(@)", "cmath.isclose(@, @)",
  ]

  /// Every binary operator on every pair of edge values, and `perTemplate` random fillings of
  /// each template, from a fixed seed.
  static func programs(perTemplate: Int) -> [String] {
    var out: [String] = []
    for a in values {
      for b in values {
        for op in operators { out.append("\(a) \(op) \(b)") }
      }
    }
    var generator = FuzzPrograms.Generator(state: 64)
    for template in templates {
      for _ in 0..<perTemplate {
        var program = "import math, cmath\n"
        for c in template {
          program += c == "@" ? values.randomElement(using: &generator) ?? "0" : String(c)
        }
        out.append(program)
      }
    }
    return out
  }
}
