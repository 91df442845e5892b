package project

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
)

// ValueKind tells which Python type a constant Value has.
type ValueKind uint8

// The kinds of constant the evaluator knows.
const (
	StringValue ValueKind = iota + 1
	BytesValue
	BoolValue
	IntValue
	FloatValue
	NoneValue
)

// Value is the statically known value of an expression.
type Value struct {
	Kind ValueKind
	// Str holds the value of a string or bytes literal.
	Str   string
	Bool  bool
	Int   int64
	Float float64
	// Expr is the literal the value was read from, which may be far from
	// the expression evaluated (a module constant, an env default).
	Expr python.Expr
	// EnvFallback is true when the value is only what the program falls
	// back to when an environment variable is unset:
	// os.environ.get("K", default), os.getenv("K", default),
	// os.environ.setdefault("K", default), os.environ.get("K") or default.
	EnvFallback bool
	// EnvVar names that variable, when it is a literal.
	EnvVar string
}

// Truthy is the value's Python truthiness.
func (v Value) Truthy() bool {
	switch v.Kind {
	case StringValue, BytesValue:
		return v.Str != ""
	case BoolValue:
		return v.Bool
	case IntValue:
		return v.Int != 0
	case FloatValue:
		return v.Float != 0
	}
	return false
}

// IsText reports whether the value is a string or bytes literal.
func (v Value) IsText() bool { return v.Kind == StringValue || v.Kind == BytesValue }

// envGetters are the calls that read an environment variable with a
// default as their second argument (or `default=` keyword).
var envGetters = map[string]bool{
	"os.environ.get":        true,
	"os.getenv":             true,
	"os.environ.setdefault": true,
	// python-decouple: config("SECRET_KEY", default="dev").
	"decouple.config": true,
}

// Const evaluates an expression to a constant: literals (strings, bytes,
// numbers, True/False/None), names bound exactly once to a constant (in
// the enclosing function or at module level, or imported from a project
// module), string concatenation, and environment lookups with a literal
// default, whose value is the default with EnvFallback set. It returns
// false when the value is not known statically.
func (p *Project) Const(m *Module, e python.Expr) (Value, bool) {
	return p.ConstAt(m, e, m.ScopeAt(e.Span().Start))
}

// ConstAt is Const with the enclosing scope already known.
func (p *Project) ConstAt(m *Module, e python.Expr, scope Scope) (Value, bool) {
	return p.constOf(m, scope, e, 0)
}

func (p *Project) constOf(m *Module, scope Scope, e python.Expr, depth int) (Value, bool) {
	if e == nil || depth > maxDepth {
		return Value{}, false
	}
	switch e := e.(type) {
	case *python.String:
		if !e.IsConstant() {
			return Value{}, false
		}
		k := StringValue
		if e.Bytes {
			k = BytesValue
		}
		return Value{Kind: k, Str: e.Value, Expr: e}, true
	case *python.Number:
		return number(e)
	case *python.Constant:
		switch e.Value {
		case python.True, python.False:
			return Value{Kind: BoolValue, Bool: e.Value == python.True, Expr: e}, true
		case python.None:
			return Value{Kind: NoneValue, Expr: e}, true
		}
	case *python.UnaryOp:
		v, ok := p.constOf(m, scope, e.Operand, depth+1)
		if !ok {
			return v, false
		}
		switch {
		case e.Op == "not":
			return Value{Kind: BoolValue, Bool: !v.Truthy(), Expr: e}, true
		case e.Op == "-" && v.Kind == IntValue:
			v.Int = -v.Int
			return v, true
		case e.Op == "-" && v.Kind == FloatValue:
			v.Float = -v.Float
			return v, true
		}
	case *python.BinOp:
		if e.Op != "+" {
			return Value{}, false
		}
		l, lok := p.constOf(m, scope, e.Left, depth+1)
		r, rok := p.constOf(m, scope, e.Right, depth+1)
		if lok && rok && l.Kind == r.Kind && l.IsText() {
			return Value{Kind: l.Kind, Str: l.Str + r.Str, Expr: e}, true
		}
	case *python.Name:
		if r, ok := p.lookup(m, scope, e.ID); ok {
			return p.bindingsConst(r, depth+1)
		}
	case *python.Attribute:
		if bm, _, bs := p.moduleBinding(p.QualifyAt(m, e, scope)); len(bs) > 0 {
			return p.bindingsConst(resolved{module: bm, bindings: bs}, depth+1)
		}
	case *python.Call:
		return p.envDefault(m, scope, e, depth)
	case *python.BoolOp:
		return p.orFallback(m, scope, e, depth)
	}
	return Value{}, false
}

// bindingsConst evaluates a name bound exactly once; a name assigned twice
// may hold either value, so it has none.
func (p *Project) bindingsConst(r resolved, depth int) (Value, bool) {
	if len(r.bindings) != 1 {
		return Value{}, false
	}
	b := r.bindings[0]
	switch b.Kind {
	case BindAssign:
		return p.constOf(r.module, r.scope, b.Value, depth+1)
	case BindImport:
		if bm, _, bs := p.moduleBinding(p.canonical(b.Target)); len(bs) > 0 {
			return p.bindingsConst(resolved{module: bm, bindings: bs}, depth+1)
		}
	}
	return Value{}, false
}

// envDefault evaluates os.environ.get("K", default) and its kin to the
// default, marked as an environment fallback.
func (p *Project) envDefault(m *Module, scope Scope, c *python.Call, depth int) (Value, bool) {
	if !envGetters[p.QualifyAt(m, c.Func, scope)] {
		return Value{}, false
	}
	def, ok := keyword(c, "default")
	if !ok {
		def, ok = positional(c, 1)
	}
	if !ok {
		return Value{}, false
	}
	v, ok := p.constOf(m, scope, def, depth+1)
	if !ok {
		return v, false
	}
	v.EnvFallback = true
	v.EnvVar = p.EnvVar(m, c)
	return v, true
}

// orFallback evaluates `a or b`: a when a is a known truthy constant, b
// when a is known falsy, and b as an environment fallback when a is an
// environment lookup (os.environ.get("K") or "dev").
func (p *Project) orFallback(m *Module, scope Scope, e *python.BoolOp, depth int) (Value, bool) {
	if e.Op != "or" {
		return Value{}, false
	}
	if l, ok := p.constOf(m, scope, e.Left, depth+1); ok {
		if l.Truthy() {
			return l, true
		}
		return p.constOf(m, scope, e.Right, depth+1)
	}
	name, ok := p.envLookup(m, scope, e.Left)
	if !ok {
		return Value{}, false
	}
	r, ok := p.constOf(m, scope, e.Right, depth+1)
	if !ok {
		return r, false
	}
	r.EnvFallback = true
	r.EnvVar = name
	return r, true
}

// EnvVar returns the literal variable name read by an environment lookup
// call such as os.environ.get("SECRET_KEY"), or "" if it is not one or the
// name is not a literal.
func (p *Project) EnvVar(m *Module, c *python.Call) string {
	name, _ := p.envLookup(m, m.ScopeAt(c.Span().Start), c)
	return name
}

// envLookup recognises an expression that reads an environment variable:
// an env getter call or os.environ["K"]. The name is "" when not literal.
func (p *Project) envLookup(m *Module, scope Scope, e python.Expr) (string, bool) {
	var key python.Expr
	switch e := e.(type) {
	case *python.Call:
		if !envGetters[p.QualifyAt(m, e.Func, scope)] {
			return "", false
		}
		key, _ = positional(e, 0)
	case *python.Subscript:
		if p.QualifyAt(m, e.Value, scope) != "os.environ" {
			return "", false
		}
		key = e.Index
	default:
		return "", false
	}
	if s, ok := key.(*python.String); ok && s.IsConstant() {
		return s.Value, true
	}
	return "", true
}

// number reads a numeric literal as Python writes it (underscores, 0x/0o/0b
// prefixes, floats, imaginary numbers).
func number(n *python.Number) (Value, bool) {
	text := strings.ReplaceAll(strings.ToLower(n.Text), "_", "")
	if i, err := strconv.ParseInt(text, 0, 64); err == nil {
		return Value{Kind: IntValue, Int: i, Expr: n}, true
	}
	if t, err := strconv.ParseFloat(strings.TrimSuffix(text, "j"), 64); err == nil {
		return Value{Kind: FloatValue, Float: t, Expr: n}, true
	}
	return Value{}, false
}

// keyword returns the value of a call's keyword argument.
func keyword(c *python.Call, name string) (python.Expr, bool) {
	for _, a := range c.Args {
		if a.Name == name && a.Star == 0 {
			return a.Value, true
		}
	}
	return nil, false
}

// positional returns the i-th positional argument of a call, before any
// star argument makes positions unknowable.
func positional(c *python.Call, i int) (python.Expr, bool) {
	n := 0
	for _, a := range c.Args {
		if a.Star != 0 {
			return nil, false
		}
		if a.Name != "" {
			continue
		}
		if n == i {
			return a.Value, true
		}
		n++
	}
	return nil, false
}
