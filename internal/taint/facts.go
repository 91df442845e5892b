package taint

import (
	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
)

// Call facts: while the engine interprets a function it sees, at each call,
// the abstract values of the callee, the receiver and the arguments in the
// current state. Rules about configuration (a hash algorithm, a cookie
// flag, a random generator) need exactly those values when the choice is
// made through variables, branches or containers rather than written in
// the call, so the engine keeps them, merged over every time the call was
// evaluated: every path, every loop pass and every calling context.

// ConstKind tells the Python type of a constant fact; NoConst means the
// value is not one constant.
type ConstKind uint8

// The constant kinds.
const (
	NoConst ConstKind = iota
	StrConst
	BytesConst
	IntConst
	FloatConst
	BoolConst
	NoneConst
)

// Const is a constant the engine folded.
type Const struct {
	Kind ConstKind
	// Str holds a string or bytes constant; Int an int or a bool (0 or 1);
	// Float a float.
	Str   string
	Int   int64
	Float float64
}

// Known reports whether the value is one constant.
func (c Const) Known() bool { return c.Kind != NoConst }

// Truthy is Python's truth value of a known constant.
func (c Const) Truthy() bool { return c.konst().truthy() }

func (c Const) konst() konst { return konst{kind: constKind(c.Kind), s: c.Str, i: c.Int, f: c.Float} }

// Fact is what the engine knows about one value at a call site. Each field
// is set only when it is the same every time the call was evaluated.
type Fact struct {
	// Const is the value when it is a constant.
	Const Const
	// Origin is the library call that made the object, as a callee path
	// with "()": "random.Random()", "random.SystemRandom()",
	// "hashlib.new()", "flask.make_response().headers"; for an object of
	// a project class, its qualified name with "()".
	Origin string
	// Symbol is the qualified name the value denotes: a module
	// ("random", "secrets"), a library function or class ("hashlib.md5").
	Symbol string
}

// CallFacts is what the engine knows about one call site.
type CallFacts struct {
	// Reachable is true when the call ran in at least one analysed
	// context; false when the function around it was analysed and no
	// path reached it (a branch pruned by a constant condition, code
	// after a return or an abort()).
	Reachable bool
	// Complete is true when the facts hold for every execution: the
	// function around the call was analysed as an entry point (a view,
	// with the values Flask gives its parameters) or is a module body.
	// Otherwise they hold for the calling contexts the engine followed,
	// which need not be all: a helper analysed only for the arguments of
	// one view may be called with others elsewhere.
	Complete bool
	// Callee is the library function called, by callee path ("hashlib.new",
	// "random.Random().getrandbits", "str.format"); empty for project
	// functions and when calls differ.
	Callee string
	// Receiver is the object of a method call (recv.m(...)).
	Receiver Fact
	// Args are the positional arguments (*args of known layout expanded),
	// at most maxFactArgs; Kwargs the keyword arguments (**kwargs of a
	// known dict expanded), present in every evaluation.
	Args   []Fact
	Kwargs map[string]Fact
}

// Arg returns the fact of the argument at position pos, or of the keyword
// name (pos < 0 or name "" skip that form), and whether it was given.
func (c CallFacts) Arg(pos int, name string) (Fact, bool) {
	if pos >= 0 && pos < len(c.Args) {
		return c.Args[pos], true
	}
	if name != "" {
		f, ok := c.Kwargs[name]
		return f, ok
	}
	return Fact{}, false
}

// maxFactArgs bounds the arguments (positional, and keyword) kept per
// call site: configuration choices sit in the first few, and a call with
// dozens of arguments should not cost memory for each.
const maxFactArgs = 8

// fact is the engine's form of a Fact.
type fact struct {
	k        konst
	obj, sym string
}

// namedFact is a keyword argument's fact.
type namedFact struct {
	name string
	f    fact
}

// callRec merges what was seen at one call site.
type callRec struct {
	// open is true once the call was evaluated in a frame analysed with
	// every value its parameters can take (see CallFacts.Complete).
	open   bool
	callee string
	recv   fact
	args   []fact
	kwargs []namedFact
}

func factOf(v Value) fact { return fact{k: v.k, obj: v.obj, sym: v.sym} }

// meet keeps what two observations agree on.
func (a fact) meet(b fact) fact {
	if a.k != b.k {
		a.k = konst{}
	}
	if a.obj != b.obj {
		a.obj = ""
	}
	if a.sym != b.sym {
		a.sym = ""
	}
	return a
}

// libSite remembers the library callee path of the call being evaluated,
// for its call facts: libCall and builtins set it, evalCall reads it.
type libSite struct {
	c    *python.Call
	path string
}

// libPath is the library callee path recorded for c, or "".
func (f *frame) libPath(c *python.Call) string {
	if f.lib.c == c {
		return f.lib.path
	}
	return ""
}

// markOpen returns the frame setup of an entry point's analysis: the
// analysis is open (its facts hold for every call) unless a parameter has
// a default, which entryParams takes as the parameter's value although a
// caller may pass another.
func (e *engine) markOpen(fn *python.FunctionDef, info *funcInfo) func(*frame) {
	for i, p := range fn.Params {
		if p.Default != nil && !(i == 0 && info.class != nil) {
			return nil
		}
	}
	return func(f *frame) {
		f.open = true
		e.openFns[fn] = true
	}
}

// observeCall records one evaluation of a call with the given receiver
// (nil for a plain call), arguments and library callee path.
func (f *frame) observeCall(c *python.Call, recv *Value, args []arg, callee string) {
	e := f.e
	var rv fact
	if recv != nil {
		rv = factOf(*recv)
	}
	rec := e.calls[c]
	if rec == nil {
		rec = &callRec{callee: callee, recv: rv, open: f.open}
		positionals(args, func(i int, v Value) {
			if i < maxFactArgs {
				rec.args = append(rec.args, factOf(v))
			}
		})
		for _, a := range args {
			if a.name != "" && a.star == 0 && len(rec.kwargs) < maxFactArgs {
				rec.kwargs = append(rec.kwargs, namedFact{a.name, factOf(a.v)})
			}
		}
		e.calls[c] = rec
		return
	}
	rec.open = rec.open || f.open
	if rec.callee != callee {
		rec.callee = ""
	}
	rec.recv = rec.recv.meet(rv)
	n := 0
	positionals(args, func(i int, v Value) {
		if i < len(rec.args) {
			rec.args[i] = rec.args[i].meet(factOf(v))
		}
		n = i + 1
	})
	if n < len(rec.args) {
		rec.args = rec.args[:n]
	}
	kept := rec.kwargs[:0]
	for _, kw := range rec.kwargs {
		if a, ok := keyword(args, kw.name); ok {
			kw.f = kw.f.meet(factOf(a.v))
			kept = append(kept, kw)
		}
	}
	rec.kwargs = kept
}

// positionals calls fn with the positional arguments whose position is
// known: those before a *args the engine could not expand.
func positionals(args []arg, fn func(i int, v Value)) {
	i := 0
	for _, a := range args {
		switch {
		case a.star == 1:
			return
		case a.star != 0 || a.name != "":
			continue
		}
		fn(i, a.v)
		i++
	}
}

// public converts a fact for rules.
func (a fact) public() Fact {
	return Fact{Const: Const{Kind: ConstKind(a.k.kind), Str: a.k.s, Int: a.k.i, Float: a.k.f}, Origin: a.obj, Symbol: a.sym}
}

func (r *callRec) facts() CallFacts {
	out := CallFacts{Reachable: true, Complete: r.open, Callee: r.callee, Receiver: r.recv.public()}
	if len(r.args) > 0 {
		out.Args = make([]Fact, len(r.args))
		for i, a := range r.args {
			out.Args[i] = a.public()
		}
	}
	if len(r.kwargs) > 0 {
		out.Kwargs = make(map[string]Fact, len(r.kwargs))
		for _, kw := range r.kwargs {
			out.Kwargs[kw.name] = kw.f.public()
		}
	}
	return out
}

// Call returns what the engine knows about a call of module m. It reports
// false when the engine has nothing to say: the function around the call
// was not analysed, or only in some calling contexts and never reached
// the call there, or the call sits where the engine does not look (a
// decorator, a class body, a lambda never called).
func (r *Result) Call(m *project.Module, call *python.Call) (CallFacts, bool) {
	if r == nil || call == nil {
		return CallFacts{}, false
	}
	if rec := r.calls[call]; rec != nil {
		return rec.facts(), true
	}
	if m == nil {
		return CallFacts{}, false
	}
	body := m.File.Module.Body
	if fn := m.ScopeAt(call.Span().Start).Innermost(); fn != nil {
		if !r.openFns[fn] {
			return CallFacts{}, false
		}
		body = fn.Body
	} else if !r.modules[m] {
		return CallFacts{}, false
	}
	if !evaluatedIn(body, call) {
		return CallFacts{}, false
	}
	return CallFacts{Complete: true}, true
}

// evaluatedIn reports whether the engine evaluates call whenever it runs
// the statement holding it in body: it is neither in a nested function or
// class nor in a lambda's body (evaluated only when the lambda is called).
func evaluatedIn(body []python.Stmt, call *python.Call) bool {
	found := false
	var lambdas []python.Span
	w := &walker{
		stmt: func(s python.Stmt) bool {
			switch s.(type) {
			case *python.FunctionDef, *python.ClassDef:
				return false
			}
			return !found
		},
		expr: func(x python.Expr) {
			switch x := x.(type) {
			case *python.Call:
				found = found || x == call
			case *python.Lambda:
				lambdas = append(lambdas, x.Span())
			}
		},
	}
	w.stmts(body)
	if !found {
		return false
	}
	at := call.Span()
	for _, l := range lambdas {
		if l.Start.Offset <= at.Start.Offset && at.End.Offset <= l.End.Offset {
			return false
		}
	}
	return true
}
