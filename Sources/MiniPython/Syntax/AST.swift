/// The syntax tree, with CPython `ast` node names.
///
/// Expressions and statements carry their source location; the tree is a value type.

/// A literal constant (`ast.Constant`).
public enum Constant: Sendable {
  case none, ellipsis
  case bool(Bool)
  case int(Int)
  /// An integer literal beyond 64 bits: evaluating it raises `OverflowError`.
  case bigInt(String)
  case float(Double)
  case imaginary(Double)
  case str(String)
  case bytes(String)
}

/// `ast.operator`: binary arithmetic operators.
public enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+", sub = "-", mult = "*", matMult = "@", div = "/", mod = "%", pow = "**"
  case lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&", floorDiv = "//"
}

/// `ast.unaryop`.
public enum UnaryOperator: String, Sendable {
  case invert = "~", not = "not", uAdd = "+", uSub = "-"
}

/// `ast.boolop`.
public enum BooleanOperator: Sendable {
  case and, or
}

/// `ast.cmpop`.
public enum ComparisonOperator: String, Sendable {
  case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
  case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

/// An expression node with its location.
public struct Expr: Sendable {
  /// The node.
  public var kind: ExprKind
  /// Where it starts.
  public var location: SourceLocation
}

/// `ast.expr` node kinds. Only the cases that hold an expression by value are boxed: names,
/// constants and the list-like nodes (the most common) stay inline.
public enum ExprKind: Sendable {
  case boolOp(BooleanOperator, [Expr])
  indirect case namedExpr(target: String, value: Expr)
  indirect case binOp(Expr, BinaryOperator, Expr)
  indirect case unaryOp(UnaryOperator, Expr)
  indirect case lambda(FunctionArguments, Expr)
  indirect case ifExp(test: Expr, body: Expr, orelse: Expr)
  /// A `nil` key is a `**mapping` entry.
  case dict(keys: [Expr?], values: [Expr])
  case set([Expr])
  indirect case listComp(Expr, [Comprehension])
  indirect case setComp(Expr, [Comprehension])
  indirect case dictComp(key: Expr, value: Expr, [Comprehension])
  indirect case generatorExp(Expr, [Comprehension])
  indirect case yield(Expr?)
  indirect case yieldFrom(Expr)
  indirect case compare(Expr, [ComparisonOperator], [Expr])
  indirect case call(Expr, args: [Expr], keywords: [KeywordArgument])
  /// `conversion` is `s`, `r`, `a` or nil.
  indirect case formattedValue(Expr, conversion: Character?, formatSpec: Expr?)
  case joinedStr([Expr])
  case constant(Constant)
  indirect case attribute(Expr, String)
  indirect case `subscript`(Expr, Expr)
  indirect case starred(Expr)
  case name(String)
  case list([Expr])
  case tuple([Expr])
  indirect case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// `ast.keyword`: `name=value`, or `**value` when `name` is nil.
public struct KeywordArgument: Sendable {
  public var name: String?
  public var value: Expr
}

/// `ast.comprehension`.
public struct Comprehension: Sendable {
  public var target: Expr
  public var iter: Expr
  public var ifs: [Expr]
}

/// `ast.arg` (annotations are parsed and dropped).
public struct Parameter: Sendable {
  public var name: String
  public var location: SourceLocation
}

/// `ast.arguments`.
public struct FunctionArguments: Sendable {
  public var posOnly: [Parameter] = []
  public var args: [Parameter] = []
  public var vararg: Parameter?
  public var kwOnly: [Parameter] = []
  /// Defaults of keyword-only parameters, nil where there is none.
  public var kwDefaults: [Expr?] = []
  public var kwarg: Parameter?
  /// Defaults of the last positional parameters.
  public var defaults: [Expr] = []
}

/// `ast.alias`.
public struct Alias: Sendable {
  public var name: String
  public var asName: String?
  public var location: SourceLocation
}

/// `ast.withitem`.
public struct WithItem: Sendable {
  public var contextExpr: Expr
  public var optionalVars: Expr?
}

/// `ast.excepthandler`.
public struct ExceptHandler: Sendable {
  public var type: Expr?
  public var name: String?
  public var body: [Stmt]
  public var location: SourceLocation
}

/// A statement node with its location.
public struct Stmt: Sendable {
  /// The node.
  public var kind: StmtKind
  /// Where it starts.
  public var location: SourceLocation
}

/// `ast.stmt` node kinds.
public indirect enum StmtKind: Sendable {
  case functionDef(name: String, args: FunctionArguments, body: [Stmt], decorators: [Expr])
  case classDef(name: String, bases: [Expr], keywords: [KeywordArgument], body: [Stmt], decorators: [Expr])
  case `return`(Expr?)
  case delete([Expr])
  case assign(targets: [Expr], value: Expr)
  case augAssign(target: Expr, op: BinaryOperator, value: Expr)
  case annAssign(target: Expr, annotation: Expr, value: Expr?)
  case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
  case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
  case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
  case with([WithItem], body: [Stmt])
  case raise(exc: Expr?, cause: Expr?)
  case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
  case assert(test: Expr, msg: Expr?)
  case `import`([Alias])
  case importFrom(module: String?, names: [Alias], level: Int)
  case global([String])
  case nonlocal([String])
  case expr(Expr)
  case pass
  case `break`
  case `continue`
}
