package taint

import (
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/taint/spec"
)

// Validation by parsing: int(x), uuid.UUID(x) and the like raise unless x
// is well formed, so on the path where such a call returned, x itself is
// known to be well formed, not only the number it gave. The same holds
// for a project function that returns only after such a check of its
// argument (get_id(x), which returns int(x) or raises), and for the
// value the call returned: it exists only where the check passed, so a
// truth test of it after an except clause set it to None
// (`if not n: abort(400)`) tells which path was taken.

// parsed narrows the argument of a parser call (see spec.Parser) in the
// current state, and returns the link from the call's result to that
// argument, or nil.
func (f *frame) parsed(path string, args []arg) *via {
	p := f.e.ix.Parser(path)
	if p == nil {
		return nil
	}
	a, ok := positional(args, p.Arg)
	if !ok || !a.v.t.tainted() {
		return nil
	}
	name, ok := refName(a.expr)
	if !ok {
		return nil
	}
	f.clearVar(name, p.Clears)
	return &via{name: name, kind: viaGuard, clears: p.Clears, falseClears: p.Clears}
}

// narrowArg applies to a caller's variable what a callee proved of the
// parameter it was bound to: the classes the parameter lost on every
// path that returned. Strings are immutable, so the caller's variable
// holds the very value the callee checked. It returns the link from the
// call's result to the variable, or nil.
func (f *frame) narrowArg(a arg, out Value) *via {
	if !a.v.t.tainted() || out.t.classes&^a.v.t.classes != 0 {
		return nil
	}
	lost := a.v.t.classes &^ out.t.classes
	name, ok := refName(a.expr)
	if lost == spec.None || !ok {
		return nil
	}
	f.clearVar(name, lost)
	return &via{name: name, kind: viaGuard, clears: lost, falseClears: lost}
}

// calleeVia translates a link of a callee's result to one of its
// parameters (return x.strip(), return urlparse(url)) into a link to the
// caller's variable passed as that parameter. A link to anything else of
// the callee (a local, a parameter it assigned anew) means nothing to the
// caller and is dropped.
func (f *frame) calleeVia(v *via, bound map[string]arg, rebound map[string]bool) *via {
	if v == nil || rebound[v.name] {
		return nil
	}
	a, ok := bound[v.name]
	if !ok {
		return nil
	}
	name, ok := losslessRef(a.expr)
	if !ok {
		return nil
	}
	out := *v
	out.name = name
	return &out
}

// joinVia is the link of a value joined from a and b. The result of a
// check joined with a falsy constant (`try: n = int(x)` / `except:
// n = None`) still proves the check when it is true: a true value came
// from the side that made the check.
func joinVia(a, b Value) *via {
	if a.via != nil && b.via != nil && *a.via == *b.via {
		return a.via
	}
	g, other := a.via, b
	if g == nil {
		g, other = b.via, a
	}
	if g == nil || g.kind != viaGuard || other.via != nil || g.clears == spec.None {
		return nil
	}
	if truth, known := truthOf(other); !known || truth {
		return nil
	}
	return &via{name: g.name, kind: viaGuard, clears: g.clears}
}

// losslessRef is the variable an expression reads, as it is or encoded
// to bytes and back (x.encode(), x.decode("utf-8")): a check of the
// result checks the variable itself.
func losslessRef(e python.Expr) (string, bool) {
	if c, ok := e.(*python.Call); ok {
		if a, ok := c.Func.(*python.Attribute); ok && (a.Attr == "encode" || a.Attr == "decode") {
			return refName(a.Value)
		}
		return "", false
	}
	return refName(e)
}
