// Package python is flaskguard's Python front end. It parses source with
// tree-sitter-python and converts the concrete syntax tree into the small,
// typed syntax tree defined here, so that rules and analyses work with Go
// values (calls, attributes, assignments, strings with their literal values,
// decorators) and never with raw tree-sitter node kinds. The tree-sitter tree
// is freed as soon as the conversion is done, which keeps cgo out of every
// analysis and lets the garbage collector own the memory.
package python

// Pos is a position in a source file: 1-based line, 1-based byte column, and
// the 0-based byte offset.
type Pos struct {
	Line, Col, Offset int32
}

// Span is the half-open source range [Start, End) of a node.
type Span struct {
	Start, End Pos
}

// Node is any node of the syntax tree.
type Node interface {
	// Kind tells the node's type without a type switch, for rule dispatch.
	Kind() Kind
	// Span is where the node is in the source.
	Span() Span
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Kind enumerates the node types, so that rules can declare which ones they visit.
type Kind uint8

// The node kinds. Keep in step with the types below.
const (
	KindInvalid Kind = iota
	// Expressions.
	KindName
	KindAttribute
	KindCall
	KindString
	KindNumber
	KindConstant
	KindBinOp
	KindUnaryOp
	KindBoolOp
	KindCompare
	KindSubscript
	KindSlice
	KindList
	KindTuple
	KindSet
	KindDict
	KindComprehension
	KindLambda
	KindIfExp
	KindNamedExpr
	KindStarred
	KindAwait
	KindYield
	KindBadExpr
	// Statements.
	KindModule
	KindExprStmt
	KindAssign
	KindFunctionDef
	KindClassDef
	KindReturn
	KindIf
	KindFor
	KindWhile
	KindWith
	KindTry
	KindImport
	KindImportFrom
	KindRaise
	KindSimple
	KindDelete
	KindAssert
	KindGlobal
	KindMatch
	KindTypeAlias
	KindBadStmt
	kindCount
)

// KindCount is the number of node kinds, for tables indexed by Kind.
const KindCount = int(kindCount)

// base carries the span every node has.
type base struct{ Loc Span }

// Span returns where the node is in the source.
func (b *base) Span() Span { return b.Loc }

// ---- Expressions ----

// Name is an identifier used as a value: `app`.
type Name struct {
	base
	ID string
}

// Attribute is `Value.Attr`.
type Attribute struct {
	base
	Value Expr
	Attr  string
	// AttrSpan is the span of the attribute name alone.
	AttrSpan Span
}

// Arg is one argument of a call, or one base/keyword of a class definition.
type Arg struct {
	// Name is the keyword for `name=value`, empty for positional arguments.
	Name string
	// Star is 1 for `*value`, 2 for `**value`, 0 otherwise.
	Star  int
	Value Expr
	Loc   Span
}

// Call is `Func(Args...)`.
type Call struct {
	base
	Func Expr
	Args []Arg
}

// String is a string or bytes literal, including f-strings and implicitly
// concatenated literals (`"a" "b"`), which appear as one String.
type String struct {
	base
	// Value is the decoded literal value with escapes processed. For an
	// f-string, each replacement field contributes nothing to Value.
	Value string
	Bytes bool
	// Interpolations are the expressions in the replacement fields of an
	// f-string, in source order. A String without them is a constant.
	Interpolations []Expr
	// FString is true when any part is an f-string, even one with no fields.
	FString bool
}

// IsConstant reports whether the string's value is fully known statically.
func (s *String) IsConstant() bool { return len(s.Interpolations) == 0 }

// Number is an integer, float or imaginary literal, as written.
type Number struct {
	base
	Text string
}

// ConstantKind tells which keyword constant a Constant is.
type ConstantKind uint8

// The keyword constants.
const (
	True ConstantKind = iota + 1
	False
	None
	Ellipsis
)

// Constant is True, False, None or `...`.
type Constant struct {
	base
	Value ConstantKind
}

// BinOp is `Left Op Right` for arithmetic and bitwise operators; Op is the
// operator as written ("+", "%", "//", "@", ...).
type BinOp struct {
	base
	Op          string
	Left, Right Expr
}

// UnaryOp is `Op Operand` for "not", "-", "+" and "~".
type UnaryOp struct {
	base
	Op      string
	Operand Expr
}

// BoolOp is `Left and Right` or `Left or Right`.
type BoolOp struct {
	base
	Op          string
	Left, Right Expr
}

// Compare is a (possibly chained) comparison: Operands[0] Ops[0] Operands[1] ...
// Ops are written as in source with single spaces: "==", "in", "not in", "is not".
type Compare struct {
	base
	Ops      []string
	Operands []Expr
}

// Subscript is `Value[Index]`; a slice index is a *Slice, and `a[x, y]` has a *Tuple index.
type Subscript struct {
	base
	Value Expr
	Index Expr
}

// Slice is `Lower:Upper:Step` inside a subscript; absent parts are nil.
type Slice struct {
	base
	Lower, Upper, Step Expr
}

// List is `[Elts...]`.
type List struct {
	base
	Elts []Expr
}

// Tuple is `(Elts...)` or a bare `a, b`.
type Tuple struct {
	base
	Elts []Expr
}

// Set is `{Elts...}`.
type Set struct {
	base
	Elts []Expr
}

// Dict is `{Keys[i]: Values[i]}`. A nil key marks `**Values[i]`.
type Dict struct {
	base
	Keys   []Expr
	Values []Expr
}

// ComprehensionKind tells which comprehension a Comprehension is.
type ComprehensionKind uint8

// The comprehension kinds.
const (
	ListComp ComprehensionKind = iota + 1
	SetComp
	DictComp
	GeneratorExp
)

// ForClause is one `for Target in Iter if Ifs...` clause of a comprehension.
type ForClause struct {
	Target Expr
	Iter   Expr
	Ifs    []Expr
	Async  bool
}

// Comprehension is a list, set or dict comprehension or a generator
// expression. For dict comprehensions Key and Elt hold key and value.
type Comprehension struct {
	base
	Type    ComprehensionKind
	Key     Expr
	Elt     Expr
	Clauses []ForClause
}

// Lambda is `lambda Params: Body`.
type Lambda struct {
	base
	Params []Param
	Body   Expr
}

// IfExp is `Body if Test else Else`.
type IfExp struct {
	base
	Test, Body, Else Expr
}

// NamedExpr is the walrus `Target := Value`.
type NamedExpr struct {
	base
	Target *Name
	Value  Expr
}

// Starred is `*Value` (Star 1) or `**Value` (Star 2) in a list, tuple or target.
type Starred struct {
	base
	Star  int
	Value Expr
}

// Await is `await Value`.
type Await struct {
	base
	Value Expr
}

// Yield is `yield Value` or `yield from Value` (From true). Value may be nil.
type Yield struct {
	base
	From  bool
	Value Expr
}

// BadExpr stands for an expression the converter does not model or that
// did not parse; Text is the tree-sitter kind, for debugging only.
type BadExpr struct {
	base
	Text string
}

// ---- Statements ----

// Module is a parsed file's top level.
type Module struct {
	base
	Body []Stmt
}

// ExprStmt is an expression used as a statement, usually a call.
type ExprStmt struct {
	base
	X Expr
}

// Assign covers `a = b = Value`, `a: T = Value` and `a += Value`.
// Op is "" for plain assignment, or the augmented operator such as "+=".
// Value is nil for a bare annotation `a: T`.
type Assign struct {
	base
	Targets    []Expr
	Op         string
	Annotation Expr
	Value      Expr
}

// Param is one parameter of a function or lambda.
type Param struct {
	Name string
	// Star is 1 for `*args`, 2 for `**kwargs`. The bare `*` that starts
	// keyword-only parameters is a Param with Star 1 and an empty Name.
	Star       int
	Default    Expr
	Annotation Expr
	Loc        Span
	// PositionalOnly is true for the parameters before a `/` (PEP 570);
	// the `/` itself is not a Param.
	PositionalOnly bool
}

// FunctionDef is a (possibly async, possibly decorated) function definition.
type FunctionDef struct {
	base
	Name       string
	NameSpan   Span
	Async      bool
	Decorators []Expr
	TypeParams []string
	Params     []Param
	Returns    Expr
	Body       []Stmt
}

// ClassDef is a (possibly decorated) class definition; Bases holds bases and
// keywords such as metaclass= as call-style arguments.
type ClassDef struct {
	base
	Name       string
	NameSpan   Span
	Decorators []Expr
	TypeParams []string
	Bases      []Arg
	Body       []Stmt
}

// Return is `return Value`; Value may be nil.
type Return struct {
	base
	Value Expr
}

// If is `if Test: Body else: Else`; elif chains nest as an If alone in Else.
type If struct {
	base
	Test Expr
	Body []Stmt
	Else []Stmt
}

// For is `for Target in Iter: Body else: Else`.
type For struct {
	base
	Async  bool
	Target Expr
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// While is `while Test: Body else: Else`.
type While struct {
	base
	Test Expr
	Body []Stmt
	Else []Stmt
}

// WithItem is one `Context as Target` of a with statement; Target may be nil.
type WithItem struct {
	Context Expr
	Target  Expr
}

// With is `with Items: Body`.
type With struct {
	base
	Async bool
	Items []WithItem
	Body  []Stmt
}

// Handler is one `except Type as Name: Body` clause; Type may be nil.
type Handler struct {
	Type Expr
	Name string
	Body []Stmt
	// Group is true for `except*`.
	Group bool
	Loc   Span
}

// Try is a try statement with its handlers, else and finally blocks.
type Try struct {
	base
	Body     []Stmt
	Handlers []Handler
	Else     []Stmt
	Finally  []Stmt
}

// Alias is one imported name: `Name as AsName`; AsName is empty when absent.
// Name is dotted for `import a.b`; it is "*" for a star import.
type Alias struct {
	Name   string
	AsName string
	Loc    Span
}

// Import is `import a.b as c, d`.
type Import struct {
	base
	Names []Alias
}

// ImportFrom is `from ..Module import Names`; Level counts the leading dots.
type ImportFrom struct {
	base
	Module string
	Level  int
	Names  []Alias
}

// Raise is `raise Exc from Cause`; both may be nil.
type Raise struct {
	base
	Exc, Cause Expr
}

// Simple is a keyword statement without operands: "pass", "break", "continue".
type Simple struct {
	base
	Keyword string
}

// Delete is `del Targets`.
type Delete struct {
	base
	Targets []Expr
}

// Assert is `assert Test, Msg`; Msg may be nil.
type Assert struct {
	base
	Test, Msg Expr
}

// Global is `global Names` or `nonlocal Names` (Nonlocal true).
type Global struct {
	base
	Nonlocal bool
	Names    []string
}

// MatchCase is one `case Pattern if Guard: Body` arm. Patterns are kept as
// expressions: capture names appear as *Name, class patterns as *Call,
// mapping and sequence patterns as *Dict and *List, `_` as a *Name.
type MatchCase struct {
	Pattern Expr
	Guard   Expr
	Body    []Stmt
	Loc     Span
}

// Match is `match Subject: Cases`.
type Match struct {
	base
	Subject Expr
	Cases   []MatchCase
}

// TypeAlias is `type Name[TypeParams] = Value` (Python 3.12).
type TypeAlias struct {
	base
	Name       string
	TypeParams []string
	Value      Expr
}

// BadStmt stands for a statement that did not parse; Text is the
// tree-sitter kind, for debugging only. Its children, where the parser
// recovered any, are kept in Body so analyses can still see them.
type BadStmt struct {
	base
	Text string
	Body []Stmt
}
