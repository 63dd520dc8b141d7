import Testing
@testable import MiniPython

/// A native 2-D vector: the Swift payload of a Python object of class `geom.Vec`.
final class Vec: PyObject {
  var x = 0.0
  var y = 0.0
}

/// Builds the `geom` module: a `Vec` class with operators, indexing, iteration, repr and a
/// module-defined exception class, plus a function that calls back into Python.
func makeGeom(_ interp: Interpreter) throws -> PyModule {
  let m = PyModule(name: "geom")
  let error = ExceptionTypes.define("GeomError", module: "geom.errors", base: ExceptionTypes.valueError)
  let vec = PyType(name: "Vec", module: "geom", base: nil) { Vec(type: $0) }
  func make(_ x: Double, _ y: Double) -> PyValue {
    let v = Vec(type: vec)
    v.x = x
    v.y = y
    return .object(v)
  }
  func this(_ a: Arguments) throws -> Vec { try a.receiver(as: Vec.self, method: "Vec") }
  func other(_ a: Arguments) -> Vec? { a.positional.count > 1 ? a.positional[1].object as? Vec : nil }
  func number(_ interp: Interpreter, _ v: PyValue) throws -> Double {
    guard let d = v.numericValue else { throw PyException.typeError("expected a number, got \(v.typeName)") }
    return d
  }
  vec.defineMethod("__init__") { interp, a in
    let p = try a.unpack("Vec", ["self", "x?", "y?"])
    let v = try this(a)
    v.x = try p[1].map { try number(interp, $0) } ?? 0
    v.y = try p[2].map { try number(interp, $0) } ?? 0
    return .none
  }
  vec.defineMethod("__add__") { _, a in
    guard let o = other(a) else { return BuiltinTypes.notImplemented }
    let v = try this(a)
    return make(v.x + o.x, v.y + o.y)
  }
  vec.defineMethod("__sub__") { _, a in
    guard let o = other(a) else { return BuiltinTypes.notImplemented }
    let v = try this(a)
    return make(v.x - o.x, v.y - o.y)
  }
  vec.defineMethod("__mul__") { interp, a in
    guard let k = a.positional[1].numericValue else { return BuiltinTypes.notImplemented }
    let v = try this(a)
    return make(v.x * k, v.y * k)
  }
  vec.members["__rmul__"] = vec.members["__mul__"]
  vec.defineMethod("__neg__") { _, a in
    let v = try this(a)
    return make(-v.x, -v.y)
  }
  vec.defineMethod("__eq__") { _, a in
    guard let o = other(a) else { return BuiltinTypes.notImplemented }
    let v = try this(a)
    return .bool(v.x == o.x && v.y == o.y)
  }
  vec.defineMethod("__hash__") { _, a in
    let v = try this(a)
    return .int(v.x.hashValue ^ v.y.hashValue)
  }
  vec.defineMethod("__len__") { _, _ in .int(2) }
  vec.defineMethod("__getitem__") { interp, a in
    let v = try this(a)
    switch try interp.index(a.positional[1]) {
    case 0, -2: return .float(v.x)
    case 1, -1: return .float(v.y)
    default: throw PyException.indexError("Vec index out of range")
    }
  }
  vec.defineMethod("__setitem__") { interp, a in
    let v = try this(a)
    let value = try number(interp, a.positional[2])
    switch try interp.index(a.positional[1]) {
    case 0: v.x = value
    case 1: v.y = value
    default: throw PyException.indexError("Vec assignment index out of range")
    }
    return .none
  }
  vec.defineMethod("__iter__") { _, a in
    let v = try this(a)
    return .object(SequenceIterator([.float(v.x), .float(v.y)]))
  }
  vec.defineMethod("__repr__") { interp, a in
    let v = try this(a)
    return .str("Vec(\(Repr.float(v.x)), \(Repr.float(v.y)))")
  }
  vec.defineMethod("__bool__") { _, a in
    let v = try this(a)
    return .bool(v.x != 0 || v.y != 0)
  }
  vec.defineProperty("norm") { _, s in
    guard let v = s.object as? Vec else { throw PyException.typeError("not a Vec") }
    return .float((v.x * v.x + v.y * v.y).squareRoot())
  }
  vec.defineProperty(
    "x", get: { _, s in .float((s.object as? Vec)?.x ?? 0) },
    set: { interp, s, value in (s.object as? Vec)?.x = try number(interp, value) })
  vec.defineAttribute("dims", .int(2))
  vec.defineMethod("normalized") { interp, a in
    let v = try this(a)
    let n = (v.x * v.x + v.y * v.y).squareRoot()
    if n == 0 { throw PyException(error, "cannot normalize the zero vector") }
    return make(v.x / n, v.y / n)
  }
  // Native code calling a method that a Python subclass may override.
  vec.defineMethod("describe") { interp, a in
    let label = try interp.callMethod(a.receiver, "label", Arguments())
    return .str("<\(try interp.str(label)) \(try interp.repr(a.receiver))>")
  }
  vec.defineMethod("label") { _, _ in .str("vector") }
  m.defineClass(vec)
  m["GeomError"] = .object(error)
  m.defineFunction("apply") { interp, a in
    let p = try a.unpack("apply", ["f", "v", "*", "times?"])
    var v = p[1]!
    for _ in 0..<(try p[2].map { try interp.index($0) } ?? 1) { v = try interp.call(p[0]!, Arguments([v])) }
    return v
  }
  m.defineFunction("where") { interp, _ in .str(interp.formatStack()) }
  return m
}

func geomInterpreter() -> Interpreter {
  let interp = Interpreter()
  interp.registerModule("geom", factory: makeGeom)
  interp.registerModule("geom.errors") { interp in
    let m = PyModule(name: "geom.errors")
    m["GeomError"] = try interp.getAttribute(.object(try interp.importModule("geom")), "GeomError")
    return m
  }
  return interp
}

@Test func nativeClassOperatorsAndProtocols() {
  let interp = geomInterpreter()
  let out = interp.run("""
  import geom
  from geom import Vec
  a = Vec(1, 2)
  b = Vec(0.5, -1)
  print(a + b, a - b, a * 2, 3 * a, -a)
  print(a == Vec(1, 2), a != b, len(a), a[0], a[-1], list(a), bool(Vec()))
  x, y = a
  a[1] = 5
  print(x, y, a, a.norm, Vec.dims, a.dims)
  a.x = 3
  print(a.x, {a: 'first'}[Vec(3, 5)], a in [Vec(3, 5)])
  print(geom.apply(lambda v: v * 2, a, times=3))
  a + 1
  """).output
  #expect(out == """
  Vec(1.5, 1.0) Vec(0.5, 3.0) Vec(2.0, 4.0) Vec(3.0, 6.0) Vec(-1.0, -2.0)
  True True 2 1.0 2.0 [1.0, 2.0] False
  1.0 2.0 Vec(1.0, 5.0) 5.0990195135927845 2 2
  3.0 first True
  Vec(24.0, 40.0)
  TypeError: unsupported operand type(s) for +: 'Vec' and 'int'

  """)
}

@Test func nativeExceptionsAreQualified() {
  let interp = geomInterpreter()
  let r = interp.run("from geom import Vec\nVec().normalized()", file: "doc.md", firstLine: 10)
  #expect(r.output == "geom.errors.GeomError: cannot normalize the zero vector\n")
  #expect(r.errorTypeName == "geom.errors.GeomError")
  #expect(interp.run("""
  import geom
  try:
      geom.Vec().normalized()
  except ValueError as e:
      print(type(e).__name__, e)
  """).output == "GeomError cannot normalize the zero vector\n")
  #expect(interp.run("geom.Vec()[5]").output == "IndexError: Vec index out of range\n")
  #expect(interp.run("geom.apply(1)").output == "TypeError: apply() missing 1 required positional argument: 'v'\n")
}

@Test func pythonSubclassOfNativeClass() {
  let interp = geomInterpreter()
  let out = interp.run("""
  import geom
  class Named(geom.Vec):
      kind = 'named'
      def __init__(self, name, x, y):
          super().__init__(x, y)
          self.name = name
      def label(self):
          return self.name + '/' + self.kind
  n = Named('p', 3, 4)
  print(n.describe(), n.norm, isinstance(n, geom.Vec), n + n)
  print(geom.Vec(1, 1).describe())
  """).output
  #expect(out == "<p/named Vec(3.0, 4.0)> 5.0 True Vec(6.0, 8.0)\n<vector Vec(1.0, 1.0)>\n")
}

@Test func submodulesAndImports() {
  let interp = geomInterpreter()
  let out = interp.run("""
  import geom.errors as E
  import geom.errors
  from geom.errors import GeomError
  print(E.GeomError is GeomError, geom.errors is E, GeomError.__module__)
  import os
  """).output
  #expect(out == "True True geom.errors\nModuleNotFoundError: No module named 'os'\n")
}

@Test func callStackIsVisibleToNativeCode() {
  let interp = geomInterpreter()
  let r = interp.run("import geom\ndef f():\n    return geom.where()\ns = f()", file: "doc.md", firstLine: 20)
  #expect(r.output == "")
  #expect(interp.run("print(s, end='')").output == """
    File "doc.md", line 23, in <module>
      s = f()
    File "doc.md", line 22, in f
      return geom.where()

  """)
}

/// The public complex-number API: a native function receives Python numbers as complex parts
/// and returns `complex` values that Python arithmetic and repr treat as its own.
@Test func nativeComplexValues() throws {
  let interp = Interpreter()
  interp.registerModule("cx") { _ in
    let m = PyModule(name: "cx")
    m.defineFunction("swap") { _, a in
      guard let z = a.positional[0].complexParts else { throw PyException.typeError("not a number") }
      return .complex(z.imag, z.real)
    }
    m.defineFunction("kind") { _, a in .str(a.positional[0].isComplex ? "complex" : "real") }
    return m
  }
  let r = interp.run("import cx\nprint(cx.swap(1+2j), cx.swap(3), cx.swap(True), cx.kind(1j), cx.kind(2.0))\ncx.swap(2.5) * 2j",
                     file: "t.py", firstLine: 1)
  #expect(r.output == "(2+1j) 3j 1j complex real\n(-5+0j)\n")
  #expect(PyValue.complex(1, -0.0).complexValue! == (1, -0.0))
  #expect(PyValue.int(3).complexValue == nil)
  #expect(try interp.repr(.complex(0, -1)) == "-1j")
}
